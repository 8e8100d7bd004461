import { describe, expect, test } from 'vitest';
import { localMap } from '../../../src/features/graph-view/local-map-positions.ts';
import { glossaryGraph } from './glossary-graph.ts';

const { linkGraph, data } = glossaryGraph();
// Neighbours straight from the link graph's edges, not from the code under test.
const near = new Map<string, Set<string>>();
for (const [a, b] of linkGraph.edges) {
  (near.get(a) ?? near.set(a, new Set()).get(a)!).add(b);
  (near.get(b) ?? near.set(b, new Set()).get(b)!).add(a);
}
const centre = 'correlated-failure';

describe('localMap', () => {
  test('one step: the term in the middle and exactly its neighbours around it', () => {
    const map = localMap(data, centre, 1);
    const middle = map.nodes.find((n) => n.hop === 0)!;
    expect(middle).toMatchObject({ id: centre, x: map.width / 2, y: map.height / 2 });
    expect(new Set(map.nodes.filter((n) => n.hop === 1).map((n) => n.id))).toEqual(near.get(centre));
    expect(map.nodes.length).toBe(near.get(centre)!.size + 1);
  });

  test('two steps adds exactly the terms at distance two', () => {
    const map = localMap(data, centre, 2);
    const one = near.get(centre)!;
    const two = new Set([...one].flatMap((n) => [...near.get(n)!]).filter((m) => m !== centre && !one.has(m)));
    expect(new Set(map.nodes.filter((n) => n.hop === 2).map((n) => n.id))).toEqual(two);
  });

  test('every line joins two shown nodes that are linked, and no position is shared', () => {
    for (const hops of [1, 2] as const) {
      const map = localMap(data, centre, hops);
      const shown = new Set(map.nodes.map((n) => n.id));
      for (const l of map.links) {
        expect(shown.has(l.source) && shown.has(l.target)).toBe(true);
        expect(near.get(l.source)!.has(l.target)).toBe(true);
      }
      const spots = new Set(map.nodes.map((n) => `${n.x},${n.y}`));
      expect(spots.size).toBe(map.nodes.length);
      for (const n of map.nodes) {
        expect(n.x).toBeGreaterThan(0);
        expect(n.x).toBeLessThan(map.width);
        expect(n.y).toBeGreaterThan(0);
        expect(n.y).toBeLessThan(map.height);
      }
    }
  });

  test('an unknown term is an error', () => {
    expect(() => localMap(data, 'no-such-term', 1)).toThrow(/no-such-term/);
  });
});
