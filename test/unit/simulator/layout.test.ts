// The simulator's drawings, checked as geometry in drawing units, independently of how they were made:
// for every preset, ELK's wide drawing and the phone drawing route no dependency through another
// component's box (shape and reserved name lines) and give every dependency a route that starts at
// its dependency's box and ends at its dependent's. The union graph keeps what mitigations add.
import ELK from 'elkjs/lib/elk.bundled.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Drawing } from '../../../src/features/simulator/layout/drawing.ts';
import { toLayout } from '../../../src/features/simulator/layout/drawing.ts';
import { elkDrawing } from '../../../src/features/simulator/layout/elk-drawing.ts';
import { narrowDrawing } from '../../../src/features/simulator/layout/narrow-drawing.ts';
import { NAME_OFFSET, NODE_GEOMETRY, nodeBox, WRAP, wrapLabel } from '../../../src/features/simulator/layout/node-box.ts';
import { unionGraph, type UnionGraph } from '../../../src/features/simulator/layout/union-graph.ts';
import type { SimScenario } from '../../../src/features/simulator/simulation.ts';

const DIR = join(process.cwd(), 'content/scenarios');
const presets = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as SimScenario);

interface Rect { x0: number; y0: number; x1: number; y1: number }

/** Each component's box in drawing units: shape on the left, its reserved name lines beside it. */
function boxes(graph: UnionGraph, d: Drawing): Map<string, Rect> {
  const out = new Map<string, Rect>();
  for (const n of graph.nodes) {
    const p = d.nodes[n.id];
    if (!p) continue;
    const b = nodeBox(n.label, false, d.wrap);
    out.set(n.id, { x0: p[0] - b.centreX, y0: p[1] - b.centreY, x1: p[0] - b.centreX + b.width, y1: p[1] - b.centreY + b.height });
  }
  return out;
}

/** Does the axis-parallel segment a-b pass through the inside of r (1 unit of slack at the border)? */
function crosses([ax, ay]: number[], [bx, by]: number[], r: Rect): boolean {
  const e = 1;
  const [x0, x1] = [Math.min(ax!, bx!), Math.max(ax!, bx!)];
  const [y0, y1] = [Math.min(ay!, by!), Math.max(ay!, by!)];
  return x1 > r.x0 + e && x0 < r.x1 - e && y1 > r.y0 + e && y0 < r.y1 - e;
}

const onBorder = ([x, y]: number[], r: Rect) => x! >= r.x0 - 1 && x! <= r.x1 + 1 && y! >= r.y0 - 1 && y! <= r.y1 + 1;

function faults(graph: UnionGraph, d: Drawing): string[] {
  const box = boxes(graph, d);
  const out: string[] = [];
  for (const e of graph.edges) {
    const route = d.edges[`${e.from}>${e.to}`];
    if (!route) {
      out.push(`${e.from}>${e.to} has no route`);
      continue;
    }
    const pts = [];
    for (let i = 0; i < route.length; i += 2) pts.push([route[i]!, route[i + 1]!]);
    for (let i = 1; i < pts.length; i++) {
      const [a, b] = [pts[i - 1]!, pts[i]!];
      if (a[0] !== b[0] && a[1] !== b[1]) out.push(`${e.from}>${e.to} has a diagonal segment`);
      for (const [id, r] of box) if (id !== e.from && id !== e.to && crosses(a, b, r)) out.push(`${e.from}>${e.to} passes through ${id}`);
    }
    if (!onBorder(pts[0]!, box.get(e.to)!)) out.push(`${e.from}>${e.to} does not start at its dependency`);
    if (!onBorder(pts[pts.length - 1]!, box.get(e.from)!)) out.push(`${e.from}>${e.to} does not end at its dependent`);
  }
  return out;
}

const elk = new ELK();

describe('ELK wide drawing of every preset', () => {
  test.each(presets.map((p) => [p.id!, p] as const))('%s: every dependency routed, none through another component', async (_id, preset) => {
    const graph = unionGraph(preset);
    const d = await elkDrawing(elk, graph);
    expect(Object.keys(d.nodes).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(faults(graph, d)).toEqual([]);
    // no two boxes overlap
    const b = [...boxes(graph, d).entries()];
    for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) {
      const [p, q] = [b[i]![1], b[j]![1]];
      expect(p.x1 <= q.x0 || q.x1 <= p.x0 || p.y1 <= q.y0 || q.y1 <= p.y0, `${b[i]![0]} overlaps ${b[j]![0]}`).toBe(true);
    }
  });
});

describe('phone drawing of every preset', () => {
  test.each(presets.map((p) => [p.id!, p] as const))('%s: one component per row, lanes right of every name, narrow enough for 12 px names', async (_id, preset) => {
    const graph = unionGraph(preset);
    const d = narrowDrawing(graph, toLayout(await elkDrawing(elk, graph)));
    expect(faults(graph, d)).toEqual([]);
    const ys = Object.values(d.nodes).map((p) => p[1]).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(2 * NODE_GEOMETRY.ringRadius);
    // every name's right end (its longest line at the conservative character width) is left of every lane
    const laneX = Math.min(...Object.values(d.edges).map((r) => r[2]!));
    for (const n of graph.nodes) {
      const right = d.nodes[n.id]![0] + NAME_OFFSET + Math.max(...wrapLabel(n.label, WRAP.narrow).map((l) => l.length)) * 7.2;
      expect(right).toBeLessThan(laneX);
    }
    // a 360 px screen leaves about 290 px for the drawing: drawn at full size, names stay 12 px
    expect(d.width).toBeLessThanOrEqual(290);
  });

  test('follows the wide drawing top to bottom, and a dependency with several dependents uses one lane', () => {
    const graph: UnionGraph = {
      nodes: [
        { id: 'region', label: 'Region', type: 'cloud_region' },
        { id: 'rpc', label: 'RPC', type: 'rpc_provider' },
        { id: 'app', label: 'App', type: 'app' },
        { id: 'wallet', label: 'Wallet', type: 'wallet' },
      ],
      edges: [
        { from: 'rpc', to: 'region' },
        { from: 'app', to: 'rpc' },
        { from: 'wallet', to: 'rpc' },
      ],
    };
    const order = { width: 0, height: 0, rows: [], nodes: new Map([['app', 0, 0], ['wallet', 100, 0], ['rpc', 0, 100], ['region', 0, 200]].map(([id, x, y]) => [id as string, { id: id as string, x: x as number, y: y as number, layer: 'service' as const }])) };
    const d = narrowDrawing(graph, order);
    const y = (id: string) => d.nodes[id]![1];
    expect(y('app')).toBeLessThan(y('wallet'));
    expect(y('wallet')).toBeLessThan(y('rpc'));
    expect(y('rpc')).toBeLessThan(y('region'));
    expect(d.edges['app>rpc']![2]).toBe(d.edges['wallet>rpc']![2]);
    expect(d.edges['rpc>region']![2]).not.toBe(d.edges['app>rpc']![2]);
  });
});

describe('union graph', () => {
  test('holds the scenario and everything any mitigation adds, once each', () => {
    const file = {
      nodes: [{ id: 'a' }, { id: 'b' }],
      edges: [{ from: 'a', to: 'b' }],
      mitigations: [
        { id: 'm1', title: 'M1', description: 'adds a fallback and its edge', changes: [{ op: 'addNode', node: { id: 'c', label: 'C' } }, { op: 'addEdge', from: 'a', to: 'c' }] },
        { id: 'm2', title: 'M2', description: 'removes the only edge here', changes: [{ op: 'removeEdge', from: 'a', to: 'b' }, { op: 'addEdge', from: 'a', to: 'c' }] },
      ],
    } as unknown as SimScenario;
    const g = unionGraph(file);
    expect(g.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(g.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['a>b', 'a>c']);
    expect(g.nodes[0]!.label).toBe('a');
  });

  test('names wrap at word boundaries and are never cut', () => {
    const label = 'Binance services hit by the AWS failure';
    const lines = wrapLabel(label, 16);
    expect(lines.join(' ')).toBe(label);
    expect(lines.every((l) => l.length <= 16 || !l.includes(' '))).toBe(true);
  });
});
