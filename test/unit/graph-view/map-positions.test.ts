import { describe, expect, test } from 'vitest';
import { layoutGraph, type Point } from '../../../src/features/graph-view/map-positions.ts';
import { glossaryGraph } from './glossary-graph.ts';

const { data } = glossaryGraph();
const ids = data.nodes.map((n) => n.id);
const BOX = { width: 1200, height: 800, padding: 30, minDistance: 30 };

/** The glossary repeated `copies` times, each copy joined to the next by one link. */
function repeated(copies: number) {
  const allIds: string[] = [];
  const links: { source: string; target: string }[] = [];
  for (let c = 0; c < copies; c++) {
    allIds.push(...ids.map((id) => `${id}#${c}`));
    links.push(...data.links.map((l) => ({ source: `${l.source}#${c}`, target: `${l.target}#${c}` })));
    if (c > 0) links.push({ source: `${ids[0]}#${c}`, target: `${ids[0]}#${c - 1}` });
  }
  return { ids: allIds, links };
}

function minPairDistance(points: Point[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) min = Math.min(min, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  }
  return min;
}

const dist = (p: Map<string, Point>, a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);

describe('layoutGraph', () => {
  const layout = layoutGraph(ids, data.links, BOX);

  test('places every node once, inside the padded box, with no NaN', () => {
    expect([...layout.keys()].sort()).toEqual([...ids].sort());
    for (const [id, p] of layout) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y), id).toBe(true);
      expect(p.x).toBeGreaterThanOrEqual(BOX.padding);
      expect(p.x).toBeLessThanOrEqual(BOX.width - BOX.padding);
      expect(p.y).toBeGreaterThanOrEqual(BOX.padding);
      expect(p.y).toBeLessThanOrEqual(BOX.height - BOX.padding);
    }
  });

  test('is deterministic: the same graph, in any order, gives the same coordinates', () => {
    expect(layoutGraph(ids, data.links, BOX)).toEqual(layout);
    const shuffled = [...ids].reverse();
    const links = [...data.links].reverse();
    expect(layoutGraph(shuffled, links, BOX)).toEqual(layout);
  });

  test('no two nodes are closer than the minimum distance (0.5 units of rounding tolerance)', () => {
    expect(minPairDistance([...layout.values()])).toBeGreaterThanOrEqual(BOX.minDistance - 0.5);
  });

  test('linked nodes are closer on average than all pairs of nodes', () => {
    const linked = data.links.map((l) => dist(layout, l.source, l.target));
    const all: number[] = [];
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) all.push(dist(layout, ids[i]!, ids[j]!));
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    expect(mean(linked)).toBeLessThan(0.75 * mean(all));
  });

  test('ten times the glossary with grid-bucket repulsion: finite, separated, linked pairs closer', () => {
    const big = repeated(10);
    const box = { width: 3600, height: 2400, padding: 30, minDistance: 30, exactBelow: 100, iterations: 120 };
    const p = layoutGraph(big.ids, big.links, box);
    expect(p.size).toBe(big.ids.length);
    const points = [...p.values()];
    expect(points.every((q) => Number.isFinite(q.x) && Number.isFinite(q.y))).toBe(true);
    expect(minPairDistance(points)).toBeGreaterThanOrEqual(box.minDistance - 0.5);
    const linked = big.links.reduce((s, l) => s + dist(p, l.source, l.target), 0) / big.links.length;
    // Random pairs, chosen by a fixed stride so the test itself is deterministic.
    let random = 0;
    for (let i = 0; i < 3000; i++) random += dist(p, big.ids[(i * 7919) % big.ids.length]!, big.ids[(i * 104729 + 13) % big.ids.length]!);
    expect(linked).toBeLessThan(0.75 * (random / 3000));
  });

  test('keeps a wider clearance sideways when asked (room for labels)', () => {
    const wide = layoutGraph(ids, data.links, { ...BOX, clearanceAspect: 4 });
    const pts = [...wide.values()];
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        const dx = (pts[i]!.x - pts[j]!.x) / 4;
        const dy = pts[i]!.y - pts[j]!.y;
        expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(BOX.minDistance - 0.5);
      }
    }
  });

  test('copes with nodes that have no links at all, and with one or no node', () => {
    const lonely = layoutGraph(['a', 'b', 'c', 'd'], [], BOX);
    expect(minPairDistance([...lonely.values()])).toBeGreaterThanOrEqual(BOX.minDistance - 0.5);
    expect(layoutGraph(['a'], [], BOX).get('a')).toEqual({ x: 600, y: 400 });
    expect(layoutGraph([], [], BOX).size).toBe(0);
  });
});
