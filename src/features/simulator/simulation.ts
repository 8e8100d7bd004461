/**
 * What the simulator shows, computed from what the reader chose: the scenario with its enabled
 * mitigations, the failed nodes, the cascade wave by wave, the final state of every node and why.
 * Pure (no DOM, no React) so it can be tested in Node and run on the server for the no-JS picture.
 * Uses the engine's core entry only, so the browser bundle does not carry the file schema (zod).
 */
import {
  applyMitigations,
  compile,
  evaluate,
  explain,
  toMitigation,
  toScenario,
  type Explanation,
  type Graph,
  type Outcome,
  type Scenario,
  type UserScenarioFile,
} from '../../engine/contagion/index.ts';

/** A scenario as the simulator holds it: a catalogue preset or a reader's own (imported or edited). */
export type SimScenario = UserScenarioFile;

export interface SimResult {
  scenario: Scenario;
  graph: Graph;
  outcome: Outcome;
  explanations: Map<string, Explanation>;
  labels: Map<string, string>;
}

/** The scenario with its enabled mitigations, compiled: what does not change when the reader fails a node. */
export type Prepared = Pick<SimResult, 'scenario' | 'graph' | 'labels'>;

/**
 * Applies the enabled mitigations and compiles the graph. Kept apart from the cascade so that a click,
 * which changes only what failed, reuses the same scenario object, and with it the layout, drawing
 * model and blast-radius ranking keyed on it (on a 20,000-node import these are most of a click's cost).
 */
export function prepare(file: SimScenario, enabled: readonly string[] = []): Prepared {
  const mitigations = (file.mitigations ?? []).filter((m) => enabled.includes(m.id)).map(toMitigation);
  const scenario = applyMitigations(toScenario(file), mitigations);
  const graph = compile(scenario);
  const labels = new Map(scenario.nodes.map((n) => [n.id, n.label ?? n.id]));
  return { scenario, graph, labels };
}

/** Runs the cascade from `failed` on a prepared scenario. */
export function cascadeOn({ scenario, graph, labels }: Prepared, failed: readonly string[]): SimResult {
  const present = failed.filter((id) => graph.index.has(id));
  const outcome = evaluate(graph, present);
  const explanations = new Map(explain(graph, outcome, { label: (id) => labels.get(id) ?? id }).map((e) => [e.id, e]));
  return { scenario, graph, outcome, explanations, labels };
}

/** Runs the cascade from `failed` on the scenario with the given mitigations switched on. */
export function simulate(file: SimScenario, failed: readonly string[], enabled: readonly string[] = []): SimResult {
  return cascadeOn(prepare(file, enabled), failed);
}

export type ShownStatus = 'up' | 'down' | 'degraded';

/**
 * Status of each node after `step` waves have played (step 0 shows the seeds). Degradation is
 * computed after the cascade settles, so it appears only once the last wave has played.
 */
export function statusAtStep(result: SimResult, step: number): Map<string, ShownStatus> {
  const { waves } = result.outcome;
  const last = waves.length - 1;
  const s = Math.min(step, last);
  const status = new Map<string, ShownStatus>(result.scenario.nodes.map((n) => [n.id, 'up']));
  for (let w = 0; w <= s; w++) for (const id of waves[w] ?? []) status.set(id, 'down');
  if (s >= last) for (const id of result.outcome.degraded) status.set(id, 'degraded');
  return status;
}

export interface Comparison {
  /** nodes that are down (or degraded) without mitigations but up (or only degraded) with them */
  saved: string[];
  /** nodes worse off with the mitigations (should be none; shown if a mitigation adds a dependency that fails) */
  worse: string[];
}

const rank: Record<ShownStatus, number> = { up: 0, degraded: 1, down: 2 };

export function compare(before: SimResult, after: SimResult): Comparison {
  const saved: string[] = [];
  const worse: string[] = [];
  for (const [id, s] of after.outcome.status) {
    const b = before.outcome.status.get(id) ?? 'up';
    if (rank[s] < rank[b]) saved.push(id);
    else if (rank[s] > rank[b]) worse.push(id);
  }
  return { saved, worse };
}
