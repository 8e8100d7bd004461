// Typo tolerance over the real titles, aliases and names: each misspelling from issue 14 finds the
// page a reader meant first and is corrected to the word they meant; correct words are left alone.
import { describe, expect, test } from 'vitest';
import { fuzzyTitles, maxEdits } from '../../../src/browser/search/fuzzy-titles.ts';
import { titleEntries } from '../../../src/lib/title-index.ts';
import { loadIncidentFiles, loadTermFiles } from '../content-files.ts';

const entries = titleEntries({
  terms: loadTermFiles().map((f) => ({ id: f.slug, ...f.data! })),
  incidents: loadIncidentFiles().map((f) => ({ id: f.slug, ...f.data! })),
});
const fuzzy = fuzzyTitles(entries);

// What a reader means by each misspelling, decided by reading the content, not by running the code.
const MISSPELLINGS = [
  { typed: 'cloudfare', word: 'cloudflare', first: /^\/incidents\/cloudflare-20\d\d\/$/ },
  { typed: 'metamsk', word: 'metamask', first: /^\/incidents\/infura-2020-minority-fork\/$/ },
  { typed: 'finallity', word: 'finality', first: /^\/terms\/liveness-and-finality\/$|^\/incidents\/ethereum-finality-2023\/$/ },
  { typed: 'validater', word: 'validator', first: /^\/terms\/(validator-hosting-concentration|distributed-validator-technology)\/$/ },
];

describe('fuzzy titles', () => {
  for (const m of MISSPELLINGS) {
    test(`"${m.typed}" finds the intended page first`, () => {
      const hits = fuzzy.search(m.typed);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits[0]!.entry.u).toMatch(m.first);
    });
    test(`"${m.typed}" is corrected to "${m.word}"`, () => {
      expect(fuzzy.correct(m.typed)).toBe(m.word);
    });
  }

  test('correctly spelt words, and words still being typed, are not corrected', () => {
    for (const q of ['cloudflare', 'metamask', 'oracle', 'oracles', 'validators', 'cloudfl', 'rpc provider', 'outage']) expect(fuzzy.correct(q), q).toBeNull();
  });

  test('only the misspelt word of several is corrected', () => {
    expect(fuzzy.correct('rpc provder')).toBe('rpc provider');
  });

  test('a word far from every title finds nothing and is not corrected', () => {
    expect(fuzzy.search('zzzzqqqq')).toEqual([]);
    expect(fuzzy.correct('zzzzqqqq')).toBeNull();
  });

  test('the category filter keeps only that category', () => {
    const hits = fuzzy.search('cloudfare', 'Incidents');
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.entry.c))).toEqual(new Set(['Incidents']));
    expect(fuzzy.search('cloudfare', 'Foundations')).toEqual([]);
  });

  test('edits allowed grow with word length', () => {
    expect([maxEdits('rpc'), maxEdits('node'), maxEdits('finality'), maxEdits('cloudfare')]).toEqual([0, 1, 1, 2]);
  });
});

describe('title index entries', () => {
  test('one per term and incident, with the category as Pagefind filters it', () => {
    expect(entries.length).toBe(loadTermFiles().length + loadIncidentFiles().length);
    expect(new Set(entries.map((e) => e.u)).size).toBe(entries.length);
    const infura = entries.find((e) => e.u === '/incidents/infura-2020-minority-fork/')!;
    expect(infura.n).toContain('MetaMask');
    expect(infura.c).toBe('Incidents');
  });
});
