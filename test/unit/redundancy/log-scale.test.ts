// The chart's log scale against its closed form: position = start + (log v - log low) / (log high - log low)
// of the width, clamped to the ends.
import { expect, test } from 'vitest';
import { logScale } from '../../../src/features/redundancy/log-scale.ts';

test('tenfold steps are equal distances, and the ends clamp', () => {
  const x = logScale(1, 1000, 8, 308);
  expect(x(1)).toBe(8);
  expect(x(1000)).toBeCloseTo(308, 12);
  expect(x(10)).toBeCloseTo(108, 12);
  expect(x(100)).toBeCloseTo(208, 12);
  expect(x(Math.sqrt(10))).toBeCloseTo(58, 12);
  expect(x(0.5)).toBe(8);
  expect(x(0)).toBe(8);
  expect(x(1e6)).toBe(308);
});

test('a one-point domain puts everything in the middle', () => {
  expect(logScale(5, 5, 0, 100)(5)).toBe(50);
});
