/**
 * The simulator's state in the page URL, so a link restores exactly what the reader saw:
 * ?sim=<scenario>&fail=<ids>&mit=<ids>&step=<n>, plus &model=<compressed JSON> for a reader's own
 * scenario (../shared/compressed-json.ts). Everything read back is checked against the scenario;
 * anything unknown is dropped with a message, never trusted.
 */
import { NODE_ID_PATTERN as ID } from '../../engine/contagion/index.ts';

export interface ShareState {
  scenario: string;
  failed: string[];
  mitigations: string[];
  /** wave shown; null = the end */
  step: number | null;
}

export interface ParsedShare {
  state: Partial<ShareState>;
  /** the encoded custom model, still to be decoded and validated */
  model: string | null;
  problems: string[];
}

const MAX_IDS = 5000;

function idList(raw: string | null, name: string, problems: string[]): string[] | undefined {
  if (raw === null) return undefined;
  if (raw === '') return [];
  const parts = raw.split(',');
  const bad = parts.filter((p) => !ID.test(p));
  if (bad.length) problems.push(`The link’s “${name}” list has ${bad.length} malformed id${bad.length > 1 ? 's' : ''}; ${bad.length > 1 ? 'they were' : 'it was'} ignored.`);
  return [...new Set(parts.filter((p) => ID.test(p)))].slice(0, MAX_IDS);
}

/** Reads the share parameters; checks only their form (the scenario checks their meaning). */
export function readShareParams(params: URLSearchParams): ParsedShare {
  const problems: string[] = [];
  const state: Partial<ShareState> = {};
  const scenario = params.get('sim');
  if (scenario !== null) {
    if (ID.test(scenario)) state.scenario = scenario;
    else problems.push('The link names a scenario in a form no scenario has; showing the default scenario instead.');
  }
  const failed = idList(params.get('fail'), 'fail', problems);
  if (failed) state.failed = failed;
  const mitigations = idList(params.get('mit'), 'mit', problems);
  if (mitigations) state.mitigations = mitigations;
  const step = params.get('step');
  if (step !== null) {
    if (step === 'end') state.step = null;
    else if (/^\d{1,6}$/.test(step)) state.step = Number(step);
    else problems.push('The link’s “step” is not a whole number; showing the final state instead.');
  }
  return { state, model: params.get('model'), problems };
}

/** Keeps only ids the scenario knows, and says what was dropped. */
export function reconcile(
  state: Partial<ShareState>,
  known: { nodes: ReadonlySet<string>; mitigations: ReadonlySet<string> },
): { failed?: string[]; mitigations?: string[]; problems: string[] } {
  const problems: string[] = [];
  const keep = (ids: string[] | undefined, set: ReadonlySet<string>, what: string) => {
    if (!ids) return undefined;
    const unknown = ids.filter((id) => !set.has(id));
    if (unknown.length) problems.push(`The link names ${unknown.length} ${what} this scenario does not have (${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ', …' : ''}); ignored.`);
    return ids.filter((id) => set.has(id));
  };
  return { failed: keep(state.failed, known.nodes, 'node(s)'), mitigations: keep(state.mitigations, known.mitigations, 'mitigation(s)'), problems };
}

export function writeShareParams(params: URLSearchParams, state: ShareState, model: string | null) {
  params.set('sim', state.scenario);
  params.set('fail', state.failed.join(','));
  if (state.mitigations.length) params.set('mit', state.mitigations.join(','));
  else params.delete('mit');
  params.set('step', state.step === null ? 'end' : String(state.step));
  if (model) params.set('model', model);
  else params.delete('model');
}
