/**
 * Regenerates test/unit/originality-fingerprints.json from the originals in ../shared (or SHARED_DIR):
 * `node scripts/originality-fingerprints.ts`. Run it when the seed page or the reference file changes;
 * the originality test fails while the committed fingerprints and the originals disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORIGINALS, fingerprintsOf } from './lib/shingles.ts';

const SHARED = process.env.SHARED_DIR ?? join(import.meta.dirname, '../../shared');
const texts = Object.fromEntries(ORIGINALS.map((f) => [f, readFileSync(join(SHARED, f), 'utf8')]));
const out = join(import.meta.dirname, '../test/unit/originality-fingerprints.json');
writeFileSync(out, `${JSON.stringify(fingerprintsOf(texts))}\n`);
console.log(`wrote ${out}`);
