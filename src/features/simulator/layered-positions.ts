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
  /** rows actually used, bottom (infrastructure) first, with their y */
  rows: { layer: Layer; y: number }[];
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
  const neighbours = new Map<string, string[]>(input.nodes.map((n) => [n.id, []]));
  for (const e of input.edges) {
    neighbours.get(e.from)?.push(e.to);
    neighbours.get(e.to)?.push(e.from);
  }
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const pos = new Map<string, number>();
  const place = (row: string[]) => row.forEach((id, i) => pos.set(id, ((i + 0.5) / row.length) * widest));
  rows.forEach(place);
  for (let s = 0; s < sweeps; s++) {
    const order = s % 2 === 0 ? rows : [...rows].reverse();
    for (const row of order) {
      const score = new Map(
        row.map((id) => {
          const ns = neighbours.get(id)!.filter((n) => pos.has(n));
          return [id, ns.length ? ns.reduce((a, n) => a + pos.get(n)!, 0) / ns.length : pos.get(id)!];
        }),
      );
      row.sort((a, b) => score.get(a)! - score.get(b)! || a.localeCompare(b));
      place(row);
    }
  }
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
