// Every sentence must be our own: no run of eight or more words may be shared
// with the seed page or with the source excerpts quoted in the reference file.
// The originals live in ../shared beside the checkout (SHARED_DIR overrides).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { plainText } from '../../src/lib/link-graph.ts';
import { loadIncidentFiles, loadTermFiles } from './content-files.ts';

const SHARED = process.env.SHARED_DIR ?? join(import.meta.dirname, '../../../shared');
const ORIGINALS = ['seed/infrastructure-outage-contagion.txt', 'reference/incidents-and-concentration.md'];
const N = 8;

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9'$%.]+/g, ' ')
    .replace(/(\D)\.|\.(\D|$)/g, '$1 $2')
    .split(/\s+/)
    .filter(Boolean);

function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + N <= w.length; i++) out.add(w.slice(i, i + N).join(' '));
  return out;
}

describe('originality', () => {
  test('the originals are available', () => {
    for (const f of ORIGINALS) expect(existsSync(join(SHARED, f)), `${join(SHARED, f)} (set SHARED_DIR)`).toBe(true);
  });

  const known = new Map<string, string>();
  for (const f of ORIGINALS) {
    const path = join(SHARED, f);
    if (existsSync(path)) for (const s of shingles(readFileSync(path, 'utf8'))) known.set(s, f);
  }

  test('the check catches a copied run and ignores a short one', () => {
    const seed = readFileSync(join(SHARED, ORIGINALS[0]!), 'utf8');
    const copied = words(seed).slice(200, 200 + N).join(' ');
    expect([...shingles(`We wrote: ${copied}.`)].some((s) => known.has(s))).toBe(true);
    expect([...shingles('a single point of failure can stop many services')].some((s) => known.has(s))).toBe(false);
  });

  test.each(loadTermFiles().map((f) => [f.file, f] as const))('%s shares no run of 8 words with the originals', (_name, f) => {
    const prose = [f.data?.summary ?? '', plainText(f.body.replace(/^(import|export)\s.*$/gm, ''))].join('\n');
    const shared = [...shingles(prose)].filter((s) => known.has(s)).map((s) => `"${s}" (${known.get(s)})`);
    expect(shared).toEqual([]);
  });
});

describe('originality of incidents', () => {
  const known = new Map<string, string>();
  for (const f of ORIGINALS) {
    const path = join(SHARED, f);
    if (existsSync(path)) for (const s of shingles(readFileSync(path, 'utf8'))) known.set(s, f);
  }

  test.each(loadIncidentFiles().map((f) => [f.file, f] as const))('%s shares no run of 8 words with the originals', (_name, f) => {
    // The facts box text (what failed, who was hit, why others stayed up) is prose too.
    const d = f.data;
    const facts = d ? [d.summary, ...d.failed, ...d.hit.map((h) => `${h.name} ${h.how ?? ''}`), ...d.stayedUp.map((s) => `${s.name} ${s.why}`)] : [];
    const prose = [...facts, plainText(f.body)].join('\n');
    const shared = [...shingles(prose)].filter((s) => known.has(s)).map((s) => `"${s}" (${known.get(s)})`);
    expect(shared).toEqual([]);
  });
});
