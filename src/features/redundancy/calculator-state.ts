/**
 * What the reader has chosen in the redundancy calculator, and every way it can change, as one reducer:
 * the question (preset group), each strategy's draft as typed, which strategies are edited, the last
 * valid system of each (shown, marked stale, while a field is wrong), the time convention and the SLO
 * as typed with its last valid value. Pure: the answers are computed from this state (evaluate-draft.ts),
 * never stored in it.
 */
import { validateSystem, type SystemDescription, type TimeConvention } from '../../engine/availability/index.ts';
import type { PresetGroup } from '../../lib/preset-schema.ts';
import { parseSlo } from './calculator-fields.ts';
import { fromDraft, toDraft, type DraftSystem } from './draft.ts';

export const DEFAULT_SLO = 0.999;

export interface CalculatorState {
  groupId: string;
  drafts: Record<string, DraftSystem>;
  edited: ReadonlySet<string>;
  /** the last system of each strategy that passed the engine's checks */
  lastGood: Record<string, SystemDescription>;
  convention: TimeConvention;
  slo: { text: string; value: number };
  notices: string[];
  /** the link's state has been read (or there is none to read: an embed) */
  restored: boolean;
}

export type CalculatorAction =
  | { type: 'choose-group'; group: PresetGroup }
  | { type: 'edit'; strategy: string; draft: DraftSystem }
  | { type: 'reset'; strategy: string; group: PresetGroup }
  | { type: 'set-convention'; convention: TimeConvention }
  | { type: 'type-slo'; text: string }
  | { type: 'dismiss-notices' }
  /** what a shared link restored, with a notice for everything it could not use */
  | { type: 'restore-link'; group: PresetGroup; edits: ReadonlyMap<string, SystemDescription>; convention?: TimeConvention; sloText?: string; notices: string[] };

const presetDrafts = (group: PresetGroup): Record<string, DraftSystem> => Object.fromEntries(group.strategies.map((s) => [s.id, toDraft(s.system)]));
const presetSystems = (group: PresetGroup): Record<string, SystemDescription> => Object.fromEntries(group.strategies.map((s) => [s.id, s.system]));

/** The system a draft describes when every field reads and the engine accepts it, else null. */
function goodSystem(draft: DraftSystem): SystemDescription | null {
  const { system } = fromDraft(draft);
  return system && validateSystem(system).length === 0 ? system : null;
}

/** The SLO field as typed, and the last target it read as (kept while the text does not read). */
function typeSlo(previous: number, text: string): CalculatorState['slo'] {
  const parsed = parseSlo(text);
  return { text, value: parsed.ok ? parsed.value : previous };
}

export function initialState(group: PresetGroup, embedded: boolean): CalculatorState {
  return {
    groupId: group.id,
    drafts: presetDrafts(group),
    edited: new Set(),
    lastGood: presetSystems(group),
    convention: 'calendar',
    slo: { text: '99.9%', value: DEFAULT_SLO },
    notices: [],
    restored: embedded,
  };
}

export function calculatorReducer(state: CalculatorState, action: CalculatorAction): CalculatorState {
  switch (action.type) {
    case 'choose-group':
      return { ...state, groupId: action.group.id, drafts: presetDrafts(action.group), edited: new Set(), lastGood: presetSystems(action.group) };
    case 'edit': {
      const good = goodSystem(action.draft);
      return {
        ...state,
        drafts: { ...state.drafts, [action.strategy]: action.draft },
        edited: new Set([...state.edited, action.strategy]),
        lastGood: good ? { ...state.lastGood, [action.strategy]: good } : state.lastGood,
      };
    }
    case 'reset': {
      const preset = action.group.strategies.find((s) => s.id === action.strategy);
      if (!preset) return state;
      return {
        ...state,
        drafts: { ...state.drafts, [preset.id]: toDraft(preset.system) },
        edited: new Set([...state.edited].filter((x) => x !== preset.id)),
        lastGood: { ...state.lastGood, [preset.id]: preset.system },
      };
    }
    case 'set-convention':
      return { ...state, convention: action.convention };
    case 'type-slo':
      return { ...state, slo: typeSlo(state.slo.value, action.text) };
    case 'dismiss-notices':
      return { ...state, notices: [] };
    case 'restore-link': {
      const drafts = presetDrafts(action.group);
      const lastGood = presetSystems(action.group);
      for (const [id, system] of action.edits) {
        drafts[id] = toDraft(system);
        lastGood[id] = system;
      }
      return {
        ...state,
        groupId: action.group.id,
        drafts,
        edited: new Set(action.edits.keys()),
        lastGood,
        convention: action.convention ?? state.convention,
        slo: action.sloText === undefined ? state.slo : typeSlo(state.slo.value, action.sloText),
        notices: action.notices,
        restored: true,
      };
    }
  }
}
