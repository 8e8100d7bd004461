import { describe, expect, test } from 'vitest';
import { buildGraphViewData, type GraphDocument } from '../../../src/features/graph-view/graph-data.ts';
import { glossaryGraph } from './glossary-graph.ts';

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const doc = (id: string, outLinks: string[] = [], related: string[] = [], extra: Partial<GraphDocument> = {}): GraphDocument => ({
  id,
  title: id.toUpperCase(),
  url: `/terms/${id}/`,
  group: 'foundations',
  kind: 'term',
  outLinks,
  related,
  ...extra,
});

describe('graph view data from the real glossary', () => {
  const { files, linkGraph, data } = glossaryGraph();

  test('has one node per term file', () => {
    expect(data.nodes.map((n) => n.id).sort()).toEqual(files.map((f) => f.slug).sort());
  });

  test('every edge of the link graph appears as a link, and no link is invented', () => {
    const viewPairs = new Set(data.links.map((l) => pairKey(l.source, l.target)));
    const graphPairs = new Set(linkGraph.edges.map(([a, b]) => pairKey(a, b)));
    expect(linkGraph.edges.length).toBeGreaterThan(0);
    expect([...graphPairs].filter((p) => !viewPairs.has(p))).toEqual([]);
    expect([...viewPairs].filter((p) => !graphPairs.has(p))).toEqual([]);
  });

  test('every prose link keeps its direction', () => {
    const directed = new Set(data.links.map((l) => `${l.source}>${l.target}`));
    const missing = [...linkGraph.outlinks].flatMap(([from, tos]) => tos.filter((to) => !directed.has(`${from}>${to}`)).map((to) => `${from}>${to}`));
    expect(missing).toEqual([]);
  });

  test('no self-loops and no link to an unknown node', () => {
    const ids = new Set(data.nodes.map((n) => n.id));
    expect(data.links.filter((l) => l.source === l.target)).toEqual([]);
    expect(data.links.filter((l) => !ids.has(l.source) || !ids.has(l.target))).toEqual([]);
  });

  test('a node’s degree is the number of terms it shares an edge with in the link graph', () => {
    const count = new Map<string, number>();
    for (const [a, b] of linkGraph.edges) {
      count.set(a, (count.get(a) ?? 0) + 1);
      count.set(b, (count.get(b) ?? 0) + 1);
    }
    for (const n of data.nodes) expect(n.degree, n.id).toBe(count.get(n.id) ?? 0);
  });

  test('nodes carry their category as group and their page as url', () => {
    for (const f of files) {
      const node = data.nodes.find((n) => n.id === f.slug)!;
      expect(node).toMatchObject({ group: f.data!.category, url: `/terms/${f.slug}/`, title: f.data!.title, kind: 'term' });
    }
  });
});

describe('buildGraphViewData', () => {
  test('drops a self-link', () => {
    const data = buildGraphViewData([doc('a', ['a', 'b']), doc('b')]);
    expect(data.links).toEqual([{ source: 'a', target: 'b', kind: 'link' }]);
  });

  test('rejects a link to a document that is not on the map, naming the source', () => {
    expect(() => buildGraphViewData([doc('a', ['ghost'])])).toThrow(/"a" links to "ghost"/);
    expect(() => buildGraphViewData([doc('a', [], ['ghost'])])).toThrow(/ghost/);
  });

  test('rejects two documents with one id', () => {
    expect(() => buildGraphViewData([doc('a'), doc('a')])).toThrow(/"a"/);
  });

  test('a pair both linked in prose and listed as related is one prose link', () => {
    const data = buildGraphViewData([doc('a', ['b'], ['b', 'c']), doc('b'), doc('c')]);
    expect(data.links).toEqual([
      { source: 'a', target: 'b', kind: 'link' },
      { source: 'a', target: 'c', kind: 'related' },
    ]);
  });

  test('another collection joins with its own documents (incidents linking to terms)', () => {
    const incident = doc('cloudflare-2022', ['a', 'b'], [], { kind: 'incident', group: 'incident', url: '/incidents/cloudflare-2022/' });
    const data = buildGraphViewData([doc('a', ['b']), doc('b'), incident]);
    expect(data.nodes.find((n) => n.id === 'cloudflare-2022')).toMatchObject({ kind: 'incident', group: 'incident', degree: 2 });
    expect(data.nodes.find((n) => n.id === 'b')!.degree).toBe(2);
  });
});
