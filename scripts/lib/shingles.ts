/**
 * Runs of eight words ("shingles") for the originality check, and their fingerprints. The check must
 * work on a clean clone where the originals (../shared) are absent, so the repository keeps only
 * fingerprints: a 64-bit prefix of each shingle's SHA-256, from which no text can be read back.
 */
import { createHash } from 'node:crypto';

export const SHINGLE_WORDS = 8;

export const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9'$%.]+/g, ' ')
    .replace(/(\D)\.|\.(\D|$)/g, '$1 $2')
    .split(/\s+/)
    .filter(Boolean);

export function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(w.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

export const fingerprint = (shingle: string) => createHash('sha256').update(shingle).digest('hex').slice(0, 16);

/** The originals checked against, relative to the shared folder. */
export const ORIGINALS = ['seed/infrastructure-outage-contagion.txt', 'reference/incidents-and-concentration.md'];

export interface Fingerprints {
  words: number;
  files: Record<string, string[]>;
}

export function fingerprintsOf(texts: Record<string, string>): Fingerprints {
  const files: Record<string, string[]> = {};
  for (const [name, text] of Object.entries(texts)) files[name] = [...new Set([...shingles(text)].map(fingerprint))].sort();
  return { words: SHINGLE_WORDS, files };
}
