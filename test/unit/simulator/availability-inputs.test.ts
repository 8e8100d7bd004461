// Reading the availability panel's fields: a type's figure (its default until changed), a component's
// own figure winning over its type's, bad texts reported by name and left out, overrides of components
// no longer in the scenario ignored. Expected values written by hand from the inputs.
import { describe, expect, test } from 'vitest';
import { AVAILABILITY_DEFAULTS } from '../../../src/engine/service-availability/index.ts';
import { readAvailabilityInputs } from '../../../src/features/simulator/availability/availability-inputs.ts';
import { twoNodeScenario } from './two-node-scenario.ts';

const scenario = twoNodeScenario('s', ['a']); // a: cdn, b: wallet (b depends on a)
const name = (type: string) => `<${type}>`;

describe('availability inputs', () => {
  test('untouched: each type has the engine default, no component its own', () => {
    const read = readAvailabilityInputs(scenario, { byType: {}, byNode: {} }, name);
    expect(read.byType).toEqual({ cdn: AVAILABILITY_DEFAULTS.cdn.availability, wallet: AVAILABILITY_DEFAULTS.wallet.availability });
    expect(read.types.map((t) => [t.type, t.text])).toEqual([
      ['cdn', String(AVAILABILITY_DEFAULTS.cdn.availability)],
      ['wallet', String(AVAILABILITY_DEFAULTS.wallet.availability)],
    ]);
    expect(read.byNode).toEqual({});
    expect(read.overrides).toEqual([]);
    expect(read.invalid).toEqual([]);
  });

  test('a component’s own figure is read beside its type’s, which it names', () => {
    const read = readAvailabilityInputs(scenario, { byType: { cdn: '99%' }, byNode: { a: '0.5' } }, name);
    expect(read.byType.cdn).toBe(0.99);
    expect(read.byNode).toEqual({ a: 0.5 });
    expect(read.overrides).toEqual([{ id: 'a', label: 'A', type: 'cdn', text: '0.5', result: { ok: true, value: 0.5 }, typeFigure: 0.99 }]);
  });

  test('bad texts are kept, reported by the type’s or component’s name, and left out of the figures', () => {
    const read = readAvailabilityInputs(scenario, { byType: { wallet: 'lots' }, byNode: { a: '150%' } }, name);
    expect(read.types.find((t) => t.type === 'wallet')!.text).toBe('lots');
    expect(read.overrides[0]!.text).toBe('150%');
    expect(read.overrides[0]!.result.ok).toBe(false);
    expect(read.invalid).toEqual(['<wallet>', 'A']);
    expect(read.byType).not.toHaveProperty('wallet');
    expect(read.byNode).toEqual({});
  });

  test('while its type’s field does not read, an override has no type figure to name', () => {
    const read = readAvailabilityInputs(scenario, { byType: { cdn: '' }, byNode: { a: '0.9' } }, name);
    expect(read.overrides[0]!.typeFigure).toBeNull();
    expect(read.byNode).toEqual({ a: 0.9 });
  });

  test('an override of a component removed from the scenario is ignored', () => {
    const read = readAvailabilityInputs(scenario, { byType: {}, byNode: { gone: 'x', b: '0.9' } }, name);
    expect(read.overrides.map((o) => o.id)).toEqual(['b']);
    expect(read.byNode).toEqual({ b: 0.9 });
    expect(read.invalid).toEqual([]);
  });
});
