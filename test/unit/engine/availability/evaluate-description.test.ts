// evaluateDescription is the zod-free path the calculator uses in the browser: it must agree with
// evaluate() on every preset and still reject what the whole-description checks reject. (That the core
// entry never reaches zod is checked in ../entries.test.ts.)
import { describe, expect, test } from 'vitest';
import { AvailabilityError, evaluateDescription, type SystemDescription } from '../../../../src/engine/availability/index.ts';
import { PRESET_GROUPS } from '../../content-files.ts';
import { evaluate } from '../../../../src/engine/availability/schema.ts';

describe('evaluateDescription', () => {
  test('agrees with evaluate on every preset strategy, under both time conventions', () => {
    for (const group of PRESET_GROUPS) {
      for (const strategy of group.strategies) {
        for (const timeConvention of ['calendar', 'gregorian'] as const) {
          const options = { timeConvention, slo: 0.999 };
          expect(evaluateDescription(strategy.system, options), `${group.id}/${strategy.id}`).toEqual(evaluate(strategy.system, options));
        }
      }
    }
  });

  test('rejects k above the number of parts with the located path', () => {
    const system: SystemDescription = {
      root: { type: 'k-of-n', k: 3, parts: [{ type: 'component', availability: 0.9 }, { type: 'component', availability: 0.9 }] },
    };
    let caught: unknown;
    try {
      evaluateDescription(system);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AvailabilityError);
    expect((caught as AvailabilityError).field).toBe('root.k');
  });

  test('rejects a component living in an unknown domain', () => {
    const system: SystemDescription = { root: { type: 'component', availability: 0.9, domains: ['nowhere'] } };
    expect(() => evaluateDescription(system)).toThrow(/root\.domains\[0\]/);
  });
});
