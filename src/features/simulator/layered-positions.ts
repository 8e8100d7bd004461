/**
 * Layered drawing of a dependency graph: infrastructure at the bottom, the products people use at the
 * top, one row per layer. Within a row, nodes are ordered by the mean position of what they connect to
 * (a few barycentre sweeps), which keeps edges short and crossings few. Deterministic, so the server
 * rendering and the browser agree to the pixel.
 */
import { type Layer, layerOf, LAYERS } from '../../engine/contagion/index.ts';

export interface LayoutNode {
  id: string;
  x: number;
  y: number;
  layer: Layer;
}

export interface Layout {
  nodes: Map<string, LayoutNode>;
  width: number;
  height: number;
  /** rows actually used, bottom (infrastructure) first, with the y of their (first) row of shapes:
   * the row's name is drawn 34 units above it */
  rows: { layer: Layer; y: number }[];
  /** each dependency's route ("from>to" -> x0, y0, x1, y1, ... from the dependency to the dependent);
   * without one an edge is drawn straight (this fast layering, used for big graphs) */
  routes?: ReadonlyMap<string, readonly number[]>;
  /** characters per label line the layout made room for (default 20) */
  wrap?: number;
  /** names under the shapes (default) or beside them (the phone drawing, layout/narrow-drawing.ts) */
  labelSide?: 'below' | 'right';
  /** the phone drawing: shown at full size (taller than the screen), not shrunk to fit a height */
  phone?: boolean;
}

export interface LayoutInput {
  nodes: readonly { id: string; type?: string; layer?: string }[];
  edges: readonly { from: string; to: string }[];
}

const GAP_X = 150;
const GAP_Y = 120;
const MARGIN_X = 90;
const MARGIN_Y = 60;

export function layeredLayout(input: LayoutInput, sweeps = 6): Layout {
  const layerOfId = new Map(input.nodes.map((n) => [n.id, layerOf(n)]));
  const rows = LAYERS.map((layer) => input.nodes.filter((n) => layerOfId.get(n.id) === layer).map((n) => n.id)).filter((r) => r.length);
  // Sweeps work on node indices and typed arrays (a 20,000-node, 100,000-edge import took ~0.3 s with
  // maps of ids); the order and the sums are the same as over the ids, so is the drawing.
  const indexOf = new Map<string, number>();
  rows.forEach((row) => row.forEach((id) => indexOf.set(id, indexOf.size)));
  const neighbours: number[][] = Array.from({ length: indexOf.size }, () => []);
  for (const e of input.edges) {
    const a = indexOf.get(e.from);
    const b = indexOf.get(e.to);
    if (a !== undefined && b !== undefined) {
      neighbours[a]!.push(b);
      neighbours[b]!.push(a);
    }
  }
  // Ties in score keep the id order of localeCompare, as a rank computed once.
  const ids = [...indexOf.keys()];
  const byId = [...ids].sort((a, b) => a.localeCompare(b));
  const rank = new Float64Array(indexOf.size);
  byId.forEach((id, k) => (rank[indexOf.get(id)!] = k > 0 && byId[k - 1]!.localeCompare(id) === 0 ? rank[indexOf.get(byId[k - 1]!)!]! : k));
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const pos = new Float64Array(indexOf.size);
  const score = new Float64Array(indexOf.size);
  const indexRows = rows.map((row) => row.map((id) => indexOf.get(id)!));
  const place = (row: number[]) => row.forEach((i, k) => (pos[i] = ((k + 0.5) / row.length) * widest));
  indexRows.forEach(place);
  for (let s = 0; s < sweeps; s++) {
    const order = s % 2 === 0 ? indexRows : [...indexRows].reverse();
    for (const row of order) {
      for (const i of row) {
        const ns = neighbours[i]!;
        let sum = 0;
        for (const n of ns) sum += pos[n]!;
        score[i] = ns.length ? sum / ns.length : pos[i]!;
      }
      row.sort((a, b) => score[a]! - score[b]! || rank[a]! - rank[b]!);
      place(row);
    }
  }
  indexRows.forEach((row, r) => row.forEach((i, k) => (rows[r]![k] = ids[i]!)));
  const height = MARGIN_Y * 2 + (rows.length - 1) * GAP_Y;
  const width = MARGIN_X * 2 + (widest - 1) * GAP_X;
  const nodes = new Map<string, LayoutNode>();
  const usedRows: Layout['rows'] = [];
  rows.forEach((row, r) => {
    const y = height - MARGIN_Y - r * GAP_Y;
    const layer = layerOfId.get(row[0]!)!;
    usedRows.push({ layer, y });
    const offset = ((widest - row.length) * GAP_X) / 2;
    row.forEach((id, i) => nodes.set(id, { id, layer, y, x: MARGIN_X + offset + i * GAP_X }));
  });
  return { nodes, width, height, rows: usedRows };
}
