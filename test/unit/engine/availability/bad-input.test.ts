// Issue 11, items 5 to 8, availability side: deep or huge input is refused with an AvailabilityError
// naming the limit (never a RangeError from the stack); options are validated like the description;
// evaluateDescription, which skips no check, rejects what the schema rejects; messages print what was
// given.
import { describe, expect, test } from 'vitest';
import {
  AvailabilityError,
  evaluate,
  evaluateDescription,
  expectedDowntime,
  MAX_BLOCK_DEPTH,
  MAX_DOMAIN_DEPTH,
  monteCarloAvailability,
  validateSystem,
  type Block,
  type SystemDescription,
} from '../../../../src/engine/availability/index.ts';

const c = (availability: unknown): Block => ({ type: 'component', availability }) as Block;

function errorOf(run: () => unknown): AvailabilityError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AvailabilityError);
    return error as AvailabilityError;
  }
  throw new Error('expected an AvailabilityError');
}

function nested(depth: number): SystemDescription {
  let root: Block = c(0.9);
  for (let i = 0; i < depth; i++) root = { type: 'series', parts: [root] };
  return { root };
}

describe('limits (item 5)', () => {
  test('blocks nested deeper than the limit are refused with the limit named, at any depth', () => {
    expect(evaluate(nested(MAX_BLOCK_DEPTH)).availability).toBeCloseTo(0.9, 15);
    for (const depth of [MAX_BLOCK_DEPTH + 1, 626, 5_000, 100_000]) {
      const error = errorOf(() => evaluate(nested(depth)));
      expect(error.problem).toBe(`blocks are nested more than ${MAX_BLOCK_DEPTH} deep (the limit)`);
      expect(validateSystem(nested(depth))[0]!.message).toBe(error.problem);
    }
  });

  test('a domain chain deeper than the limit is refused, and a 10,000-deep one quickly', () => {
    const chain = (n: number): SystemDescription => ({
      domains: Array.from({ length: n }, (_, i) => ({ id: `d${i}`, availability: 0.9999, ...(i > 0 ? { parent: `d${i - 1}` } : {}) })),
      root: { type: 'k-of-n', k: 1, parts: [{ type: 'component', availability: 0.9, domains: [`d${n - 1}`] }, { type: 'component', availability: 0.9, domains: [`d${n - 1}`] }] },
    });
    expect(evaluate(chain(MAX_DOMAIN_DEPTH)).method).toBe('exact');
    expect(errorOf(() => evaluate(chain(10_000))).message).toMatch(new RegExp(`^domains\\[\\d+\\]\\.parent: domains are nested more than ${MAX_DOMAIN_DEPTH} deep here \\(the limit\\)`));
  });

  test('a domain parent cycle of 150,000 is reported, briefly, without overflowing the stack', () => {
    const n = 150_000;
    const domains = Array.from({ length: n }, (_, i) => ({ id: `d${i}`, availability: 0.9, parent: `d${(i + 1) % n}` }));
    const error = errorOf(() => evaluate({ domains, root: c(0.9) }));
    expect(error.message).toMatch(/^system: 150,000 domains is more than the limit of 10,000$|^domains: /);
    const smaller = Array.from({ length: 9_000 }, (_, i) => ({ id: `d${i}`, availability: 0.9, parent: `d${(i + 1) % 9_000}` }));
    const cycle = errorOf(() => evaluate({ domains: smaller, root: c(0.9) }));
    expect(cycle.message).toMatch(/^domains\[0\]\.parent: domains form a cycle of 9000 domains: d0 → d1 → d2 → d3 → d4 → \.\.\. \(8991 more\) → d8996 → d8997 → d8998 → d8999 → d0$/);
  });
});

describe('options (items 6 and 7)', () => {
  const system: SystemDescription = { root: c(0.9) };
  test.each([
    ['null options', () => evaluate(system, null), 'options: options must be an object such as { timeConvention: \'calendar\' }, got null'],
    ['a string slo', () => evaluate(system, { slo: '0.99' }), 'options.slo: slo must be a number between 0 and 1 (exclusive), got "0.99"'],
    ['NaN maxImportanceWork', () => evaluate(system, { maxImportanceWork: Number.NaN }), 'options.maxImportanceWork: maxImportanceWork must be a positive number of steps, got NaN'],
    ['crossCheck "yes"', () => evaluate(system, { crossCheck: 'yes' }), 'options.crossCheck: crossCheck must be true or false, got "yes"'],
    ['an unknown option', () => evaluate(system, { method: 'exact', sloo: 0.9 }), 'options.sloo: unknown option "sloo" (known: timeConvention, slo, sloWindowDays, burnRateWindows, method, maxExactWork, monteCarlo, crossCheck, importance, maxImportanceWork)'],
    ['a julian time convention', () => evaluate(system, { timeConvention: 'julian' }), 'options.timeConvention: timeConvention must be "calendar" or "gregorian", got "julian"'],
    ['Monte Carlo with a seed but no trials', () => monteCarloAvailability(system, { seed: 1, trials: Number.NaN }), 'options.trials: trials must be a whole number from 1 to 1e9, got NaN'],
    ['Monte Carlo without options', () => monteCarloAvailability(system, undefined), 'options: options must be an object such as { trials: 100000, seed: 1 }, got nothing'],
    ['a fractional seed', () => monteCarloAvailability(system, { trials: 10, seed: 0.5 }), 'options.seed: seed must be a whole number from -(2^53 - 1) to 2^53 - 1, or a string, got 0.5'],
    ['a BigInt seed', () => evaluate(system, { monteCarlo: { seed: 5n } }), 'options.monteCarlo.seed: seed must be a whole number from -(2^53 - 1) to 2^53 - 1, or a string, got 5n'],
    ['a burn-rate window longer than the SLO window', () => evaluate(system, { slo: 0.999, burnRateWindows: [{ severity: 'page', longWindowHours: 1e6, shortWindowMinutes: 5, budgetConsumed: 0.02 }] }), 'options.burnRateWindows[0].longWindowHours: longWindowHours must be a number of hours above 0 and at most the SLO window (720 hours), got 1000000'],
  ])('%s', (_, run, message) => {
    expect(errorOf(run).message).toBe(message);
  });

  test('monteCarloAvailability with a seed only uses the default number of trials', () => {
    const r = monteCarloAvailability(system, { seed: 1 });
    expect(r.trials).toBeGreaterThanOrEqual(10_000);
    expect(Number.isNaN(r.unavailability)).toBe(false);
  });

  test('expectedDowntime rejects an unknown convention', () => {
    expect(errorOf(() => expectedDowntime(0.001, 'julian' as never)).message).toBe('options.timeConvention: timeConvention must be "calendar" or "gregorian", got "julian"');
    expect(errorOf(() => expectedDowntime(Number.NaN)).message).toBe('unavailability: unavailability must be a number between 0 and 1, got NaN');
  });
});

describe('evaluateDescription checks as much as evaluate (item 7)', () => {
  test.each([
    ['availability 1.5', { root: c(1.5) }, 'root.availability: availability must be a number between 0 and 1, got 1.5'],
    ['k = 0', { root: { type: 'k-of-n', k: 0, parts: [c(0.9)] } }, 'root.k: k must be a whole number of at least 1, got 0'],
    ['empty parts', { root: { type: 'series', parts: [] } }, 'root.parts: a block needs at least one part'],
    ['weight -1', { root: { type: 'threshold', share: 0.5, weights: [1, -1], parts: [c(0.9), c(0.9)] } }, 'root.weights[1]: weight must be a finite number of at least 0, got -1'],
    ['share 0 at-least', { root: { type: 'threshold', share: 0, weights: [1, 1], parts: [c(0.9), c(0.9)] } }, 'root.share: share 0 with "at-least" would keep the block up even with every part down: use a share above 0, or comparison "more-than" for "any weight up"'],
    ['share 1 more-than', { root: { type: 'threshold', share: 1, comparison: 'more-than', weights: [1, 1], parts: [c(0.9), c(0.9)] } }, 'root.share: share 1 with "more-than" can never be met, so the block would always be down: use comparison "at-least" for "all the weight up"'],
    ['Infinity MTTR', { root: { type: 'component', mtbf: 1, mttr: Infinity } }, 'root.mttr: mttr must be a finite number of at least 0, got Infinity'],
  ])('%s', (_, system, message) => {
    expect(errorOf(() => evaluateDescription(system as SystemDescription)).message).toBe(message);
  });

  test('share 0 "more-than" is "any weight up", and share 1 "at-least" is "all weight up"', () => {
    const parts = [c(0.9), c(0.8)];
    expect(evaluate({ root: { type: 'threshold', share: 0, comparison: 'more-than', weights: [1, 2], parts } }).unavailability).toBeCloseTo(0.1 * 0.2, 15);
    expect(evaluate({ root: { type: 'threshold', share: 1, weights: [1, 2], parts } }).availability).toBeCloseTo(0.9 * 0.8, 15);
  });
});
