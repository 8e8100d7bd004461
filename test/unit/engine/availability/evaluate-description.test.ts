// evaluateDescription is the zod-free path the calculator uses in the browser: it must agree with
// evaluate() on every preset, still reject what the whole-description checks reject, and never reach zod.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AvailabilityError, evaluate, evaluateDescription, PRESET_GROUPS, type SystemDescription } from '../../../../src/engine/availability/index.ts';

const ENGINE = resolve(import.meta.dirname, '../../../../src/engine/availability');

/** Every module reachable from a file through static imports (type-only imports excluded). */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) reachable(resolve(dirname(file), spec), seen);
    else seen.add(spec);
  }
  return seen;
}

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

  test('does not import zod, so the calculator can ship without it', () => {
    const modules = reachable(resolve(ENGINE, 'evaluate-description.ts'));
    expect([...modules].filter((m) => !m.startsWith('/'))).toEqual([]);
    // and the check itself can see zod where it is imported
    expect(reachable(resolve(ENGINE, 'schema.ts')).has('zod')).toBe(true);
  });
});
