/** The shapes of the editable draft (draft.ts): the engine's description with numbers as typed text. */
import type { Block, DomainKind, ThresholdComparison } from '../../engine/availability/index.ts';

export type { Block };
export type ProbabilityMode = 'availability' | 'unavailability' | 'mtbf';
export type ComparisonKind = ThresholdComparison;

export interface DraftProbability {
  mode: ProbabilityMode;
  /** the availability or unavailability as typed */
  value: string;
  mtbf: string;
  mttr: string;
}

interface Named {
  id?: string;
  label?: string;
  note?: string;
}

export interface DraftComponent extends Named {
  type: 'component';
  probability: DraftProbability;
  domains: string[];
}
export interface DraftSeries extends Named {
  type: 'series';
  parts: DraftBlock[];
}
export interface DraftKOfN extends Named {
  type: 'k-of-n';
  k: string;
  /** beta factor as typed; empty or absent = no common cause */
  beta?: string;
  parts: DraftBlock[];
}
export interface DraftThreshold extends Named {
  type: 'threshold';
  share: string;
  comparison: ThresholdComparison;
  weights: string[];
  /** beta factor as typed; empty or absent = no common cause */
  beta?: string;
  parts: DraftBlock[];
}
export type DraftBlock = DraftComponent | DraftSeries | DraftKOfN | DraftThreshold;

export interface DraftDomain {
  id: string;
  label?: string;
  kind?: DomainKind;
  parent?: string;
  note?: string;
  probability: DraftProbability;
}

export interface DraftSystem {
  label?: string;
  note?: string;
  domains: DraftDomain[];
  root: DraftBlock;
}
