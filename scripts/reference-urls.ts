/**
 * Regenerates test/unit/reference-urls.json from the reference file in ../shared (or SHARED_DIR):
 * `node scripts/reference-urls.ts`. Run it when the reference file changes; the scenario test fails
 * while the committed list and the file disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE, urlsIn } from './lib/reference-urls.ts';

const SHARED = process.env.SHARED_DIR ?? join(import.meta.dirname, '../../shared');
const out = join(import.meta.dirname, '../test/unit/reference-urls.json');
writeFileSync(out, `${JSON.stringify({ file: REFERENCE, urls: urlsIn(readFileSync(join(SHARED, REFERENCE), 'utf8')) }, null, 1)}\n`);
console.log(`wrote ${out}`);
