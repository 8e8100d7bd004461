/**
 * The three-state outcome: down (binary cascade), degraded, up.
 *
 * Degradation is a second, separate pass so the binary core stays lean: starting from the failed set,
 * a node becomes degraded when its degradedRule (default: its rule) trips on dependencies that are down
 * OR degraded, or when any of its soft dependencies is down or degraded. It is the same monotone kernel
 * on another CSR (Graph.degradation), so it too ends on cycles and ignores evaluation order. Degraded
 * nodes never feed back into the binary state.
 */
import { cascade, checkGraph, runCascade, sharedWorkspace, type CascadeResult } from './cascade.ts';
import type { Graph, NodeStatus } from './types.ts';

/**
 * Indices of the nodes degraded (and not down) given the failed nodes failed[0 .. count), which must be
 * a closed failed set (the output of a cascade). Empty when the graph has no soft edges or degradedRules.
 */
export function degradedIndices(graph: Graph, failed: ArrayLike<number>, count: number = failed.length): Int32Array {
  checkGraph(graph, 'degradedIndices');
  const core = graph.degradation;
  if (core === null || count === 0) return new Int32Array(0);
  const ws = sharedWorkspace(core);
  runCascade(ws, failed, count);
  const seeds = ws.waveEnd[0]!; // distinct seeds = the failed nodes
  return ws.order.slice(seeds, ws.count).sort();
}

export interface Outcome extends CascadeResult {
  /** Nodes that are up but degraded, in scenario order. */
  degraded: string[];
  /** Status of every node. */
  status: Map<string, NodeStatus>;
}

/** Cascade from the seeds, then the degradation pass: the state of every node. */
export function evaluate(graph: Graph, seeds: readonly string[]): Outcome {
  const result = cascade(graph, seeds);
  const failedIdx = new Int32Array(result.failed.length);
  for (let i = 0; i < failedIdx.length; i++) failedIdx[i] = graph.index.get(result.failed[i]!)!;
  const degradedIdx = degradedIndices(graph, failedIdx);
  const status = new Map<string, NodeStatus>();
  for (const id of graph.ids) status.set(id, 'up');
  for (const id of result.failed) status.set(id, 'down');
  const degraded = Array.from(degradedIdx, (i) => graph.ids[i]!);
  for (const id of degraded) status.set(id, 'degraded');
  return { ...result, degraded, status };
}
