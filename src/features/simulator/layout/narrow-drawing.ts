/**
 * The phone drawing: one component per row, shape on the left and its name beside it at full size, in
 * the order of the wide drawing (top to bottom, then left to right), each layer under its name. Each
 * component's dependents are reached along one vertical lane to the right of the names: out of its
 * row, up (or down) the lane, and into each dependent's name. Lanes are shared only where spans do not
 * overlap (interval colouring), so the picture is as narrow as the graph allows, and no edge can pass
 * through a component or across a name: the lanes lie entirely to the right of the widest name.
 * Drawn for the components present now (what mitigations remove leaves no empty row).
 */
import type { Layout } from '../layered-positions.ts';
import { LAYERS } from '../../../engine/contagion/index.ts';
import type { Drawing } from './drawing.ts';
import { NAME_OFFSET, NODE_GEOMETRY, nameWidth, reservedLines, WRAP } from './node-box.ts';
import type { UnionGraph } from './union-graph.ts';

const PAD = 6;
/** from the left edge to the shape's centre */
const SHAPE_X = NODE_GEOMETRY.ringRadius + 2;
const HEADER = 26;
const ROW_MIN = 2 * NODE_GEOMETRY.ringRadius + 8;
const LANE_GAP = 8;
/** where an edge leaves its dependency (below the centre) and enters its dependent (above it) */
const PORT = 7;

export function narrowDrawing(graph: UnionGraph, order: Layout, graded: (id: string) => boolean = () => false): Drawing {
  const g = NODE_GEOMETRY;
  const wrapAt = WRAP.narrow;
  const placed = graph.nodes
    .map((n) => ({ n, p: order.nodes.get(n.id) }))
    .filter((v) => v.p)
    .sort((a, b) => a.p!.y - b.p!.y || a.p!.x - b.p!.x);
  const lines = new Map(placed.map(({ n }) => [n.id, reservedLines(n.label, graded(n.id), wrapAt)]));
  const widest = Math.max(0, ...[...lines.values()].map(nameWidth));
  const column = PAD + SHAPE_X + NAME_OFFSET + Math.ceil(widest) + 6;
  // where each name ends (its longest line, reserved lines included): stubs run from there to the lanes
  const nameEnd = new Map([...lines].map(([id, l]) => [id, PAD + SHAPE_X + NAME_OFFSET + Math.ceil(nameWidth(l)) + 4]));

  const nodes: Drawing['nodes'] = {};
  const rows: Drawing['rows'] = [];
  let y = PAD;
  let band: string | null = null;
  for (const { n, p } of placed) {
    if (p!.layer !== band) {
      band = p!.layer;
      y += HEADER;
      rows.push({ layer: p!.layer, y: y + 34 - 8 });
    }
    // the name's lines are centred on the shape (GraphSvg draws them so), plus the reserved state line
    const h = Math.max(ROW_MIN, lines.get(n.id)!.length * g.lineHeight + 12);
    nodes[n.id] = [PAD + SHAPE_X, y + h / 2, LAYERS.indexOf(p!.layer)];
    y += h;
  }

  // A dependency's edges share one lane (a bus from it to each dependent: they are hot or not together,
  // as they carry the same failure). Lanes are coloured as intervals, shortest span first, so the lane
  // nearest the names is the busiest and the picture stays narrow.
  const buses = new Map<string, { lo: number; hi: number; ends: { key: string; from: string; to: string; y1: number; y2: number }[] }>();
  for (const e of graph.edges) {
    if (!nodes[e.from] || !nodes[e.to]) continue;
    const y1 = nodes[e.to]![1] + PORT; // out of the dependency
    const y2 = nodes[e.from]![1] - PORT; // into the dependent
    const bus = buses.get(e.to) ?? { lo: y1, hi: y1, ends: [] };
    bus.lo = Math.min(bus.lo, y2);
    bus.hi = Math.max(bus.hi, y2);
    bus.ends.push({ key: `${e.from}>${e.to}`, from: e.from, to: e.to, y1, y2 });
    buses.set(e.to, bus);
  }
  const lanes: { lo: number; hi: number }[][] = [];
  const edges: Drawing['edges'] = {};
  for (const bus of [...buses.values()].sort((a, b) => a.hi - a.lo - (b.hi - b.lo) || a.lo - b.lo)) {
    let k = lanes.findIndex((lane) => lane.every((t) => bus.hi < t.lo - 4 || bus.lo > t.hi + 4));
    if (k < 0) k = lanes.push([]) - 1;
    lanes[k]!.push(bus);
    const x = column + LANE_GAP * (k + 1);
    for (const { key, from, to, y1, y2 } of bus.ends) edges[key] = [nameEnd.get(to)!, y1, x, y1, x, y2, nameEnd.get(from)!, y2];
  }
  return { width: column + LANE_GAP * (lanes.length + 1) + PAD, height: y + PAD, wrap: wrapAt, rows, nodes, edges, labelSide: 'right', phone: true };
}
