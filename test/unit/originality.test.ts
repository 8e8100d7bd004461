// Every sentence must be our own: no run of eight or more words may be shared with the seed page or
// with the source excerpts quoted in the reference file. The originals live outside the repository
// (../shared beside the checkout, or SHARED_DIR); the repository keeps their fingerprints
// (originality-fingerprints.json, from scripts/originality-fingerprints.ts), so the check also runs
// on a clean clone without them, and fails while the fingerprints and the originals disagree.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { plainText } from '../../src/lib/link-graph.ts';
import { ORIGINALS, SHINGLE_WORDS, fingerprint, fingerprintsOf, shingles, words, type Fingerprints } from '../../scripts/lib/shingles.ts';
import { loadIncidentFiles, loadTermFiles } from './content-files.ts';

const SHARED = process.env.SHARED_DIR ?? join(import.meta.dirname, '../../../shared');
const committed = JSON.parse(readFileSync(join(import.meta.dirname, 'originality-fingerprints.json'), 'utf8')) as Fingerprints;

/** fingerprint → the original it comes from */
const known = new Map<string, string>();
for (const [file, prints] of Object.entries(committed.files)) for (const p of prints) known.set(p, file);

const sharedRuns = (prose: string) =>
  [...shingles(prose)].filter((s) => known.has(fingerprint(s))).map((s) => `"${s}" (${known.get(fingerprint(s))})`);

describe('originality', () => {
  test('the committed fingerprints cover every original, eight words at a time', () => {
    expect(committed.words).toBe(SHINGLE_WORDS);
    expect(Object.keys(committed.files).sort()).toEqual([...ORIGINALS].sort());
    // The seed page alone is over a thousand words: a near-empty list would check nothing.
    for (const f of ORIGINALS) expect(committed.files[f]!.length, f).toBeGreaterThan(1000);
  });

  const present = ORIGINALS.filter((f) => existsSync(join(SHARED, f)));
  const absent = ORIGINALS.filter((f) => !present.includes(f));
  if (absent.length > 0) {
    console.warn(`originality: ${absent.join(', ')} not found in ${SHARED} (set SHARED_DIR): prose is checked against the committed fingerprints only, which cannot be compared with ${absent.length === 1 ? 'that original' : 'those originals'} here.`);
    test(`absent here, so checked by their committed fingerprints only: ${absent.join(', ')}`, () => {
      for (const f of absent) expect(existsSync(join(SHARED, f)), f).toBe(false);
      for (const f of absent) expect(committed.files[f]!.length, f).toBeGreaterThan(1000);
    });
  }

  if (present.length > 0) {
    test(`the committed fingerprints match the originals present: ${present.join(', ')}`, () => {
      const texts = Object.fromEntries(present.map((f) => [f, readFileSync(join(SHARED, f), 'utf8')]));
      const fresh = fingerprintsOf(texts);
      for (const f of present) expect(fresh.files[f], `${f}: run node scripts/originality-fingerprints.ts`).toEqual(committed.files[f]);
      // and a real run of the first original is caught
      const original = texts[present[0]!]!;
      const copied = words(original).slice(200, 200 + SHINGLE_WORDS).join(' ');
      expect(sharedRuns(`We wrote: ${copied}.`)).toHaveLength(1);
    });
  }

  test('the check catches a copied run of eight words and ignores a shorter one', () => {
    const original = 'the quick brown fox jumps over the lazy dog near the river bank';
    const prints = new Set([...shingles(original)].map(fingerprint));
    const caught = (text: string) => [...shingles(text)].some((s) => prints.has(fingerprint(s)));
    expect(caught('Today the quick brown fox jumps over the lazy dog, again.')).toBe(true);
    expect(caught('Today the quick brown fox jumps over a lazy dog, again.')).toBe(false);
    expect(sharedRuns('a single point of failure can stop many services')).toEqual([]);
  });

  test.each(loadTermFiles().map((f) => [f.file, f] as const))('%s shares no run of 8 words with the originals', (_name, f) => {
    const prose = [f.data?.summary ?? '', plainText(f.body.replace(/^(import|export)\s.*$/gm, ''))].join('\n');
    expect(sharedRuns(prose)).toEqual([]);
  });
});

describe('originality of incidents', () => {
  test.each(loadIncidentFiles().map((f) => [f.file, f] as const))('%s shares no run of 8 words with the originals', (_name, f) => {
    // The facts box text (what failed, who was hit, why others stayed up) is prose too.
    const d = f.data;
    const facts = d ? [d.summary, ...d.failed, ...d.hit.map((h) => `${h.name} ${h.how ?? ''}`), ...d.stayedUp.map((s) => `${s.name} ${s.why}`)] : [];
    expect(sharedRuns([...facts, plainText(f.body)].join('\n'))).toEqual([]);
  });
});
