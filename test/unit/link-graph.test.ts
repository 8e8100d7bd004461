import { describe, expect, test } from 'vitest';
import { buildLinkGraph, extractLinks, plainText } from '../../src/lib/link-graph.ts';
import { caseStudiesByTerm } from '../../src/lib/case-studies.ts';
import { uncitedFigures } from '../../src/lib/prose-checks.ts';

const resolve = (t: string) => {
  const key = t.trim().toLowerCase().replace(/\s+/g, '-');
  return ({ a: 'a', b: 'b', c: 'c', d: 'd', 'alias-of-c': 'c' } as Record<string, string>)[key];
};

describe('plainText', () => {
  test('keeps labels, drops markup and citations', () => {
    expect(plainText('See [[b|the B page]] and **[[c]]**.<Cite id="x" /> Also [web](https://x.org).')).toBe('See the B page and c. Also web.');
  });


  test('shows a bare link as the name `display` gives', () => {
    expect(plainText('See [[b]] and [[c|C]].', (t) => (t === 'b' ? 'the bee' : undefined))).toBe('See the bee and C.');
  });
});

describe('extractLinks', () => {
  test('returns each link with the sentence around it, ignoring headings, imports and code', () => {
    const body = [
      "import X from './x';",
      '## About [[d]]',
      'First sentence mentions [[b]]. Second one links [[alias of c|C]] twice [[c]]!',
      '```\n[[d]] in code\n```',
      '<Widget of="[[d]]" />',
    ].join('\n\n');
    expect(extractLinks(body, resolve)).toEqual([
      { target: 'b', sentence: 'First sentence mentions b.' },
      { target: 'c', sentence: 'Second one links C twice c!' },
      { target: 'c', sentence: 'Second one links C twice c!' },
    ]);
  });

  test('skips unresolvable targets (the build rejects them elsewhere)', () => {
    expect(extractLinks('A link to [[nowhere]].', resolve)).toEqual([]);
  });
});

describe('buildLinkGraph', () => {
  const pages = [
    { id: 'a', title: 'A', body: 'A links [[b]] and [[c]]. Then [[b]] again.', related: ['d'] },
    { id: 'b', title: 'B', body: 'B links back to [[a]].', related: [] },
    { id: 'c', title: 'C', body: 'C links [[d]] and itself [[c]].', related: [] },
    { id: 'd', title: 'D', body: 'No links.', related: [] },
  ];
  const g = buildLinkGraph(pages, resolve);

  test('outlinks are unique, in order, without self-links', () => {
    expect(g.outlinks.get('a')).toEqual(['b', 'c']);
    expect(g.outlinks.get('c')).toEqual(['d']);
    expect(g.outlinks.get('d')).toEqual([]);
  });

  test('backlinks name the linking page and its sentence, once per page', () => {
    expect(g.backlinks.get('b')).toEqual([{ from: 'a', sentence: 'A links b and c.' }]);
    expect(g.backlinks.get('a')).toEqual([{ from: 'b', sentence: 'B links back to a.' }]);
    expect(g.backlinks.get('d')).toEqual([{ from: 'c', sentence: 'C links d and itself c.' }]);
  });

  test('related: explicit first, then direct links, then shared neighbours', () => {
    // a: explicit d; direct b and c score 3 each, and c also shares the neighbour d (+1)
    expect(g.related('a')).toEqual(['d', 'c', 'b']);
    // d: no explicit; direct a and c score 3, each shares the other as a neighbour (+1),
    // the tie is broken by title; b shares only the neighbour a (1)
    expect(g.related('d')).toEqual(['a', 'c', 'b']);
    expect(g.related('d', 2)).toEqual(['a', 'c']);
  });

  test('edges are undirected and unique', () => {
    expect(g.edges.map((e) => e.join('-')).sort()).toEqual(['a-b', 'a-c', 'a-d', 'c-d']);
  });
});

describe('caseStudiesByTerm', () => {
  const incidents = [
    { id: 'old', start: new Date('2020-11-11'), related: ['a', 'b'] },
    { id: 'new', start: new Date('2025-10-20'), related: ['b', 'b'] },
    { id: 'mid', start: new Date('2022-06-21'), related: ['b', 'c'] },
  ];
  const map = caseStudiesByTerm(incidents);

  test('lists each incident under every term it names, newest first, once', () => {
    expect(map.get('b')).toEqual(['new', 'mid', 'old']);
    expect(map.get('a')).toEqual(['old']);
    expect(map.get('c')).toEqual(['mid']);
    expect(map.has('d')).toBe(false);
  });
});

describe('uncitedFigures', () => {
  test('flags a paragraph with a figure and no citation, and only that one', () => {
    const body = [
      '## Heading with 2023',
      'Trading stopped for 8 hours.',
      'Trading stopped for 8 hours <Cite id="x" />.',
      'No numbers here, only [[b]].',
      '- 07:13: a timeline item <Cite id="y" />\n- 07:15: another',
      '<ContagionSimulator scenario="s-2022" />',
    ].join('\n\n');
    expect(uncitedFigures(body)).toEqual(['Trading stopped for 8 hours.']);
  });
});
