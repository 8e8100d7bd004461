/**
 * The neighbourhood of one node, laid out radially for the small map on each term page: the node
 * in the centre, its neighbours on an inner ellipse grouped by category, and (for two hops) their
 * neighbours on an outer ellipse, each placed near the neighbours that lead to it. Deterministic
 * and cheap, so every term page gets its map at build time with no script. Incident case studies
 * appear only next to the centre: two terms discussed by one incident are not two steps apart.
 */
import { adjacency, undirectedLinks, type GraphNode, type GraphViewData, type LinkKind } from './graph-data.ts';

export interface LocalNode extends GraphNode {
  x: number;
  y: number;
  hop: 0 | 1 | 2;
  /** which side of the node its label goes, pointing away from the centre */
  anchor: 'start' | 'middle' | 'end';
}

export interface LocalMap {
  width: number;
  height: number;
  nodes: LocalNode[];
  /** undirected pairs among the shown nodes */
  links: { source: string; target: string; kind: LinkKind; touchesCentre: boolean }[];
}

export const LOCAL_MAP_SIZE = { width: 720, height: 440 } as const;

export function localMap(data: GraphViewData, centre: string, hops: 1 | 2, groupOrder: readonly string[] = []): LocalMap {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const adj = adjacency(data);
  const centreNode = byId.get(centre);
  if (!centreNode) throw new Error(`local map: no node "${centre}"`);
  const { width, height } = LOCAL_MAP_SIZE;
  const cx = width / 2;
  const cy = height / 2;
  const rank = (g: string) => (groupOrder.includes(g) ? groupOrder.indexOf(g) : groupOrder.length);
  const byGroupThenTitle = (a: GraphNode, b: GraphNode) => rank(a.group) - rank(b.group) || a.group.localeCompare(b.group) || a.title.localeCompare(b.title);

  const first = [...(adj.get(centre) ?? [])].map((id) => byId.get(id)!).sort(byGroupThenTitle);
  const inner = hops === 1 ? { rx: 150, ry: 170 } : { rx: 130, ry: 100 };
  const outer = { rx: 300, ry: 190 };
  const place = (n: GraphNode, angle: number, r: { rx: number; ry: number }, hop: 1 | 2): LocalNode => {
    const cos = Math.cos(angle);
    return {
      ...n,
      hop,
      x: round(cx + r.rx * cos),
      y: round(cy + r.ry * Math.sin(angle)),
      anchor: cos > 0.05 ? 'start' : cos < -0.05 ? 'end' : 'middle',
    };
  };
  // Start at the top and go clockwise, so the first category reads first.
  const angleAt = (i: number, count: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(count, 1);
  const nodes: LocalNode[] = [{ ...centreNode, hop: 0, x: cx, y: cy, anchor: 'middle' }];
  const angleOf = new Map<string, number>();
  first.forEach((n, i) => {
    const a = angleAt(i, first.length);
    angleOf.set(n.id, a);
    nodes.push(place(n, a, inner, 1));
  });

  if (hops === 2) {
    const shown = new Set([centre, ...first.map((n) => n.id)]);
    // Each second-hop node sits at the circular mean angle of the neighbours that reach it…
    const second = new Map<string, { sin: number; cos: number }>();
    for (const f of first) {
      if (f.kind === 'incident') continue;
      for (const m of adj.get(f.id) ?? []) {
        if (shown.has(m) || byId.get(m)!.kind === 'incident') continue;
        const s = second.get(m) ?? { sin: 0, cos: 0 };
        s.sin += Math.sin(angleOf.get(f.id)!);
        s.cos += Math.cos(angleOf.get(f.id)!);
        second.set(m, s);
      }
    }
    const wanted = [...second].map(([id, s]) => ({ node: byId.get(id)!, angle: normalise(Math.atan2(s.sin, s.cos)) }));
    wanted.sort((a, b) => a.angle - b.angle || a.node.title.localeCompare(b.node.title));
    // …then they are spread evenly in that order, so none overlap.
    wanted.forEach((w, i) => nodes.push(place(w.node, angleAt(i, wanted.length), outer, 2)));
  }

  const shownIds = new Set(nodes.map((n) => n.id));
  const hopOf = new Map(nodes.map((n) => [n.id, n.hop]));
  // Lines between rings always; lines within a ring only on the one-step map, where they show
  // how the neighbours relate. On the two-step map they would bury the paths outward.
  const links = undirectedLinks(data)
    .filter((l) => shownIds.has(l.source) && shownIds.has(l.target))
    .filter((l) => hops === 1 || hopOf.get(l.source) !== hopOf.get(l.target))
    .map((l) => ({ ...l, touchesCentre: l.source === centre || l.target === centre }));
  return { width, height, nodes, links };
}

const round = (v: number) => Math.round(v * 10) / 10;
/** Angle in [−π/2, 3π/2): measured from the top, like the inner ring. */
const normalise = (a: number) => (a < -Math.PI / 2 ? a + 2 * Math.PI : a);
