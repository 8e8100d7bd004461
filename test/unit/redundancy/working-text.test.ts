// How the working is written: numbers never round to a false certainty, and each block's substituted
// formula carries the parts' values and the result. Expected strings are worked by hand.
import { describe, expect, test } from 'vitest';
import { workingOf, type Block } from '../../../src/engine/availability/index.ts';
import { caseName, formatProbability, joinCapped, nameList, substitution } from '../../../src/features/redundancy/working-text.ts';

const comp = (availability: number, domains: string[] = []): Block => ({ type: 'component', availability, domains });

describe('working text', () => {
  test('probabilities: three significant digits, powers of ten for small ones, never 1 for a near-certain case', () => {
    expect(formatProbability(0)).toBe('0');
    expect(formatProbability(0.25)).toBe('0.25');
    expect(formatProbability(0.0051125)).toBe('0.00511');
    expect(formatProbability(1.33e-7)).toBe('1.33 × 10⁻⁷');
    expect(formatProbability(1e-12)).toBe('1 × 10⁻¹²');
    expect(formatProbability(0.99989)).toBe('0.99989');
    expect(formatProbability(0.999999123)).toBe('0.999999123');
    expect(formatProbability(1)).toBe('1');
  });

  test('a threshold block states its weights, total and the weight needed', () => {
    const w = workingOf({ root: { type: 'threshold', share: 2 / 3, comparison: 'more-than', weights: [10, 10, 15], parts: [comp(0.9), comp(0.9), comp(0.9)] } });
    // More than 23.33 of 35 up needs the 15 and one 10 at least: 0.9 x (1 - 0.1^2) = 0.891.
    expect(substitution(w.blocks[0]!)).toBe('weights 10, 10, 15 (total 35): up when the weight up is > 0.6667 × 35 = 23.33; summed over every combination of parts that reaches it, A = 89.1%');
  });

  test('long lists keep their ends and say how many terms there are', () => {
    expect(joinCapped(['a', 'b', 'c'], ' + ')).toBe('a + b + c');
    expect(joinCapped(Array.from({ length: 12 }, (_, i) => String(i)), ' + ')).toBe('0 + 1 + 2 + … + 10 + 11 (12 terms)');
    expect(nameList(['Provider A', 'Provider A, region 1'])).toBe('“Provider A” and “Provider A, region 1”');
  });

  test('series, any-of and k-of-n substitutions carry the parts and the result', () => {
    const series = workingOf({ root: { type: 'series', parts: [comp(0.9995), comp(0.9998)] } }).blocks[0]!;
    expect(substitution(series)).toBe('A = 99.95% × 99.98% = 99.93001%'); // 0.9995 x 0.9998 = 0.9993001
    const any = workingOf({ root: { type: 'k-of-n', k: 1, parts: [comp(0.999), comp(0.999)] } }).blocks[0]!;
    expect(substitution(any)).toBe('U = 0.001 × 0.001 = 1 × 10⁻⁶, so A = 99.9999%');
    const tmr = workingOf({ root: { type: 'k-of-n', k: 2, parts: [comp(0.9), comp(0.9), comp(0.9)] } }).blocks[0]!;
    expect(substitution(tmr)).toBe('a = 0.9, k = 2, n = 3: A = P(2 up) + P(3 up) = 0.243 + 0.729 = 97.2%');
  });

  test('a case names the failed domain and what went down with it', () => {
    const w = workingOf({
      domains: [
        { id: 'p', label: 'Provider', availability: 0.999 },
        { id: 'r', label: 'Region', parent: 'p', availability: 0.99 },
      ],
      root: { type: 'k-of-n', k: 1, parts: [comp(0.9, ['r']), comp(0.9, ['r'])] },
    });
    const names = w.cases!.map((c) => caseName(c, w));
    expect(names).toEqual(['All shared domains up', '“Region” down', '“Provider” down (and with it “Region”)']);
  });
});
