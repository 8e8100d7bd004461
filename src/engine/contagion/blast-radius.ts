/**
 * Blast radius: for every node, what fails when it alone fails. One single-seed cascade per node on a
 * reused workspace, each costing only what it reaches.
 */
import { checkGraph, createWorkspace, runCascade } from './cascade.ts';
import type { Graph } from './types.ts';

export interface BlastRadiusEntry {
  id: string;
  type: string;
  /** Nodes that fail because this one failed (the node itself not counted). */
  count: number;
  /**
   * The same count split by node type (types with zero omitted). A null-prototype object, so a type
   * named "__proto__" or "constructor" is a key like any other.
   */
  byType: Record<string, number>;
}

/** Index API: counts[i] = nodes that fail when node i alone fails (itself excluded). */
export function blastRadiusCounts(graph: Graph): Int32Array {
  checkGraph(graph, 'blastRadiusCounts');
  const n = graph.nodeCount;
  const counts = new Int32Array(n);
  const ws = createWorkspace(graph);
  const seed = new Int32Array(1);
  const start = graph.dependentsStart;
  for (let i = 0; i < n; i++) {
    if (start[i] === start[i + 1]) continue; // nothing depends on it
    seed[0] = i;
    counts[i] = runCascade(ws, seed) - 1;
  }
  return counts;
}

/** Every node with its blast radius, most harmful first (ties by id, so the order is stable). */
export function blastRadius(graph: Graph): BlastRadiusEntry[] {
  checkGraph(graph, 'blastRadius');
  const n = graph.nodeCount;
  const ws = createWorkspace(graph);
  const seed = new Int32Array(1);
  const typeCount = new Int32Array(graph.types.length);
  const start = graph.dependentsStart;
  const entries: BlastRadiusEntry[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const byType = Object.create(null) as Record<string, number>;
    let count = 0;
    if (start[i] !== start[i + 1]) {
      seed[0] = i;
      count = runCascade(ws, seed) - 1;
      const order = ws.order;
      for (let k = 1; k <= count; k++) typeCount[graph.typeOf[order[k]!]!]!++;
      for (let k = 1; k <= count; k++) {
        const t = graph.typeOf[order[k]!]!;
        if (typeCount[t] !== 0) {
          byType[graph.types[t]!] = typeCount[t]!;
          typeCount[t] = 0;
        }
      }
    }
    entries[i] = { id: graph.ids[i]!, type: graph.types[graph.typeOf[i]!]!, count, byType };
  }
  return entries.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
