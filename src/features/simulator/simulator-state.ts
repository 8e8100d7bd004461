/**
 * What the reader has chosen in the simulator, and every way it can change, as one reducer: the
 * scenario (a preset or the reader's own), the components failed, the mitigations switched on, the
 * wave on screen and whether it is playing, and the view settings. Pure, so each change can be read
 * (and tested) in one place; what follows from the state (the cascade, its waves) is computed by
 * simulation.ts, never stored.
 */
import { emptyHistory, record, redo, undo, type History } from './history/scenario-history.ts';
import type { SimScenario } from './simulation.ts';

/** What Undo and Redo bring back: the scenario on screen and the reader's failures and mitigations in it. */
export interface ScenarioSnapshot {
  custom: SimScenario | null;
  presetId: string;
  failed: string[];
  mitigations: string[];
}

export interface SimulatorState {
  /** the reader's own scenario (edited, imported or from a link), shown instead of a preset */
  custom: SimScenario | null;
  /** the preset shown when there is no custom scenario */
  presetId: string;
  failed: string[];
  mitigations: string[];
  /** wave on screen (0 = only what was failed first); null = the end */
  step: number | null;
  playing: boolean;
  /** milliseconds a wave */
  speed: number;
  /** before and after side by side, when mitigations are on */
  compare: boolean;
  view: 'graph' | 'table';
  /** draw the edges no source reports (inferred, assumed, ungraded) */
  showUnreported: boolean;
  notices: string[];
  /** bumped when a new scenario is shown, to reset pan and zoom */
  resetKey: number;
  /** scenarios shown before each edit, for Undo and Redo */
  history: History<ScenarioSnapshot>;
}

export type SimulatorAction =
  | { type: 'choose-preset'; preset: SimScenario }
  | { type: 'load-own'; scenario: SimScenario; notice?: string }
  /** fail or restore one component, and play the cascade from the start */
  | { type: 'toggle-failed'; id: string }
  | { type: 'fail-only'; id: string }
  | { type: 'restore-all' }
  | { type: 'set-mitigation'; id: string; on: boolean }
  /** show a wave (null = the end), playing from there or not */
  | { type: 'show-wave'; step: number | null; playing: boolean }
  | { type: 'set-speed'; speed: number }
  | { type: 'set-compare'; on: boolean }
  | { type: 'set-view'; view: 'graph' | 'table' }
  | { type: 'set-show-unreported'; on: boolean }
  | { type: 'dismiss-notices' }
  /** something the reader must know that changed nothing (a preset that failed to load) */
  | { type: 'notify'; notice: string }
  /** go back before the last edit to the scenario, or forward again */
  | { type: 'undo' }
  | { type: 'redo' }
  /** what a shared link restored, with a notice for everything it could not use */
  | { type: 'restore-link'; custom: SimScenario | null; presetId: string; failed: string[]; mitigations: string[]; step: number | null; notices: string[] };

export function initialState(preset: SimScenario, failed?: readonly string[]): SimulatorState {
  return {
    custom: null,
    presetId: preset.id,
    failed: [...(failed ?? preset.trigger?.seeds ?? [])],
    mitigations: [],
    // Wave 0: the trigger marked and nothing else yet, so Play is the obvious first action (issue 13).
    step: 0,
    playing: false,
    speed: 1000,
    compare: false,
    view: 'graph',
    showUnreported: true,
    notices: [],
    resetKey: 0,
    history: emptyHistory(),
  };
}

const snapshotOf = ({ custom, presetId, failed, mitigations }: SimulatorState): ScenarioSnapshot => ({ custom, presetId, failed, mitigations });

/** Back (or forward) to a remembered scenario, with its failures and mitigations, from wave 0. */
function showSnapshot(state: SimulatorState, step: { show: ScenarioSnapshot; history: History<ScenarioSnapshot> } | null): SimulatorState {
  if (!step) return state;
  return { ...state, ...step.show, history: step.history, step: 0, playing: false, notices: [], resetKey: state.resetKey + 1 };
}

/** A new scenario on screen: its real trigger failed, no mitigations, wave 0 shown (Play is next). */
function showScenario(state: SimulatorState, scenario: SimScenario, notices: string[]): SimulatorState {
  return { ...state, failed: [...(scenario.trigger?.seeds ?? [])], mitigations: [], step: 0, playing: false, notices, resetKey: state.resetKey + 1 };
}

export function simulatorReducer(state: SimulatorState, action: SimulatorAction): SimulatorState {
  switch (action.type) {
    case 'choose-preset':
      return showScenario({ ...state, custom: null, presetId: action.preset.id, history: record(state.history, snapshotOf(state)) }, action.preset, []);
    case 'load-own':
      return showScenario({ ...state, custom: action.scenario, history: record(state.history, snapshotOf(state)) }, action.scenario, action.notice ? [action.notice] : []);
    case 'undo':
      return showSnapshot(state, undo(state.history, snapshotOf(state)));
    case 'redo':
      return showSnapshot(state, redo(state.history, snapshotOf(state)));
    case 'toggle-failed': {
      const failed = state.failed.includes(action.id) ? state.failed.filter((x) => x !== action.id) : [...state.failed, action.id];
      return { ...state, failed, step: 0, playing: true };
    }
    case 'fail-only':
      return { ...state, failed: [action.id], step: 0, playing: true };
    case 'restore-all':
      return { ...state, failed: [], step: null, playing: false };
    case 'set-mitigation': {
      const others = state.mitigations.filter((x) => x !== action.id);
      return { ...state, mitigations: action.on ? [...others, action.id] : others, step: null };
    }
    case 'show-wave':
      return { ...state, step: action.step, playing: action.playing };
    case 'set-speed':
      return { ...state, speed: action.speed };
    case 'set-compare':
      return { ...state, compare: action.on };
    case 'set-view':
      return { ...state, view: action.view };
    case 'set-show-unreported':
      return { ...state, showUnreported: action.on };
    case 'dismiss-notices':
      return { ...state, notices: [] };
    case 'notify':
      return { ...state, notices: [...state.notices, action.notice] };
    case 'restore-link':
      return { ...state, custom: action.custom, presetId: action.presetId, failed: action.failed, mitigations: action.mitigations, step: action.step, notices: action.notices };
  }
}
