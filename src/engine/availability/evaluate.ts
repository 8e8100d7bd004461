/**
 * `evaluate(system, options)`: validate anything with the schema (zod), then evaluate it
 * (evaluate-description.ts). See README.md for the model and the numerical approach.
 */
import { compileSystem } from './compile.ts';
import { checkMonteCarloOptions, evaluateDescription, runMonteCarlo, type AvailabilityResult, type EvaluateOptions } from './evaluate-description.ts';
import { planExact } from './exact.ts';
import { runPlainMonteCarlo, type MonteCarloEstimator, type MonteCarloResult } from './monte-carlo.ts';
import { parseSystem } from './system-schema.ts';

export { evaluateDescription };
export type { AvailabilityResult, EvaluateOptions, IndependentAnswer, MonteCarloOptions } from './evaluate-description.ts';

export function evaluate(system: unknown, options: EvaluateOptions = {}): AvailabilityResult {
  return evaluateDescription(parseSystem(system), options);
}

/**
 * Seeded Monte Carlo on its own, for the cross-check: `estimator` defaults to 'plain' here (it shares
 * nothing with the exact method but the compiled structure).
 */
export function monteCarloAvailability(system: unknown, options: { trials: number; seed: number | string; estimator?: MonteCarloEstimator }): MonteCarloResult {
  checkMonteCarloOptions(options, ['options']);
  const sys = compileSystem(parseSystem(system));
  if ((options.estimator ?? 'plain') === 'plain') return runPlainMonteCarlo(sys, options.trials, options.seed);
  return runMonteCarlo(sys, planExact(sys), options);
}
