// The converter's field: every accepted form, the Azure downtime table's figures worked by hand, and a
// message for everything else. Expected figures are the published table's, not the code's output.
import { describe, expect, test } from 'vitest';
import { converterView, readConverterInput } from '../../../src/features/redundancy/converter-input.ts';

const q = (text: string) => {
  const r = readConverterInput(text);
  if (!r.ok) throw new Error(`“${text}” did not read: ${r.error}`);
  return r.value.unavailability;
};
const error = (text: string) => {
  const r = readConverterInput(text);
  return r.ok ? `read as ${r.value.unavailability}` : r.error;
};

describe('the converter reads', () => {
  test('an availability as a percentage, a fraction or a bare percentage, exactly', () => {
    expect(q('99.9%')).toBe(0.001);
    expect(q('0.999')).toBe(0.001);
    expect(q('99.9')).toBe(0.001);
    expect(q(' 99.95 % ')).toBe(0.0005);
    expect(readConverterInput('99.9').ok && readConverterInput('99.9')).toMatchObject({ value: { note: 'Read as 99.9% = 0.999. 3.0 nines.' } });
  });

  test('nines in words or digits', () => {
    expect(q('three nines')).toBe(0.001);
    expect(q('Five Nines')).toBe(1e-5);
    expect(q('3 nines')).toBe(0.001);
    expect(q('3.5 nines')).toBeCloseTo(10 ** -3.5, 18);
    expect(error('0 nines')).toMatch(/At least some nines/);
    expect(error('twenty nines')).toMatch(/not a number of nines/);
  });

  test('a downtime with its period, several units and spellings', () => {
    expect(q('43.2 min a month')).toBeCloseTo(0.001, 15);
    expect(q('8h 45.6m per year')).toBeCloseTo(0.001, 15);
    expect(q('8 hours 45 minutes 36 seconds / yr')).toBeCloseTo(0.001, 15);
    expect(q('86.4 s each day')).toBeCloseTo(0.001, 15);
    expect(q('1 d a week')).toBeCloseTo(1 / 7, 15);
    expect(error('25 h a day')).toMatch(/longer than a day/);
    expect(error('43 min a fortnight')).toMatch(/not a period/);
    expect(error('43 parsecs a month')).toMatch(/not a unit of time/);
    expect(error('forty min a month')).toMatch(/not a duration/);
  });

  test('anything else is an error that says what to type', () => {
    expect(error('')).toMatch(/^Empty: write an availability/);
    expect(error('abc')).toMatch(/Could not read “abc”: write an availability/);
    expect(error('150')).toMatch(/^Above 1/);
    expect(error('-1')).toMatch(/^Below 0/);
  });
});

test('the Azure table: 99.9% allows 1 min 26 s a day, 10 min 5 s a week, 43 min 12 s a month, 8 h 46 min a year', () => {
  expect(converterView(0.001)).toEqual({
    availability: '99.9%',
    nines: '3.0',
    downtime: { day: '1 min 26 s', week: '10 min 5 s', month: '43 min 12 s', year: '8 h 46 min' },
  });
});
