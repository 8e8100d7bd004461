/**
 * Sensitivity of an outcome to single edges: for each edge asked about, would removing it change the
 * state of any node? The simulator asks this for the edges no source reports (inferred, assumed or
 * unstated), so a reader sees which of those modelling choices the result hinges on.
 *
 * Each removal is a full recompile and re-evaluation (no shortcut through the cascade's internals), so
 * the answer is exactly what the model would say on the graph without that edge. When the graph
 * without the edge is not a valid model (an atLeast rule would need more dependencies than are left),
 * the answer is "undetermined" with the reason, never a guess.
 */
import { shown } from '../issues.ts';
import { compile } from './compile.ts';
import { ScenarioError } from './errors.ts';
import { evaluate, type Outcome } from './outcome.ts';
import type { NodeStatus, ScenarioInput } from './types.ts';

export interface StatusChange {
  id: string;
  /** state with every edge */
  with: NodeStatus;
  /** state once the edge is removed */
  without: NodeStatus;
}

export type EdgeSensitivity =
  | { edge: number; from: string; to: string; result: 'unchanged' }
  | { edge: number; from: string; to: string; result: 'changed'; changes: StatusChange[] }
  /** the graph without the edge is not a valid model; `reason` says why */
  | { edge: number; from: string; to: string; result: 'undetermined'; reason: string };

/**
 * For each index in `edges` (into scenario.edges), the outcome from `seeds` with and without that
 * edge alone. Results are in the order asked; `changes` lists nodes in scenario order.
 */
export function edgeSensitivity(scenario: ScenarioInput, seeds: readonly string[], edges: readonly number[]): EdgeSensitivity[] {
  if (!Array.isArray(edges) || !edges.every((e) => Number.isInteger(e) && e >= 0 && e < scenario.edges.length)) {
    throw new ScenarioError(`edgeSensitivity needs a list of edge indices between 0 and ${scenario.edges.length - 1}, got ${shown(edges)}`, ['edges']);
  }
  const base = evaluate(compile(scenario), seeds);
  return edges.map((e) => {
    const { from, to } = scenario.edges[e]!;
    const without = { nodes: scenario.nodes, edges: scenario.edges.filter((_, j) => j !== e) };
    let outcome: Outcome;
    try {
      outcome = evaluate(compile(without), seeds);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      return { edge: e, from, to, result: 'undetermined', reason: error.message };
    }
    const changes: StatusChange[] = [];
    for (const [id, before] of base.status) {
      const after = outcome.status.get(id)!;
      if (after !== before) changes.push({ id, with: before, without: after });
    }
    return changes.length ? { edge: e, from, to, result: 'changed', changes } : { edge: e, from, to, result: 'unchanged' };
  });
}
