/**
 * Lays a scenario out with ELK's layered algorithm (elkjs, the JavaScript build of the Eclipse Layout
 * Kernel): infrastructure at the bottom and the products people use at the top, crossings minimised,
 * and every dependency routed orthogonally between the layers, around node boxes that include the
 * labels, so no edge passes through a component it does not connect or across a name.
 *
 * The layer names the scenario gives (or the type implies) become ELK partitions, so a layer keeps its
 * band; a dependency between two components of the same layer puts them on two rows of that band
 * instead of drawing an edge through whatever sits between them.
 *
 * Each component is a card, its name beside its shape (layout/node-box.ts). The phone drawing is
 * derived from this one (layout/narrow-drawing.ts).
 */
import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { layerOf, LAYERS } from '../../../engine/contagion/index.ts';
import type { Drawing } from './drawing.ts';
import { nodeBox, WRAP } from './node-box.ts';
import type { UnionGraph } from './union-graph.ts';

/** Extra room above each band for its row label (in drawing units). */
const BAND_LABEL = 22;
const PAD = 10;

export async function elkDrawing(elk: ELK, graph: UnionGraph, graded: (id: string) => boolean = () => false): Promise<Drawing> {
  const wrapAt = WRAP.wide;
  const layerIndex = new Map(graph.nodes.map((n) => [n.id, LAYERS.indexOf(layerOf(n))]));
  const boxes = new Map(graph.nodes.map((n) => [n.id, nodeBox(n.label, graded(n.id), wrapAt)]));
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'UP',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.partitioning.activate': 'true',
      // one graph, so that a component with no dependencies still sits in its own layer's band
      'elk.separateConnectedComponents': 'false',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.spacing.edgeEdge': '8',
      'elk.padding': `[top=${PAD},left=${PAD},bottom=${PAD},right=${PAD}]`,
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.spacing.nodeNode': '24',
      'elk.layered.spacing.nodeNodeBetweenLayers': '28',
      'elk.layered.spacing.edgeNodeBetweenLayers': '12',
    },
    children: graph.nodes.map((n) => ({
      id: n.id,
      width: boxes.get(n.id)!.width,
      height: boxes.get(n.id)!.height,
      layoutOptions: { 'elk.partitioning.partition': String(layerIndex.get(n.id)) },
    })),
    // failure travels from the dependency (source, lower) to the dependent (target, higher)
    edges: graph.edges.map((e): ElkExtendedEdge => ({ id: `${e.from}>${e.to}`, sources: [e.to], targets: [e.from] })),
  };
  const laid = await elk.layout(root);

  // Open a strip above each band for its row label: everything from a band's top edge down moves down
  // by the strip (vertical edge segments crossing that line stretch; horizontal ones lie on one side).
  const tops = LAYERS.map((_, l) => Math.min(...(laid.children ?? []).filter((c) => layerIndex.get(c.id) === l).map((c) => c.y!)));
  const cuts = tops.filter(Number.isFinite).sort((a, b) => a - b);
  const shift = (y: number) => y + BAND_LABEL * cuts.filter((c) => y >= c - 0.5).length;

  const nodes: Drawing['nodes'] = {};
  for (const c of laid.children ?? []) {
    const box = boxes.get(c.id)!;
    nodes[c.id] = [round(c.x! + box.centreX), round(shift(c.y!) + box.centreY), layerIndex.get(c.id)!];
  }
  const edges: Drawing['edges'] = {};
  for (const e of laid.edges ?? []) {
    const s = e.sections?.[0];
    if (!s) continue;
    edges[e.id!] = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].flatMap((p) => [round(p.x), round(shift(p.y))]);
  }
  const rows = LAYERS.flatMap((layer, l) => (Number.isFinite(tops[l]!) ? [{ layer, y: round(shift(tops[l]!) + 28) }] : []));
  return { width: round(laid.width!), height: round(shift(laid.height!)), wrap: wrapAt, rows, nodes, edges, labelSide: 'right' };
}

const round = (v: number) => Math.round(v * 10) / 10;
