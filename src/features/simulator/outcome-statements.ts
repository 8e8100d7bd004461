/**
 * What the outcome panel says about each chain, and how the model compares with the real incident,
 * both derived from one status map (the one the graph shows), so a sentence can never contradict the
 * drawing: a chain whose block producer is degraded keeps producing blocks, degraded; only a node that
 * is down stops it.
 */
import type { ShownStatus, SimScenario } from './simulation.ts';

export type Aspect = 'blocks' | 'finality';

export interface ChainStatement {
  chain: string;
  aspect: Aspect;
  /** the node whose state decides it */
  node: string;
  state: ShownStatus;
  /** does it continue in the model? (up or degraded) */
  continued: boolean;
  /** e.g. "keeps producing blocks, degraded" */
  text: string;
}

const WORDS: Record<Aspect, Record<ShownStatus, string>> = {
  blocks: { up: 'keeps producing blocks', degraded: 'keeps producing blocks, degraded (slower or partial)', down: 'stops producing blocks' },
  finality: { up: 'keeps finalising', degraded: 'keeps finalising, degraded (slower)', down: 'finality stalls' },
};

type Chains = NonNullable<SimScenario['expected']>['chains'];

/** Each chain's blocks and (when it has one) finality, as the state shows them. */
export function chainStatements(chains: Chains, status: ReadonlyMap<string, ShownStatus>): ChainStatement[] {
  return chains.flatMap((c) =>
    (['blocks', 'finality'] as const).flatMap((aspect) => {
      const liveness = c[aspect];
      if (!liveness) return [];
      const state = status.get(liveness.node) ?? 'up';
      return [{ chain: c.chain, aspect, node: liveness.node, state, continued: state !== 'down', text: WORDS[aspect][state] }];
    }),
  );
}

/** One chain's statements as a sentence: "Base keeps producing blocks, degraded (slower or partial)." */
export function chainSentence(statements: readonly ChainStatement[]): string {
  const [first, ...rest] = statements;
  if (!first) return '';
  return `${first.chain} ${[first.text, ...rest.map((s) => s.text)].join('; ')}.`;
}

export interface Disagreement {
  /** a node id, or "chain:<name>:blocks|finality" */
  key: string;
  /** e.g. "Coinbase app and exchange: down in reality, degraded in the model" */
  text: string;
}

export interface IncidentComparison {
  /** true when the reader is looking at the real incident: its trigger, no mitigations */
  applicable: boolean;
  /** how many statements of the scenario's expected data were compared */
  compared: number;
  agreeing: number;
  differs: Disagreement[];
}

/**
 * Compares every statement of the scenario's expected data (each node's state, each chain's blocks
 * and finality) with the model's final state.
 */
export function compareWithIncident(
  file: SimScenario,
  status: ReadonlyMap<string, ShownStatus>,
  failed: readonly string[],
  enabled: readonly string[],
  label: (id: string) => string,
): IncidentComparison {
  const expected = file.expected;
  if (!expected) return { applicable: false, compared: 0, agreeing: 0, differs: [] };
  const trigger = [...(file.trigger?.seeds ?? [])].sort().join(',');
  const applicable = enabled.length === 0 && [...failed].sort().join(',') === trigger;
  const differs: Disagreement[] = [];
  let compared = 0;
  for (const want of ['down', 'degraded', 'up'] as const) {
    for (const id of expected[want]) {
      compared++;
      const got = status.get(id) ?? 'up';
      if (got !== want) differs.push({ key: id, text: `${label(id)}: ${want} in reality, ${got} in the model` });
    }
  }
  const said = (aspect: Aspect, continued: boolean) => (aspect === 'blocks' ? (continued ? 'blocks continued' : 'blocks stopped') : continued ? 'finality continued' : 'finality stalled');
  const model = chainStatements(expected.chains, status);
  for (const c of expected.chains) {
    for (const aspect of ['blocks', 'finality'] as const) {
      const real = c[aspect];
      if (!real) continue;
      compared++;
      const ours = model.find((s) => s.chain === c.chain && s.aspect === aspect)!;
      if (ours.continued !== real.continued) differs.push({ key: `chain:${c.chain}:${aspect}`, text: `${c.chain}: ${said(aspect, real.continued)} in reality; in the model it ${ours.text}` });
    }
  }
  return { applicable, compared, agreeing: compared - differs.length, differs };
}
