/**
 * What the Monte Carlo panel and its worker say to each other, pure: the messages, the per-node failure
 * probabilities by layer, and a fingerprint that tells whether the graph changed since a run.
 */
import { type FailureGroup, type Graph, layerOf, type MonteCarloResult } from '../../../engine/contagion/index.ts';

/** What the panel asks the worker to run. */
export interface McRequest {
  type: 'run';
  /** A compiled graph survives structured cloning as is: typed arrays, arrays, a Map, plain objects. */
  graph: Graph;
  trials: number;
  seed: number;
  /** independent failure probability per trial of each infrastructure node, and of every other node */
  infrastructureProbability: number;
  otherProbability: number;
  groups: FailureGroup[];
  confidence: number;
}

export type McReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: MonteCarloResult }
  | { type: 'error'; message: string };

/** True for nodes whose type sits in the infrastructure layer. */
export function isInfrastructure(graph: Pick<Graph, 'types' | 'typeOf'>, i: number): boolean {
  return layerOf({ type: graph.types[graph.typeOf[i]!] }) === 'infrastructure';
}

/** Per-node probabilities: one for the infrastructure layer, one for everything else. */
export function layerProbabilities(graph: Pick<Graph, 'ids' | 'types' | 'typeOf' | 'nodeCount'>, infrastructure: number, other: number): Map<string, number> {
  const p = new Map<string, number>();
  for (let i = 0; i < graph.nodeCount; i++) {
    const value = isInfrastructure(graph, i) ? infrastructure : other;
    if (value > 0) p.set(graph.ids[i]!, value);
  }
  return p;
}

/** A cheap hash of the graph's structure (ids, types, dependents, cuts): equal graphs, equal prints. */
export function graphFingerprint(graph: Graph): string {
  let h = 0x811c9dc5;
  const mix = (x: number) => {
    h = Math.imul(h ^ (x | 0), 0x01000193);
  };
  mix(graph.nodeCount);
  mix(graph.edgeCount);
  for (const id of graph.ids) for (let i = 0; i < id.length; i++) mix(id.charCodeAt(i));
  for (let i = 0; i < graph.typeOf.length; i++) mix(graph.typeOf[i]!);
  for (let i = 0; i < graph.dependentsStart.length; i++) mix(graph.dependentsStart[i]!);
  for (let i = 0; i < graph.dependents.length; i++) mix(graph.dependents[i]!);
  for (let i = 0; i < graph.cut.length; i++) mix(Math.min(graph.cut[i]!, 0x7fffffff));
  mix(graph.degradation ? graph.degradation.dependents.length : -1);
  return `${graph.nodeCount}:${graph.edgeCount}:${(h >>> 0).toString(36)}`;
}
