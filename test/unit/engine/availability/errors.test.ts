// Bad input: every problem names its field with a machine-readable path and a message of the form
// `root.parts[2].k: k is 4 but the block has only 3 parts`, so the calculator can show it in place.
import { describe, expect, test } from 'vitest';
import { AvailabilityError } from '../../../../src/engine/availability/index.ts';
import { evaluate, monteCarloAvailability, systemSchema, validateSystem } from '../../../../src/engine/availability/schema.ts';

const c = (availability: unknown, extra: Record<string, unknown> = {}) => ({ type: 'component', availability, ...extra });

function errorOf(input: unknown, options?: Parameters<typeof evaluate>[1]): AvailabilityError {
  try {
    evaluate(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(AvailabilityError);
    return error as AvailabilityError;
  }
  throw new Error('expected an AvailabilityError');
}

describe('errors name the field', () => {
  test.each([
    ['availability above 1', { root: c(1.5) }, ['root', 'availability'], 'root.availability: availability must be a number between 0 and 1, got 1.5'],
    ['availability below 0', { root: c(-0.1) }, ['root', 'availability'], 'root.availability: availability must be a number between 0 and 1, got -0.1'],
    ['NaN availability', { root: { type: 'series', parts: [c(0.9), c(Number.NaN)] } }, ['root', 'parts', 1, 'availability'], 'root.parts[1].availability: availability must be a number between 0 and 1, got NaN'],
    ['infinite MTBF', { root: { type: 'component', mtbf: Infinity, mttr: 1 } }, ['root', 'mtbf'], 'root.mtbf: mtbf must be a finite number of at least 0, got Infinity'],
    ['availability as text', { root: c('0.99') }, ['root', 'availability'], 'root.availability: availability must be a number between 0 and 1, got "0.99"'],
    [
      'k larger than n',
      { root: { type: 'series', parts: [c(0.9), c(0.9), { type: 'k-of-n', k: 4, parts: [c(0.9), c(0.9), c(0.9)] }] } },
      ['root', 'parts', 2, 'k'],
      'root.parts[2].k: k is 4 but the block has only 3 parts',
    ],
    ['k not whole', { root: { type: 'k-of-n', k: 1.5, parts: [c(0.9), c(0.9)] } }, ['root', 'k'], 'root.k: k must be a whole number of at least 1, got 1.5'],
    ['k of 0', { root: { type: 'k-of-n', k: 0, parts: [c(0.9)] } }, ['root', 'k'], 'root.k: k must be a whole number of at least 1, got 0'],
    [
      'unknown domain',
      { domains: [{ id: 'aws', availability: 0.9999 }], root: { type: 'k-of-n', k: 1, parts: [c(0.9, { domains: ['aws'] }), c(0.9, { domains: ['gcp'] })] } },
      ['root', 'parts', 1, 'domains', 0],
      'root.parts[1].domains[0]: unknown domain "gcp" (known: "aws")',
    ],
    [
      'a cycle of domains',
      {
        domains: [
          { id: 'zone', availability: 0.999, parent: 'region' },
          { id: 'region', availability: 0.999, parent: 'provider' },
          { id: 'provider', availability: 0.999, parent: 'zone' },
        ],
        root: c(0.9, { domains: ['zone'] }),
      },
      ['domains', 0, 'parent'],
      'domains[0].parent: domains form a cycle: zone → region → provider → zone',
    ],
    ['a domain its own parent', { domains: [{ id: 'x', availability: 0.9, parent: 'x' }], root: c(0.9) }, ['domains', 0, 'parent'], 'domains[0].parent: domain "x" cannot be its own parent'],
    ['unknown parent', { domains: [{ id: 'zone', availability: 0.9, parent: 'region' }], root: c(0.9) }, ['domains', 0, 'parent'], 'domains[0].parent: unknown parent domain "region" (known: "zone")'],
    ['duplicate domain id', { domains: [{ id: 'x', availability: 0.9 }, { id: 'x', availability: 0.8 }], root: c(0.9) }, ['domains', 1, 'id'], 'domains[1].id: duplicate domain id "x" (also domains[0])'],
    ['domain availability out of range', { domains: [{ id: 'x', availability: 2 }], root: c(0.9) }, ['domains', 0, 'availability'], 'domains[0].availability: availability must be a number between 0 and 1, got 2'],
    ['no probability', { root: { type: 'component' } }, ['root'], 'root: needs an availability, an unavailability, or mtbf and mttr'],
    ['two probabilities', { root: { type: 'component', availability: 0.9, unavailability: 0.1 } }, ['root', 'unavailability'], 'root.unavailability: give only one of availability, unavailability, or mtbf and mttr'],
    ['MTBF without MTTR', { root: { type: 'component', mtbf: 1000 } }, ['root', 'mttr'], 'root.mttr: mttr is missing (MTBF and MTTR go together)'],
    ['MTBF and MTTR both 0', { root: { type: 'component', mtbf: 0, mttr: 0 } }, ['root', 'mttr'], 'root.mttr: mtbf and mttr cannot both be 0'],
    ['weights for the wrong number of parts', { root: { type: 'threshold', share: 2 / 3, weights: [1, 2], parts: [c(0.9), c(0.9), c(0.9)] } }, ['root', 'weights'], 'root.weights: 2 weights for 3 parts: give one weight per part'],
    ['negative weight', { root: { type: 'threshold', share: 0.5, weights: [1, -2], parts: [c(0.9), c(0.9)] } }, ['root', 'weights', 1], 'root.weights[1]: weight must be a finite number of at least 0, got -2'],
    ['all weights 0', { root: { type: 'threshold', share: 0.5, weights: [0, 0], parts: [c(0.9), c(0.9)] } }, ['root', 'weights'], 'root.weights: at least one weight must be more than 0'],
    ['share above 1', { root: { type: 'threshold', share: 1.2, weights: [1], parts: [c(0.9)] } }, ['root', 'share'], 'root.share: share must be a number between 0 and 1, got 1.2'],
    ['bad comparison', { root: { type: 'threshold', share: 0.5, comparison: '>=', weights: [1], parts: [c(0.9)] } }, ['root', 'comparison'], 'root.comparison: comparison must be "at-least" or "more-than", got ">="'],
    [
      'beta group with a non-component part',
      { root: { type: 'k-of-n', k: 1, beta: 0.1, parts: [c(0.9), { type: 'series', parts: [c(0.9)] }] } },
      ['root', 'parts', 1],
      'root.parts[1]: a beta-factor group (beta on root) needs component parts, but this part is a series block',
    ],
    ['beta above 1', { root: { type: 'k-of-n', k: 1, beta: 2, parts: [c(0.9)] } }, ['root', 'beta'], 'root.beta: beta must be a number between 0 and 1, got 2'],
    ['unknown block type', { root: { type: 'series', parts: [{ type: 'parallel', parts: [] }] } }, ['root', 'parts', 0, 'type'], 'root.parts[0].type: type must be one of "component", "series", "k-of-n", "threshold", got "parallel"'],
    ['empty parts', { root: { type: 'series', parts: [] } }, ['root', 'parts'], 'root.parts: a block needs at least one part'],
    ['a typo in a field name', { root: { type: 'component', availabilty: 0.9 } }, ['root'], 'root: unknown field "availabilty"'],
    ['duplicate block id', { root: { type: 'series', parts: [c(0.9, { id: 'db' }), c(0.9, { id: 'db' })] } }, ['root', 'parts', 1, 'id'], 'root.parts[1].id: duplicate id "db" (also root.parts[0])'],
    ['no root', {}, ['root'], 'root: a block is required'],
    ['not an object', 42, [], 'system: must be an object, got 42'],
  ] as const)('%s', (_, input, path, message) => {
    const error = errorOf(input);
    expect(error.path).toEqual(path);
    expect(error.message).toBe(message);
    expect(error.field).toBe(message.slice(0, message.indexOf(':')));
    expect(error.issues[0]!.at).toEqual(path);
    expect(error.issues[0]!.path).toBe(error.field === 'system' ? '' : error.field);
  });

  test('every problem is listed, not only the first', () => {
    const issues = validateSystem({
      domains: [{ id: 'a', availability: 0.9, parent: 'b' }, { id: 'b', availability: 0.9, parent: 'a' }],
      root: { type: 'k-of-n', k: 3, parts: [c(0.9, { domains: ['nope'] }), c(0.9)] },
    });
    expect(issues.map((i) => i.field)).toEqual(['domains[0].parent', 'root.k', 'root.parts[0].domains[0]']);
  });

  test('the zod schema reports the same paths and messages for the UI', () => {
    const result = systemSchema.safeParse({ root: { type: 'k-of-n', k: 4, parts: [c(0.9), c(0.9), c(0.9)] } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path, i.message])).toEqual([[['root', 'k'], 'k is 4 but the block has only 3 parts']]);
    expect(validateSystem({ root: c(0.9) })).toEqual([]);
  });

  test('bad options name the option', () => {
    expect(errorOf({ root: c(0.9) }, { slo: 1 }).message).toBe('options.slo: slo must be a number between 0 and 1 (exclusive), got 1');
    expect(errorOf({ root: c(0.9) }, { monteCarlo: { trials: 0 } }).field).toBe('options.monteCarlo.trials');
    expect(errorOf({ root: c(0.9) }, { method: 'magic' as 'exact' }).field).toBe('options.method');
    expect(() => monteCarloAvailability({ root: c(0.9) }, { trials: 1.5, seed: 1 })).toThrow('options.trials: trials must be a whole number from 1 to 1e9, got 1.5');
    expect(() => monteCarloAvailability({ root: c(0.9) }, { trials: 10, seed: Number.NaN })).toThrow(/options\.seed/);
  });
});
