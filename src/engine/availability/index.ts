/**
 * The availability model of Contagion Atlas: the redundancy calculator's engine. Pure TypeScript, no DOM
 * and no Node-only APIs, so it runs in the browser, a web worker, Node and the build. See README.md.
 */
export type {
  Block,
  BlockType,
  ComponentBlock,
  DomainKind,
  FailureDomain,
  KOfNBlock,
  ProbabilityFields,
  SeriesBlock,
  SystemDescription,
  ThresholdBlock,
  ThresholdComparison,
} from './types.ts';
export { blockSchema, checkSystem, domainSchema, parseSystem, systemSchema, validateSystem } from './schema.ts';
export { AvailabilityError, formatPath, type AvailabilityIssue, type ErrorPath } from './errors.ts';
export { evaluate, evaluateDescription, monteCarloAvailability, type AvailabilityResult, type EvaluateOptions, type IndependentAnswer, type MonteCarloOptions } from './evaluate.ts';
export type { MonteCarloEstimator, MonteCarloResult } from './monte-carlo.ts';
export type { ImportanceEntry } from './importance.ts';
export type { ElementInfo, ElementKind } from './compile.ts';
export { expectedDowntime, ninesOf, TIME_CONVENTIONS, type Downtime, type TimeConvention, type TimeConventionInfo } from './downtime.ts';
export { errorBudget, SRE_WORKBOOK_BURN_RATE_WINDOWS, type BurnRateAlert, type BurnRateWindow, type ErrorBudget } from './error-budget.ts';
export { complement } from './probability.ts';
export { availabilityPercent } from './format.ts';
export { PRESET_GROUPS, type PresetGroup, type PresetStrategy } from './presets.ts';
