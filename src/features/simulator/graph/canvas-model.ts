/**
 * The canvas drawing's data, pure and allocation-free once built: node positions, layers, colour
 * batches and edges as typed arrays; node states as a byte per node; the mapping from the layout to
 * the screen; and a row index for hit-testing a click to the nearest node.
 */
import { type Layer, LAYERS } from '../../../engine/contagion/index.ts';
import type { Layout } from '../layered-positions.ts';
import type { ShownStatus } from '../simulation.ts';

export interface CanvasGraph {
  n: number;
  ids: readonly string[];
  labels: readonly string[];
  /** layout coordinates; NaN for nodes the layout does not place */
  x: Float64Array;
  y: Float64Array;
  /** index into LAYERS */
  layer: Uint8Array;
  /** colours in batch order, and the nodes of batch c: order[colourStart[c] .. colourStart[c + 1]) */
  colours: readonly string[];
  order: Int32Array;
  colourStart: Int32Array;
  /** edges: dependency a[e] -> dependent b[e] (the way failure travels); soft[e] = 1 for soft edges */
  edgeA: Int32Array;
  edgeB: Int32Array;
  soft: Uint8Array;
  /** rows of the layout, each with its nodes sorted by x, for hit-testing */
  rows: RowIndex[];
  /** smallest horizontal gap between neighbours in a row (layout units) */
  gap: number;
  index: ReadonlyMap<string, number>;
}

export interface RowIndex {
  y: number;
  layer: Layer;
  xs: Float64Array;
  nodes: Int32Array;
}

export const STATUS_UP = 0;
export const STATUS_DEGRADED = 1;
export const STATUS_DOWN = 2;

const FALLBACK_COLOUR = '#888888';

export function prepareCanvasGraph(
  layout: Layout,
  nodes: readonly { id: string; label: string; type: string }[],
  edges: readonly { from: string; to: string; kind?: 'hard' | 'soft' }[],
  colourOf: ReadonlyMap<string, string>,
): CanvasGraph {
  const n = nodes.length;
  const index = new Map<string, number>();
  const x = new Float64Array(n).fill(NaN);
  const y = new Float64Array(n).fill(NaN);
  const layer = new Uint8Array(n);
  const colourIds = new Map<string, number>();
  const colours: string[] = [];
  const colourOfNode = new Int32Array(n);
  const ids: string[] = new Array(n);
  const labels: string[] = new Array(n);
  nodes.forEach((node, i) => {
    index.set(node.id, i);
    ids[i] = node.id;
    labels[i] = node.label;
    const p = layout.nodes.get(node.id);
    if (p) {
      x[i] = p.x;
      y[i] = p.y;
      layer[i] = Math.max(0, LAYERS.indexOf(p.layer));
    }
    const colour = colourOf.get(node.type) ?? FALLBACK_COLOUR;
    let c = colourIds.get(colour);
    if (c === undefined) {
      c = colours.length;
      colours.push(colour);
      colourIds.set(colour, c);
    }
    colourOfNode[i] = c;
  });
  // Counting sort of the nodes by colour batch.
  const colourStart = new Int32Array(colours.length + 1);
  for (let i = 0; i < n; i++) colourStart[colourOfNode[i]! + 1]!++;
  for (let c = 0; c < colours.length; c++) colourStart[c + 1]! += colourStart[c]!;
  const fill = colourStart.slice(0, colours.length);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[colourOfNode[i]!]!++] = i;

  const a: number[] = [];
  const b: number[] = [];
  const s: number[] = [];
  for (const e of edges) {
    const from = index.get(e.from);
    const to = index.get(e.to);
    if (from === undefined || to === undefined || Number.isNaN(x[from]!) || Number.isNaN(x[to]!)) continue;
    a.push(to);
    b.push(from);
    s.push(e.kind === 'soft' ? 1 : 0);
  }

  const byRow = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(y[i]!)) continue;
    let row = byRow.get(y[i]!);
    if (!row) byRow.set(y[i]!, (row = []));
    row.push(i);
  }
  let gap = Infinity;
  const rows: RowIndex[] = [...byRow.entries()]
    .sort((p, q) => q[0] - p[0])
    .map(([rowY, members]) => {
      members.sort((p, q) => x[p]! - x[q]!);
      const xs = Float64Array.from(members, (i) => x[i]!);
      for (let k = 1; k < xs.length; k++) if (xs[k]! - xs[k - 1]! > 0) gap = Math.min(gap, xs[k]! - xs[k - 1]!);
      return { y: rowY, layer: LAYERS[layer[members[0]!]!]!, xs, nodes: Int32Array.from(members) };
    });
  return {
    n,
    ids,
    labels,
    x,
    y,
    layer,
    colours,
    order,
    colourStart,
    edgeA: Int32Array.from(a),
    edgeB: Int32Array.from(b),
    soft: Uint8Array.from(s),
    rows,
    gap: Number.isFinite(gap) ? gap : 150,
    index,
  };
}

/** One byte per node: STATUS_UP, STATUS_DEGRADED or STATUS_DOWN; and the nodes failed by the reader. */
export function statusCodes(graph: CanvasGraph, status: ReadonlyMap<string, ShownStatus>, seeds: ReadonlySet<string>): { code: Uint8Array; seed: Uint8Array; down: number; degraded: number } {
  const code = new Uint8Array(graph.n);
  const seed = new Uint8Array(graph.n);
  let down = 0;
  let degraded = 0;
  for (let i = 0; i < graph.n; i++) {
    const s = status.get(graph.ids[i]!);
    if (s === 'down') {
      code[i] = STATUS_DOWN;
      down++;
    } else if (s === 'degraded') {
      code[i] = STATUS_DEGRADED;
      degraded++;
    }
  }
  for (const id of seeds) {
    const i = graph.index.get(id);
    if (i !== undefined) seed[i] = 1;
  }
  return { code, seed, down, degraded };
}

/** Screen position = (tx + sx * x, ty + sy * y) in CSS pixels. */
export interface View {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
}

export const CANVAS_PAD = 16;

/**
 * The layout fitted into a canvas of w x h CSS pixels (each axis on its own, so a wide, shallow
 * graph of thousands of nodes still fills the height), then panned and zoomed by {k, x, y}.
 */
export function viewOf(layout: Pick<Layout, 'width' | 'height'>, w: number, h: number, t: { k: number; x: number; y: number }): View {
  const fitX = Math.min(1, Math.max(1e-9, w - 2 * CANVAS_PAD) / Math.max(1, layout.width));
  const fitY = Math.min(1, Math.max(1e-9, h - 2 * CANVAS_PAD) / Math.max(1, layout.height));
  const offX = CANVAS_PAD + Math.max(0, (w - 2 * CANVAS_PAD - layout.width * fitX) / 2);
  const offY = CANVAS_PAD + Math.max(0, (h - 2 * CANVAS_PAD - layout.height * fitY) / 2);
  return { sx: t.k * fitX, sy: t.k * fitY, tx: t.x + t.k * offX, ty: t.y + t.k * offY };
}

/** The node nearest to screen point (px, py) within `radius` CSS pixels, or -1. */
export function nearestNode(graph: Pick<CanvasGraph, 'rows'>, view: View, px: number, py: number, radius: number): number {
  let best = -1;
  let bestD = radius * radius;
  for (const row of graph.rows) {
    const dy = view.ty + view.sy * row.y - py;
    if (dy * dy > bestD) continue;
    // First node at or right of the click, then walk outwards while within reach.
    const lx = (px - view.tx) / view.sx;
    const xs = row.xs;
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]! < lx) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < xs.length; k++) {
      const dx = view.tx + view.sx * xs[k]! - px;
      if (dx * dx > bestD) break;
      const d = dx * dx + dy * dy;
      if (d <= bestD) {
        bestD = d;
        best = row.nodes[k]!;
      }
    }
    for (let k = lo - 1; k >= 0; k--) {
      const dx = view.tx + view.sx * xs[k]! - px;
      if (dx * dx > bestD) break;
      const d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = row.nodes[k]!;
      }
    }
  }
  return best;
}
