/**
 * `evaluateDescription(description, options)`: compile a description that is already typed, pick the
 * method, and assemble everything the calculator shows. It runs the whole-description checks
 * (check-system.ts) but not the schema, so it needs no zod: the calculator builds descriptions from
 * fields it has parsed itself, and keeps zod for untrusted input (evaluate.ts, URL state).
 */
import { compileSystem, type CompiledSystem } from './compile.ts';
import { expectedDowntime, ninesOf, type Downtime, type TimeConvention } from './downtime.ts';
import { checkSystem } from './check-system.ts';
import { AvailabilityError, fieldError } from './errors.ts';
import { errorBudget, SRE_WORKBOOK_BURN_RATE_WINDOWS, type BurnRateWindow, type ErrorBudget } from './error-budget.ts';
import { createExactEvaluator, planExact, type ExactPlan } from './exact.ts';
import { computeImportance, type ImportanceEntry } from './importance.ts';
import { runConditionalMonteCarlo, runPlainMonteCarlo, type MonteCarloEstimator, type MonteCarloResult } from './monte-carlo.ts';
import type { SystemDescription } from './types.ts';

export interface MonteCarloOptions {
  /** Default 1,000,000 for the plain estimator and 100,000 for the conditional one. */
  trials?: number;
  /** Default 1. Equal seeds give equal results. */
  seed?: number | string;
  /** Default 'conditional' when the model allows it (see monte-carlo.ts), else 'plain'. */
  estimator?: MonteCarloEstimator;
}

export interface EvaluateOptions {
  /** Length of a year and a month for downtime figures. Default 'calendar' (365-day year, 30-day month). */
  timeConvention?: TimeConvention;
  /** Availability target for the error budget, in (0, 1), e.g. 0.999. No error budget without it. */
  slo?: number;
  /** SLO window for the error budget, in days. Default 30 (as in the SRE Workbook). */
  sloWindowDays?: number;
  /** Burn-rate alerts to report. Default: the SRE Workbook's 1 h / 6 h / 3 d starting points. */
  burnRateWindows?: readonly BurnRateWindow[];
  /** 'auto' (default) is exact when the estimated work is at most maxExactWork, else Monte Carlo. */
  method?: 'auto' | 'exact' | 'monte-carlo';
  /** Budget of the exact method in elementary steps. Default 2^24 (tens of milliseconds). */
  maxExactWork?: number;
  /** Monte Carlo settings, for the fallback and for crossCheck. */
  monteCarlo?: MonteCarloOptions;
  /** Also run Monte Carlo when the exact answer is shown, to display both. Default false. */
  crossCheck?: boolean;
  /** Compute importance measures (exact method only). Default true. */
  importance?: boolean;
  /** Skip importance when it would take more than this many steps. Default 2^26. */
  maxImportanceWork?: number;
}

export interface IndependentAnswer {
  availability: number;
  unavailability: number;
  nines: number;
  downtime: Downtime;
}

export interface AvailabilityResult {
  /** Which method produced `availability` and `unavailability`. */
  method: 'exact' | 'monte-carlo';
  /** Why that method, in words, for the UI. */
  methodNote: string;
  availability: number;
  /** Reported separately because it keeps precision where availability rounds to 1. */
  unavailability: number;
  /** -log10(unavailability); Infinity when it never fails. */
  nines: number;
  downtime: Downtime;
  /** The Monte Carlo estimate: the shown answer when method is 'monte-carlo', the cross-check otherwise. */
  monteCarlo: MonteCarloResult | null;
  /** Estimated elementary steps of one exact evaluation. */
  exactWork: number;
  /**
   * The naive answer of calculators that multiply SLAs: every component keeps exactly the same
   * availability (its own times its domains'), but failures are treated as independent, as if each
   * component had a private copy of every domain. Null only when a huge weighted threshold block rules
   * out exact evaluation.
   */
  independent: IndependentAnswer | null;
  /** How much worse the honest answer is: unavailability / independent unavailability, and extra downtime a year. */
  correlation: { unavailabilityRatio: number; extraDowntimePerYearSeconds: number } | null;
  errorBudget: ErrorBudget | null;
  /** Sorted by gainIfPerfect, biggest first; null under Monte Carlo or when skipped (see importanceNote). */
  importance: ImportanceEntry[] | null;
  importanceNote: string | null;
  /** importance[0], the single improvement that removes the most unavailability. */
  bestImprovement: ImportanceEntry | null;
  counts: { components: number; blocks: number; domains: number; conditionedDomains: number; commonCauseGroups: number };
}

const DEFAULT_MAX_EXACT_WORK = 2 ** 24;
const DEFAULT_MAX_IMPORTANCE_WORK = 2 ** 26;

function checkOptions(options: EvaluateOptions): void {
  const { slo, sloWindowDays, method, maxExactWork, timeConvention } = options;
  if (slo !== undefined && !(slo > 0 && slo < 1)) throw fieldError(['options', 'slo'], `slo must be a number between 0 and 1 (exclusive), got ${slo}`);
  if (sloWindowDays !== undefined && !(sloWindowDays > 0 && Number.isFinite(sloWindowDays))) throw fieldError(['options', 'sloWindowDays'], `sloWindowDays must be a positive number, got ${sloWindowDays}`);
  if (method !== undefined && !['auto', 'exact', 'monte-carlo'].includes(method)) throw fieldError(['options', 'method'], `method must be "auto", "exact" or "monte-carlo", got ${JSON.stringify(method)}`);
  if (maxExactWork !== undefined && !(maxExactWork > 0)) throw fieldError(['options', 'maxExactWork'], `maxExactWork must be a positive number, got ${maxExactWork}`);
  if (timeConvention !== undefined && timeConvention !== 'calendar' && timeConvention !== 'gregorian') throw fieldError(['options', 'timeConvention'], `timeConvention must be "calendar" or "gregorian", got ${JSON.stringify(timeConvention)}`);
  (options.burnRateWindows ?? []).forEach((w, i) => {
    if (!(w.longWindowHours > 0) || !(w.budgetConsumed > 0)) throw fieldError(['options', 'burnRateWindows', i], 'a burn-rate window needs a positive longWindowHours and budgetConsumed');
  });
}

export function checkMonteCarloOptions(options: MonteCarloOptions, path: readonly (string | number)[]): void {
  const { trials, seed, estimator } = options;
  if (trials !== undefined && !(Number.isInteger(trials) && trials >= 1 && trials <= 1e9)) throw fieldError([...path, 'trials'], `trials must be a whole number from 1 to 1e9, got ${trials}`);
  if (seed !== undefined && typeof seed !== 'string' && !(typeof seed === 'number' && Number.isFinite(seed))) throw fieldError([...path, 'seed'], `seed must be a finite number or a string, got ${String(seed)}`);
  if (estimator !== undefined && estimator !== 'plain' && estimator !== 'conditional') throw fieldError([...path, 'estimator'], `estimator must be "plain" or "conditional", got ${JSON.stringify(estimator)}`);
}

/** The two halves as one pair that sums to 1: the smaller one as computed, the larger as its complement. */
function normalise(a: number, q: number): [number, number] {
  return q <= 0.5 ? [1 - q, q] : [a, 1 - a];
}

export function runMonteCarlo(sys: CompiledSystem, plan: ExactPlan, options: MonteCarloOptions): MonteCarloResult {
  const seed = options.seed ?? 1;
  const estimator: MonteCarloEstimator = sys.thresholdsTractable ? (options.estimator ?? 'conditional') : 'plain';
  if (estimator === 'conditional') {
    return runConditionalMonteCarlo(sys, plan, createExactEvaluator(sys, plan), options.trials ?? 100_000, seed);
  }
  return runPlainMonteCarlo(sys, options.trials ?? 1_000_000, seed);
}

export function evaluateDescription(description: SystemDescription, options: EvaluateOptions = {}): AvailabilityResult {
  checkOptions(options);
  checkMonteCarloOptions(options.monteCarlo ?? {}, ['options', 'monteCarlo']);
  const issues = checkSystem(description);
  if (issues.length > 0) throw new AvailabilityError(issues);
  const sys = compileSystem(description);
  const plan = planExact(sys);
  const convention = options.timeConvention ?? 'calendar';
  const maxWork = options.maxExactWork ?? DEFAULT_MAX_EXACT_WORK;
  const method = options.method ?? 'auto';
  const tractable = sys.thresholdsTractable && Number.isFinite(plan.work);
  if (method === 'exact' && !tractable) {
    throw fieldError(['options', 'method'], 'the exact method cannot handle this model: a weighted threshold block has too many distinct partial sums');
  }
  const useExact = method === 'exact' || (method === 'auto' && tractable && plan.work <= maxWork);

  let availability: number;
  let unavailability: number;
  let monteCarlo: MonteCarloResult | null = null;
  let methodNote: string;
  let importance: ImportanceEntry[] | null = null;
  let importanceNote: string | null = null;
  const conditioned = `${plan.conditioned} shared domain${plan.conditioned === 1 ? '' : 's'}`;

  if (useExact) {
    const evaluator = createExactEvaluator(sys, plan);
    [availability, unavailability] = normalise(...evaluator.run());
    methodNote = `exact: conditioned on the states of ${conditioned} (about ${formatWork(plan.work)} steps)`;
    if (options.crossCheck) monteCarlo = runMonteCarlo(sys, plan, options.monteCarlo ?? {});
    if (options.importance ?? true) {
      const elements = sys.componentCount + sys.domainCount;
      const importanceWork = 2 * elements * plan.work;
      if (importanceWork <= (options.maxImportanceWork ?? DEFAULT_MAX_IMPORTANCE_WORK)) {
        importance = computeImportance(sys, plan, evaluator, unavailability);
      } else importanceNote = `skipped: it would take about ${formatWork(importanceWork)} steps`;
    } else importanceNote = 'not requested';
  } else {
    monteCarlo = runMonteCarlo(sys, plan, options.monteCarlo ?? {});
    availability = monteCarlo.availability;
    unavailability = monteCarlo.unavailability;
    const why =
      method === 'monte-carlo'
        ? 'requested'
        : tractable
          ? `the exact method would take about ${formatWork(plan.work)} steps (limit ${formatWork(maxWork)})`
          : 'a weighted threshold block has too many distinct partial sums for the exact method';
    methodNote = `Monte Carlo (${monteCarlo.estimator} estimator, ${monteCarlo.trials.toLocaleString('en')} trials, seed ${JSON.stringify(monteCarlo.seed)}, 99% interval given): ${why}`;
    importanceNote = 'not available under Monte Carlo';
  }

  let independent: IndependentAnswer | null = null;
  if (sys.thresholdsTractable) {
    const naivePlan = planExact(sys, { independent: true });
    const [a, q] = normalise(...createExactEvaluator(sys, naivePlan).run());
    independent = { availability: a, unavailability: q, nines: ninesOf(q), downtime: expectedDowntime(q, convention) };
  }
  const downtime = expectedDowntime(unavailability, convention);
  const correlation = independent
    ? {
        unavailabilityRatio: independent.unavailability > 0 ? unavailability / independent.unavailability : unavailability > 0 ? Infinity : 1,
        extraDowntimePerYearSeconds: downtime.perYearSeconds - independent.downtime.perYearSeconds,
      }
    : null;

  return {
    method: useExact ? 'exact' : 'monte-carlo',
    methodNote,
    availability,
    unavailability,
    nines: ninesOf(unavailability),
    downtime,
    monteCarlo,
    exactWork: plan.work,
    independent,
    correlation,
    errorBudget: options.slo === undefined ? null : errorBudget(unavailability, options.slo, options.sloWindowDays ?? 30, options.burnRateWindows ?? SRE_WORKBOOK_BURN_RATE_WINDOWS),
    importance,
    importanceNote,
    bestImprovement: importance?.[0] ?? null,
    counts: {
      components: sys.componentCount,
      blocks: sys.nodeCount - sys.componentCount,
      domains: sys.domains.filter((d) => d.kind === 'domain').length,
      conditionedDomains: plan.conditioned,
      commonCauseGroups: sys.domains.filter((d) => d.kind === 'common-cause').length,
    },
  };
}

function formatWork(work: number): string {
  if (!Number.isFinite(work)) return 'unbounded';
  return work < 1e4 ? String(Math.round(work)) : work.toExponential(1);
}
