/**
 * The options of `evaluate` and `monteCarloAvailability`, validated like the description itself: an
 * AvailabilityError whose issue names the option (`options.slo: slo must be a number between 0 and 1
 * (exclusive), got "0.99"`), for wrong types (a string for a number, "yes" for true), NaN, out-of-range
 * values and unknown option names alike.
 */
import { fieldError, type ErrorPath } from './errors.ts';
import { shown } from '../issues.ts';
import { isSeed, SEED_RULE } from '../random.ts';
import type { EvaluateOptions, MonteCarloOptions } from './evaluate-description.ts';

const EVALUATE_KEYS = ['timeConvention', 'slo', 'sloWindowDays', 'burnRateWindows', 'method', 'maxExactWork', 'monteCarlo', 'crossCheck', 'importance', 'maxImportanceWork'];
const MONTE_CARLO_KEYS = ['trials', 'seed', 'estimator'];
const WINDOW_KEYS = ['severity', 'longWindowHours', 'shortWindowMinutes', 'budgetConsumed'];

export const MAX_TRIALS = 1e9;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectOf(value: unknown, path: ErrorPath, example: string): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) throw fieldError(path, `${String(path[path.length - 1])} must be an object such as ${example}, got ${shown(value)}`);
  return value;
}

function noUnknownKeys(value: Readonly<Record<string, unknown>>, allowed: readonly string[], path: ErrorPath): void {
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw fieldError([...path, unknown[0]!], `unknown option ${JSON.stringify(unknown[0])} (known: ${allowed.join(', ')})`);
}

function check(value: Readonly<Record<string, unknown>>, key: string, path: ErrorPath, what: string, ok: (v: unknown) => boolean): void {
  const v = value[key];
  if (v !== undefined && !ok(v)) throw fieldError([...path, key], `${key} must be ${what}, got ${shown(v)}`);
}

const isNumber = (v: unknown): v is number => typeof v === 'number';
const positiveFinite = (v: unknown): boolean => isNumber(v) && v > 0 && Number.isFinite(v);
const oneOf = (...values: readonly unknown[]) => (v: unknown) => values.includes(v);

export function checkMonteCarloOptions(options: unknown, path: ErrorPath): MonteCarloOptions {
  const value = objectOf(options, path, '{ trials: 100000, seed: 1 }');
  noUnknownKeys(value, MONTE_CARLO_KEYS, path);
  check(value, 'trials', path, `a whole number from 1 to ${MAX_TRIALS.toExponential(0).replace('+', '')}`, (v) => isNumber(v) && Number.isInteger(v) && v >= 1 && v <= MAX_TRIALS);
  check(value, 'seed', path, SEED_RULE, isSeed);
  check(value, 'estimator', path, '"plain" or "conditional"', oneOf('plain', 'conditional'));
  return value as MonteCarloOptions;
}

export function checkEvaluateOptions(options: unknown): EvaluateOptions {
  const path = ['options'];
  const value = objectOf(options, path, "{ timeConvention: 'calendar' }");
  noUnknownKeys(value, EVALUATE_KEYS, path);
  check(value, 'timeConvention', path, '"calendar" or "gregorian"', oneOf('calendar', 'gregorian'));
  check(value, 'slo', path, 'a number between 0 and 1 (exclusive)', (v) => isNumber(v) && v > 0 && v < 1);
  check(value, 'sloWindowDays', path, 'a number of days from 1 minute to 100 years', (v) => isNumber(v) && v >= 1 / 1440 && v <= 36525);
  check(value, 'method', path, '"auto", "exact" or "monte-carlo"', oneOf('auto', 'exact', 'monte-carlo'));
  check(value, 'maxExactWork', path, 'a positive number of steps', positiveFinite);
  check(value, 'maxImportanceWork', path, 'a positive number of steps', positiveFinite);
  check(value, 'crossCheck', path, 'true or false', oneOf(true, false));
  check(value, 'importance', path, 'true or false', oneOf(true, false));
  if (value.monteCarlo !== undefined) checkMonteCarloOptions(value.monteCarlo, [...path, 'monteCarlo']);
  const windows = value.burnRateWindows;
  if (windows !== undefined) {
    if (!Array.isArray(windows)) throw fieldError([...path, 'burnRateWindows'], `burnRateWindows must be a list of alert windows, got ${shown(windows)}`);
    const days = isNumber(value.sloWindowDays) ? value.sloWindowDays : 30;
    windows.forEach((w: unknown, i) => {
      const at = [...path, 'burnRateWindows', i];
      const window = objectOf(w, at, "{ severity: 'page', longWindowHours: 1, shortWindowMinutes: 5, budgetConsumed: 0.02 }");
      noUnknownKeys(window, WINDOW_KEYS, at);
      for (const key of WINDOW_KEYS) if (window[key] === undefined) throw fieldError([...at, key], `${key} is required`);
      check(window, 'severity', at, '"page" or "ticket"', oneOf('page', 'ticket'));
      check(window, 'longWindowHours', at, `a number of hours above 0 and at most the SLO window (${days * 24} hours)`, (v) => isNumber(v) && v > 0 && v <= days * 24);
      check(window, 'shortWindowMinutes', at, 'a positive number of minutes, at most the long window', (v) => isNumber(v) && v > 0 && v <= (window.longWindowHours as number) * 60);
      check(window, 'budgetConsumed', at, 'a share of the budget above 0 and at most 1', (v) => isNumber(v) && v > 0 && v <= 1);
    });
  }
  return value as EvaluateOptions;
}
