import { describe, expect, test } from 'vitest';
import { numberText, parseDuration, parseK, parseProbability, parseShare, parseSlo, parseWeight } from '../../../src/features/redundancy/calculator-fields.ts';

const error = (p: { ok: boolean; error?: string }) => (p.ok ? null : p.error);

describe('calculator field parsing', () => {
  test('a probability accepts decimals, scientific notation and percentages', () => {
    expect(parseProbability('0.995')).toEqual({ ok: true, value: 0.995 });
    expect(parseProbability(' 1e-5 ')).toEqual({ ok: true, value: 1e-5 });
    expect(parseProbability('99.5%')).toEqual({ ok: true, value: 0.995 });
  });

  test('each kind of bad probability gets its own message', () => {
    expect(error(parseProbability(''))).toMatch(/^Empty/);
    expect(error(parseProbability('0.9.9'))).toMatch(/not a number/);
    expect(error(parseProbability('-0.1'))).toMatch(/^Below 0/);
    expect(error(parseProbability('1.2'))).toMatch(/^Above 1/);
    expect(error(parseProbability('120%'))).toMatch(/^Above 1/);
  });

  test('k must be a whole number from 1 to n, and says when it is above n', () => {
    expect(parseK('3', 4)).toEqual({ ok: true, value: 3 });
    expect(error(parseK('5', 4))).toMatch(/k is 5 but there are only 4 parts/);
    expect(error(parseK('2', 1))).toMatch(/only 1 part/);
    expect(error(parseK('0', 4))).toMatch(/^Below 1/);
    expect(error(parseK('1.5', 4))).toMatch(/whole number/);
    expect(error(parseK('', 4))).toMatch(/^Empty/);
  });

  test('a share accepts ratios and percentages, and rejects out-of-range values', () => {
    expect(parseShare('2/3')).toEqual({ ok: true, value: 2 / 3 });
    expect(parseShare('50%')).toEqual({ ok: true, value: 0.5 });
    expect(error(parseShare('1/0'))).toMatch(/not a number/);
    expect(error(parseShare('4/3'))).toMatch(/^Above 1/);
  });

  test('durations and weights may be 0 but not negative', () => {
    expect(parseDuration('0')).toEqual({ ok: true, value: 0 });
    expect(error(parseDuration('-1'))).toMatch(/^Below 0/);
    expect(parseWeight('2.5')).toEqual({ ok: true, value: 2.5 });
    expect(error(parseWeight('x'))).toMatch(/not a number/);
  });

  test('an SLO is strictly between 0 and 1', () => {
    expect(parseSlo('99.9%')).toEqual({ ok: true, value: 0.999 });
    expect(error(parseSlo('1'))).toMatch(/below 1/);
    expect(error(parseSlo('0'))).toMatch(/above 0/);
  });

  test('numbers are written back as typed, simple ratios as ratios', () => {
    expect(numberText(0.995)).toBe('0.995');
    expect(numberText(2 / 3)).toBe('2/3');
    expect(numberText(10)).toBe('10');
    expect(parseShare(numberText(2 / 3))).toEqual({ ok: true, value: 2 / 3 });
  });
});
