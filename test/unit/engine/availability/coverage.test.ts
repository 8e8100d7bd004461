// Do the Monte Carlo intervals cover the truth at their stated 99%? Measured over many random systems
// with rare shared failures (domains failing one time in a hundred to one in a hundred thousand), each
// against its exact answer: the observed coverage must be at least 97% (300 runs: a true 99% misses
// more than 9 with probability under 0.1%). The conditional estimator is run with small enumeration
// budgets so that its sampled part matters; the plain one with few trials, so that many runs see no
// failure at all and must still bound the truth from above.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate, type Block, type SystemDescription } from '../../../../src/engine/availability/index.ts';

const RUNS = 300;

const rare = (min: number, max: number) => fc.integer({ min, max }).map((nines) => 1 - 10 ** -nines / 2);

const systemArb: fc.Arbitrary<SystemDescription> = fc
  .record({
    components: fc.array(fc.record({ availability: fc.integer({ min: 900, max: 9_999 }).map((x) => x / 10_000), domains: fc.uniqueArray(fc.nat(7), { minLength: 1, maxLength: 2 }) }), { minLength: 3, maxLength: 10 }),
    domains: fc.array(rare(2, 5), { minLength: 8, maxLength: 8 }),
    k: fc.nat(),
    nested: fc.boolean(),
  })
  .map(({ components, domains, k, nested }) => {
    const parts: Block[] = components.map((c) => ({ type: 'component', availability: c.availability, domains: c.domains.map((d) => `d${d}`) }));
    const top: Block = { type: 'k-of-n', k: 1 + (k % Math.ceil(parts.length / 2)), parts };
    return { domains: domains.map((availability, i) => ({ id: `d${i}`, availability })), root: nested ? { type: 'series', parts: [top, { type: 'component', availability: 0.9999, domains: ['d0'] }] } : top };
  });

const cases = fc.sample(fc.tuple(systemArb, fc.constantFrom(1, 20, 60), fc.nat()), { numRuns: RUNS, seed: 2024 });

describe('Monte Carlo interval coverage over random systems', () => {
  test('conditional estimator: covers at least 97% of the time, and does sample', () => {
    let covered = 0;
    let sampled = 0;
    for (const [system, budget, seed] of cases) {
      const truth = evaluate(system, { importance: false, method: 'exact' }).unavailability;
      const r = evaluate(system, { importance: false, method: 'monte-carlo', maxExactWork: budget, monteCarlo: { trials: 300, seed } });
      const [low, high] = r.unavailabilityInterval;
      if (low <= truth && truth <= high) covered++;
      if (r.monteCarlo!.enumerated!.remainingProbability > 0) sampled++;
    }
    expect(sampled).toBeGreaterThan(RUNS * 0.75);
    console.log(`conditional estimator: ${covered} of ${RUNS} intervals covered the exact answer`);
    expect(covered / RUNS).toBeGreaterThanOrEqual(0.97);
  });

  test('plain estimator: covers at least 97% of the time, zero-failure runs included', () => {
    let covered = 0;
    let noFailure = 0;
    for (const [system, , seed] of cases) {
      const truth = evaluate(system, { importance: false, method: 'exact' }).unavailability;
      const r = evaluate(system, { importance: false, method: 'monte-carlo', monteCarlo: { trials: 2_000, seed, estimator: 'plain' } });
      const [low, high] = r.unavailabilityInterval;
      if (low <= truth && truth <= high) covered++;
      if (r.monteCarlo!.failures === 0) {
        noFailure++;
        expect(r.estimate).toBe('upper-bound');
        expect(r.unavailability).toBe(high);
      }
    }
    expect(noFailure).toBeGreaterThanOrEqual(10);
    console.log(`plain estimator: ${covered} of ${RUNS} intervals covered the exact answer (${noFailure} runs saw no failure)`);
    expect(covered / RUNS).toBeGreaterThanOrEqual(0.97);
  });
});
