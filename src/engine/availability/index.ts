/**
 * The availability model of Contagion Atlas, the redundancy calculator's engine: the core entry.
 * Pure TypeScript with no DOM, no Node-only APIs and no zod anywhere in its import graph (a unit test
 * checks), so the calculator ships it without a schema library. The zod schemas of a system description
 * and the functions that validate untrusted input with them are in the schema entry, `./schema.ts`.
 * See README.md.
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
export { checkSystem } from './check-system.ts';
export { MAX_BLOCK_DEPTH, MAX_BLOCKS, MAX_DOMAIN_DEPTH, MAX_DOMAINS, parseSystem, validateSystem } from './read-system.ts';
export { AvailabilityError, formatPath, type AvailabilityIssue, type ErrorPath } from './errors.ts';
export { evaluate, evaluateDescription, type AvailabilityResult, type EvaluateOptions, type IndependentAnswer, type MonteCarloOptions } from './evaluate-description.ts';
export { monteCarloAvailability } from './monte-carlo-availability.ts';
export type { EnumeratedPart, MonteCarloEstimator, MonteCarloResult } from './monte-carlo.ts';
export type { ImportanceEntry } from './importance.ts';
export type { ElementInfo, ElementKind } from './compile.ts';
export { DOWNTIME_PERIODS, expectedDowntime, ninesOf, periodSeconds, TIME_CONVENTIONS, unavailabilityFromDowntime, type Downtime, type DowntimePeriod, type TimeConvention, type TimeConventionInfo } from './downtime.ts';
export { errorBudget, SRE_WORKBOOK_BURN_RATE_WINDOWS, type BurnRateAlert, type BurnRateWindow, type ErrorBudget } from './error-budget.ts';
export { workingOf, type Prob, type BlockWorking, type CaseWorking, type PartWorking, type Working, type WorkingFactor, type WorkingOptions } from './working.ts';
export { complement } from './probability.ts';
export { availabilityPercent } from './format.ts';
