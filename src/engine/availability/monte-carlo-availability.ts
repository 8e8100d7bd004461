/**
 * `monteCarloAvailability(system, options)`: seeded Monte Carlo on its own, for the cross-check. It
 * validates anything (description and options) before running.
 */
import { compileSystem } from './compile.ts';
import { runMonteCarlo } from './evaluate-description.ts';
import { planExact } from './exact.ts';
import type { MonteCarloResult } from './monte-carlo.ts';
import { checkMonteCarloOptions } from './options.ts';
import { parseSystem } from './read-system.ts';

/** `estimator` defaults to 'plain' here: it shares nothing with the exact method but the compiled structure. */
export function monteCarloAvailability(system: unknown, options: unknown): MonteCarloResult {
  const checked = checkMonteCarloOptions(options, ['options']);
  const sys = compileSystem(parseSystem(system));
  return runMonteCarlo(sys, planExact(sys), { ...checked, estimator: checked.estimator ?? 'plain' });
}
