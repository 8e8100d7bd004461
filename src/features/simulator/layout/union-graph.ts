/**
 * The graph a scenario's drawing is laid out for: its components and dependencies plus every one that
 * any of its mitigations adds. Laid out once, the picture keeps every component in place as the reader
 * ticks mitigations on and off (what a mitigation removes is simply not drawn).
 */
import type { SimScenario } from '../simulation.ts';

export interface UnionNode {
  id: string;
  label: string;
  type?: string;
  layer?: string;
}

export interface UnionGraph {
  nodes: UnionNode[];
  edges: { from: string; to: string }[];
}

export function unionGraph(file: SimScenario): UnionGraph {
  const nodes = new Map<string, UnionNode>();
  const edges = new Map<string, { from: string; to: string }>();
  const addNode = (n: { id: string; label?: string; type?: string; layer?: string }) => {
    if (!nodes.has(n.id)) nodes.set(n.id, { id: n.id, label: n.label ?? n.id, type: n.type, layer: n.layer });
  };
  const addEdge = (from: string, to: string) => edges.set(`${from}>${to}`, { from, to });
  file.nodes.forEach(addNode);
  file.edges.forEach((e) => addEdge(e.from, e.to));
  for (const m of file.mitigations ?? []) {
    for (const c of m.changes as readonly { op: string; node?: unknown; from?: string; to?: string }[]) {
      if (c.op === 'addNode' && typeof c.node === 'object' && c.node !== null) addNode(c.node as UnionNode);
      if (c.op === 'addEdge' && c.from !== undefined && c.to !== undefined) addEdge(c.from, c.to);
    }
  }
  const known = [...edges.values()].filter((e) => nodes.has(e.from) && nodes.has(e.to) && e.from !== e.to);
  return { nodes: [...nodes.values()], edges: known };
}
