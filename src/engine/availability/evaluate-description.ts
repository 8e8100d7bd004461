/**
 * `evaluate(system, options)`: validate anything (read-system.ts, no schema library), compile it, pick
 * the method, and assemble everything the calculator shows. `evaluateDescription` is the same function
 * for callers that already hold a typed description: it validates just as fully, so a description built
 * in code cannot slip an availability of 1.5 or k = 0 past the checks.
 */
import { compileSystem, type CompiledSystem } from './compile.ts';
import { expectedDowntime, ninesOf, type Downtime, type TimeConvention } from './downtime.ts';
import { fieldError } from './errors.ts';
import { errorBudget, SRE_WORKBOOK_BURN_RATE_WINDOWS, type BurnRateWindow, type ErrorBudget } from './error-budget.ts';
import { createExactEvaluator, planExact, type ExactPlan } from './exact.ts';
import { computeImportance, type ImportanceEntry } from './importance.ts';
import { plainTrialWork, runConditionalMonteCarlo, runPlainMonteCarlo, type MonteCarloEstimator, type MonteCarloResult } from './monte-carlo.ts';
import { checkEvaluateOptions, checkMonteCarloOptions } from './options.ts';
import { parseSystem } from './read-system.ts';
import type { SystemDescription } from './types.ts';

export { checkMonteCarloOptions };

export interface MonteCarloOptions {
  /**
   * Plain: trials (default: as many as fit in about a tenth of a second of work, from 10,000 to
   * 1,000,000). Conditional: samples of the domain states not enumerated exactly (default 20,000, fewer
   * when each costs much).
   */
  trials?: number;
  /** Default 1. A whole number below 2^53 in size, or a string. Equal seeds give equal results. */
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
  /**
   * Budget of the exact method in elementary steps; also the budget of the conditional estimator's
   * exact enumeration. Default 2^27 (about a quarter of a second: `npm run bench` measures it).
   */
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
  /**
   * What `unavailability` is: 'exact'; an 'estimate' (Monte Carlo, see unavailabilityInterval); or an
   * 'upper-bound' when Monte Carlo saw no failure at all: the system is down at most this much of the
   * time (99% confidence), and nines and downtime are "at least" and "at most" figures.
   */
  estimate: 'exact' | 'estimate' | 'upper-bound';
  /** 99% confidence interval of the unavailability ([q, q] when exact). */
  unavailabilityInterval: [number, number];
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

const DEFAULT_MAX_EXACT_WORK = 2 ** 27;
const DEFAULT_MAX_IMPORTANCE_WORK = 2 ** 26;
/** Work of the default number of plain trials: about a tenth of a second (npm run bench). */
const PLAIN_WORK = 2 ** 25;
const CONDITIONAL_SAMPLES = 20_000;

/** The two halves as one pair that sums to 1: the smaller one as computed, the larger as its complement. */
function normalise(a: number, q: number): [number, number] {
  return q <= 0.5 ? [1 - q, q] : [a, 1 - a];
}

export function runMonteCarlo(sys: CompiledSystem, plan: ExactPlan, options: MonteCarloOptions, enumerationWork = DEFAULT_MAX_EXACT_WORK): MonteCarloResult {
  const seed = options.seed ?? 1;
  const estimator: MonteCarloEstimator = sys.thresholdsTractable ? (options.estimator ?? 'conditional') : 'plain';
  if (estimator === 'conditional') {
    const trials = options.trials ?? Math.max(1_000, Math.min(CONDITIONAL_SAMPLES, Math.floor(enumerationWork / Math.max(1, plan.sampledWork))));
    return runConditionalMonteCarlo(sys, plan, createExactEvaluator(sys, plan), { trials, seed, enumerationWork });
  }
  const trials = options.trials ?? Math.max(10_000, Math.min(1_000_000, Math.floor(PLAIN_WORK / plainTrialWork(sys))));
  return runPlainMonteCarlo(sys, trials, seed);
}

/** Validate anything (description and options) and evaluate it. */
export function evaluate(system: unknown, options: unknown = {}): AvailabilityResult {
  const checked = checkEvaluateOptions(options);
  return evaluateValid(parseSystem(system), checked);
}

/** The same as `evaluate`, typed for callers that build a description in code; it validates as fully. */
export function evaluateDescription(description: SystemDescription, options: EvaluateOptions = {}): AvailabilityResult {
  return evaluate(description, options);
}

function evaluateValid(description: SystemDescription, options: EvaluateOptions): AvailabilityResult {
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
  let interval: [number, number];
  let estimate: AvailabilityResult['estimate'] = 'exact';
  let monteCarlo: MonteCarloResult | null = null;
  let methodNote: string;
  let importance: ImportanceEntry[] | null = null;
  let importanceNote: string | null = null;
  const conditioned = `${plan.conditioned} shared domain${plan.conditioned === 1 ? '' : 's'}`;

  if (useExact) {
    const evaluator = createExactEvaluator(sys, plan);
    [availability, unavailability] = normalise(...evaluator.run());
    interval = [unavailability, unavailability];
    // Readers want what was done, not a step count (which reads oddly when small: "about 1 steps").
    methodNote =
      plan.conditioned === 0
        ? 'exact: no failure domain is shared by two parts, so the parts are independent and combine directly'
        : `exact: the answer in each up-or-down state of ${plan.conditioned === 1 ? 'the one shared domain' : `the ${conditioned}`}, weighted by the state's probability and added up`;
    if (options.crossCheck) monteCarlo = runMonteCarlo(sys, plan, options.monteCarlo ?? {}, maxWork);
    if (options.importance ?? true) {
      const elements = sys.componentCount + sys.domainCount;
      const importanceWork = 2 * elements * plan.work;
      if (importanceWork <= (options.maxImportanceWork ?? DEFAULT_MAX_IMPORTANCE_WORK)) {
        importance = computeImportance(sys, plan, evaluator, unavailability);
      } else importanceNote = `skipped: it would take about ${formatWork(importanceWork)} steps`;
    } else importanceNote = 'not requested';
  } else {
    monteCarlo = runMonteCarlo(sys, plan, options.monteCarlo ?? {}, maxWork);
    interval = monteCarlo.unavailabilityInterval;
    const why =
      method === 'monte-carlo'
        ? 'requested'
        : tractable
          ? `the exact method would take about ${formatWork(plan.work)} steps (limit ${formatWork(maxWork)})`
          : 'a weighted threshold block has too many distinct partial sums for the exact method';
    if (monteCarlo.enumerated?.remainingProbability === 0) {
      estimate = 'exact'; // the conditional estimator enumerated every state
      [availability, unavailability] = normalise(monteCarlo.availability, monteCarlo.unavailability);
    } else if (monteCarlo.unavailability > 0) {
      estimate = 'estimate';
      availability = monteCarlo.availability;
      unavailability = monteCarlo.unavailability;
    } else {
      // No failure seen: report what the sample supports, an upper bound, never "no downtime".
      estimate = 'upper-bound';
      unavailability = interval[1];
      availability = 1 - unavailability;
    }
    methodNote = `Monte Carlo (${describeRun(monteCarlo)}, 99% interval given): ${why}`;
    if (estimate === 'upper-bound') methodNote += `; no failure was seen, so the unavailability is given as its 99% upper bound`;
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
    estimate,
    unavailabilityInterval: interval,
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

function describeRun(run: MonteCarloResult): string {
  const samples = `${run.trials.toLocaleString('en')} ${run.estimator === 'plain' ? 'trials' : 'samples'}, seed ${JSON.stringify(run.seed)}`;
  if (run.enumerated === null) return `plain estimator, ${samples}`;
  const e = run.enumerated;
  const exactPart = `every state of the ${e.domains} shared domain${e.domains === 1 ? '' : 's'} with at most ${e.maxFailedDomains} failed enumerated exactly (${e.states.toLocaleString('en')} state${e.states === 1 ? '' : 's'})`;
  if (e.remainingProbability === 0) return `conditional estimator: ${exactPart}, which is every state`;
  return `conditional estimator: ${exactPart}, the other states (probability ${e.remainingProbability.toPrecision(2)}) sampled, ${samples}`;
}

function formatWork(work: number): string {
  if (!Number.isFinite(work)) return 'unbounded';
  return work < 1e4 ? String(Math.round(work)) : work.toExponential(1);
}
