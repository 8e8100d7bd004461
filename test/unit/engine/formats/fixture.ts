/** Reading the real-world samples in test/fixtures. */
import { readFileSync } from 'node:fs';

export function fixture(path: string): string {
  return readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
}
