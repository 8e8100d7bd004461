// Issue 11, items 1 to 4: answers that used to be wrong with a confident interval. Each case is the
// one reported; the expected values come from closed forms or from exact evaluation, never from the
// Monte Carlo code under test.
import { describe, expect, test } from 'vitest';
import { evaluate, monteCarloAvailability, type Block, type SystemDescription } from '../../../../src/engine/availability/index.ts';

const component = (availability: number, domains: string[] = []): Block => ({ type: 'component', availability, domains });

/** 30 components of 0.99, component i in domains d(i mod 16) and d((i+1) mod 16), 16 domains of 0.999, 20-of-30. */
const ring: SystemDescription = {
  domains: Array.from({ length: 16 }, (_, i) => ({ id: `d${i}`, availability: 0.999 })),
  root: { type: 'k-of-n', k: 20, parts: Array.from({ length: 30 }, (_, i) => component(0.99, [`d${i % 16}`, `d${(i + 1) % 16}`])) },
};

describe('1. the exact method is used as far as it is cheap, and Monte Carlo intervals hold', () => {
  test('the 16-domain ring is answered exactly by default (it takes tens of milliseconds)', () => {
    const r = evaluate(ring, { importance: false });
    expect(r.method).toBe('exact');
    expect(r.estimate).toBe('exact');
    // The reported exact answer is 3.97e-7; Monte Carlo used to return 8.3e-8 with [0, 1.7e-7].
    expect(r.unavailability).toBeGreaterThan(3.9e-7);
    expect(r.unavailability).toBeLessThan(4.0e-7);
  });

  test('forced Monte Carlo on the ring gives an interval containing the exact answer', () => {
    const exact = evaluate(ring, { importance: false, method: 'exact' }).unavailability;
    for (const seed of [1, 2, 3]) {
      const r = evaluate(ring, { importance: false, method: 'monte-carlo', maxExactWork: 2 ** 20, monteCarlo: { seed, trials: 2_000 } });
      expect(r.unavailabilityInterval[0]).toBeLessThanOrEqual(exact);
      expect(r.unavailabilityInterval[1]).toBeGreaterThanOrEqual(exact);
      // Nearly all of the probability is enumerated exactly, so the interval is also tight.
      expect(r.unavailabilityInterval[1] / r.unavailabilityInterval[0]).toBeLessThan(1.5);
    }
  });
});

describe('2. no zero-width interval, and no "zero downtime" from a sample without failures', () => {
  test('1-of-2 at 0.9 sharing a domain of 0.999999: the interval has width and holds the truth', () => {
    const system: SystemDescription = { domains: [{ id: 'site', availability: 0.999999 }], root: { type: 'k-of-n', k: 1, parts: [component(0.9, ['site']), component(0.9, ['site'])] } };
    const truth = 1 - 0.999999 * (1 - 0.01); // site down, or both parts down: 0.01000099
    const mc = monteCarloAvailability(system, { trials: 50_000, seed: 1, estimator: 'conditional' });
    expect(mc.unavailabilityInterval[0]).toBeLessThanOrEqual(truth);
    expect(mc.unavailabilityInterval[1]).toBeGreaterThanOrEqual(truth);
    const plain = monteCarloAvailability(system, { trials: 50_000, seed: 1 });
    expect(plain.unavailabilityInterval[1]).toBeGreaterThan(plain.unavailabilityInterval[0]);
  });

  test('a 60-part weighted threshold where no trial fails reports an upper bound, not infinite nines', () => {
    const weights = Array.from({ length: 60 }, (_, i) => 1 + i / 7 + (i * i) / 13);
    const system: SystemDescription = { root: { type: 'threshold', share: 2 / 3, comparison: 'more-than', weights, parts: weights.map(() => component(0.999)) } };
    const r = evaluate(system, { importance: false, method: 'monte-carlo', monteCarlo: { trials: 20_000, estimator: 'plain' } });
    expect(r.monteCarlo!.failures).toBe(0);
    expect(r.estimate).toBe('upper-bound');
    expect(r.unavailability).toBeGreaterThan(0);
    expect(Number.isFinite(r.nines)).toBe(true);
    // Clopper-Pearson's 99% upper bound with no failure in n trials: 1 - 0.005^(1/n).
    expect(r.unavailability).toBeCloseTo(-Math.expm1(Math.log(0.005) / 20_000), 15);
    expect(r.methodNote).toMatch(/no failure was seen/);
  });
});

describe('3. improving a beta-group member never lowers availability', () => {
  test('the reported group: k = 3, beta = 1, parts 0.9, 0.9 and 0.99 raised to 0.999', () => {
    const group = (last: number): SystemDescription => ({ root: { type: 'k-of-n', k: 3, beta: 1, parts: [component(0.9), component(0.9), component(last)] } });
    expect(evaluate(group(0.999)).availability).toBeGreaterThanOrEqual(evaluate(group(0.99)).availability);
  });

  test('identical members keep their availability exactly (the textbook beta-factor model)', () => {
    // 1-of-2, q = 0.01, beta = 0.1: common cause 0.001 and independent parts (0.009 / 0.999) each.
    const r = evaluate({ root: { type: 'k-of-n', k: 1, beta: 0.1, parts: [component(0.99), component(0.99)] } });
    const qInd = 0.009 / 0.999;
    expect(r.unavailability).toBeCloseTo(0.001 + 0.999 * qInd * qInd, 17);
    const series = evaluate({ root: { type: 'k-of-n', k: 1, beta: 0.1, parts: [component(0.99)] } });
    expect(series.availability).toBeCloseTo(0.99, 15);
  });
});

describe('4. huge numbers neither overflow to perfection nor to zero', () => {
  test('MTBF = MTTR = 1e308 is availability 0.5', () => {
    const r = evaluate({ root: { type: 'component', mtbf: 1e308, mttr: 1e308 } });
    expect(r.availability).toBe(0.5);
    expect(r.unavailability).toBe(0.5);
  });

  test('weights of 1e308 with share 0.5 over two parts of 0.9 give 0.99', () => {
    const r = evaluate({ root: { type: 'threshold', share: 0.5, weights: [1e308, 1e308], parts: [component(0.9), component(0.9)] } });
    expect(r.availability).toBeCloseTo(0.99, 15);
  });

  test('tiny weights (subnormal) behave like any equal weights', () => {
    const r = evaluate({ root: { type: 'threshold', share: 0.5, weights: [5e-324, 5e-324], parts: [component(0.9), component(0.9)] } });
    expect(r.availability).toBeCloseTo(0.99, 15);
  });
});
