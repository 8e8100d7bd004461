// Outputs around the core number: time conventions, nines, the percentage text, importance measures,
// the independent answer, thresholds at their edges, nested domains. Expected values are closed forms.
import { describe, expect, test } from 'vitest';
import { availabilityPercent, expectedDowntime, ninesOf, TIME_CONVENTIONS, type Block } from '../../../../src/engine/availability/index.ts';
import { evaluate } from '../../../../src/engine/availability/schema.ts';

const c = (availability: number, domains: string[] = [], id?: string): Block => ({ type: 'component', availability, domains, ...(id ? { id } : {}) });

describe('downtime and nines', () => {
  test('both time conventions are stated and used', () => {
    const cal = expectedDowntime(0.001, 'calendar');
    const greg = expectedDowntime(0.001, 'gregorian');
    expect(cal.description).toBe('365-day year and 30-day month');
    expect(cal.perYearSeconds).toBeCloseTo(0.001 * 365 * 86_400, 9);
    expect(cal.perMonthSeconds).toBeCloseTo(0.001 * 30 * 86_400, 9);
    expect(greg.perYearSeconds).toBeCloseTo(0.001 * 365.2425 * 86_400, 9);
    expect(greg.perMonthSeconds).toBeCloseTo((0.001 * 365.2425 * 86_400) / 12, 9);
    expect(greg.perWeekSeconds).toBe(cal.perWeekSeconds);
    expect(TIME_CONVENTIONS.gregorian.monthDays).toBeCloseTo(30.436875, 12);
    expect(evaluate({ root: c(0.999) }, { timeConvention: 'gregorian' }).downtime.convention).toBe('gregorian');
  });

  test('nines', () => {
    expect(ninesOf(0.001)).toBeCloseTo(3, 14);
    expect(ninesOf(0)).toBe(Infinity);
    expect(ninesOf(1)).toBe(0);
  });

  test('the percentage is written from the unavailability, so tiny values are not printed as 100%', () => {
    expect(availabilityPercent(0.001)).toBe('99.9%');
    expect(availabilityPercent(1e-9)).toBe('99.9999999%');
    expect(availabilityPercent(1e-12)).toBe('99.9999999999%');
    expect(availabilityPercent(0.00025)).toBe('99.975%');
    expect(availabilityPercent(1.234e-7, 3)).toBe('99.9999877%');
    expect(availabilityPercent(0.5)).toBe('50%');
    expect(availabilityPercent(0)).toBe('100%');
    expect(availabilityPercent(1)).toBe('0%');
  });
});

describe('importance', () => {
  test('Birnbaum importance and the gain from perfection, in closed form', () => {
    // Series of A (0.99) and 1-of-2 of B (0.9) and C (0.8): A = a (1 - qb qc).
    const r = evaluate({ root: { type: 'series', parts: [c(0.99, [], 'A'), { type: 'k-of-n', k: 1, parts: [c(0.9, [], 'B'), c(0.8, [], 'C')] }] } });
    const byId = new Map(r.importance!.map((e) => [e.id, e]));
    expect(byId.get('A')!.birnbaum).toBeCloseTo(1 - 0.1 * 0.2, 15);
    expect(byId.get('B')!.birnbaum).toBeCloseTo(0.99 * 0.2, 15);
    expect(byId.get('C')!.birnbaum).toBeCloseTo(0.99 * 0.1, 15);
    expect(byId.get('A')!.gainIfPerfect).toBeCloseTo(0.01 * 0.98, 15);
    expect(byId.get('B')!.unavailabilityIfPerfect).toBeCloseTo(0.01, 15);
    expect(byId.get('C')!.gainPerExtraNine).toBeCloseTo(0.9 * 0.2 * 0.99 * 0.1, 15);
    // B and C each remove 0.0198 (0.1 x 0.198 and 0.2 x 0.099), more than A's 0.0098; ties go to the larger Birnbaum.
    expect(r.bestImprovement!.id).toBe('B');
  });

  test('a shared domain outranks the copies that live in it', () => {
    const r = evaluate({
      domains: [{ id: 'region', availability: 0.999 }],
      root: { type: 'k-of-n', k: 1, parts: [c(0.99, ['region'], 'x'), c(0.99, ['region'], 'y')] },
    });
    expect(r.bestImprovement!.id).toBe('region');
    expect(r.bestImprovement!.kind).toBe('domain');
    expect(r.bestImprovement!.gainIfPerfect).toBeCloseTo(0.001 * (1 - 0.01 * 0.01), 17);
    expect(r.bestImprovement!.dependents).toBe(2);
  });
});

describe('correlated versus independent', () => {
  test('two copies in one region: the honest answer and the naive one, side by side', () => {
    const r = evaluate({
      domains: [{ id: 'region', availability: 0.9999 }],
      root: { type: 'k-of-n', k: 1, parts: [c(0.999, ['region']), c(0.999, ['region'])] },
    });
    const marginal = 0.001 + 0.999 * 0.0001; // 1 - 0.999 x 0.9999 without cancellation
    const rel = (x: number, y: number) => Math.abs(x - y) / y;
    expect(rel(r.independent!.unavailability, marginal ** 2)).toBeLessThan(1e-12);
    expect(rel(r.unavailability, 0.0001 + 0.9999 * 1e-6)).toBeLessThan(1e-12);
    expect(r.correlation!.unavailabilityRatio).toBeGreaterThan(80);
  });
});

describe('thresholds and nested domains', () => {
  test('exactly two thirds of stake: "at-least" passes and "more-than" fails', () => {
    const parts = [c(1), c(1), c(0)];
    const atLeast = evaluate({ root: { type: 'threshold', share: 2 / 3, weights: [1, 1, 1], parts } });
    const moreThan = evaluate({ root: { type: 'threshold', share: 2 / 3, weights: [1, 1, 1], comparison: 'more-than', parts } });
    expect(atLeast.availability).toBe(1);
    expect(moreThan.availability).toBe(0);
  });

  test('decimal stakes that do not add up exactly in binary still compare as decimals', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary; a 30% threshold must still count it as 30%.
    const r = evaluate({ root: { type: 'threshold', share: 0.3, weights: [0.1, 0.2, 0.7], parts: [c(1), c(1), c(0)] } });
    expect(r.availability).toBe(1);
  });

  test('a zone is down when its region or provider is down', () => {
    const r = evaluate({
      domains: [
        { id: 'provider', availability: 0.99 },
        { id: 'region', availability: 0.98, parent: 'provider' },
        { id: 'zone-a', availability: 0.97, parent: 'region' },
        { id: 'zone-b', availability: 0.96, parent: 'region' },
      ],
      root: { type: 'k-of-n', k: 1, parts: [c(1, ['zone-a']), c(1, ['zone-b'])] },
    });
    expect(r.availability).toBeCloseTo(0.99 * 0.98 * (1 - 0.03 * 0.04), 15);
    expect(r.counts).toEqual({ components: 2, blocks: 1, domains: 4, conditionedDomains: 2, commonCauseGroups: 0 });
  });
});

describe('the method note says what was done in words', () => {
  test('no shared domain, one, and several; never a step count', () => {
    const c = (availability: number, domains: string[] = []) => ({ type: 'component' as const, availability, domains });
    const none = evaluate({ root: { type: 'series', parts: [c(0.99), c(0.999)] } }).methodNote;
    expect(none).toBe('exact: no failure domain is shared by two parts, so the parts are independent and combine directly');
    const one = evaluate({ domains: [{ id: 'd', availability: 0.999 }], root: { type: 'k-of-n', k: 1, parts: [c(0.99, ['d']), c(0.99, ['d'])] } }).methodNote;
    expect(one).toMatch(/state of the one shared domain,/);
    const two = evaluate({ domains: [{ id: 'd', availability: 0.999 }, { id: 'e', availability: 0.99 }], root: { type: 'k-of-n', k: 1, parts: [c(0.99, ['d', 'e']), c(0.99, ['d', 'e'])] } }).methodNote;
    expect(two).toMatch(/state of the 2 shared domains,/);
    for (const note of [none, one, two]) expect(note).not.toMatch(/steps/);
  });
});

describe('downtime back to unavailability', () => {
  test('the Azure downtime table read backwards: 43.2 min a month, 8.76 h a year and 10.1 min a week are 99.9%', async () => {
    const { unavailabilityFromDowntime, periodSeconds } = await import('../../../../src/engine/availability/index.ts');
    expect(unavailabilityFromDowntime(43.2 * 60, 'month')).toBeCloseTo(0.001, 15);
    expect(unavailabilityFromDowntime(8.76 * 3600, 'year')).toBeCloseTo(0.001, 15);
    expect(unavailabilityFromDowntime(10.08 * 60, 'week')).toBeCloseTo(0.001, 15);
    expect(periodSeconds('year', 'gregorian')).toBe(365.2425 * 86_400);
    expect(unavailabilityFromDowntime(86_400, 'day')).toBe(1);
    expect(() => unavailabilityFromDowntime(86_401, 'day')).toThrow(/longer than a day/);
    expect(() => unavailabilityFromDowntime(-1, 'day')).toThrow(/0 or more/);
    expect(() => unavailabilityFromDowntime(1, 'fortnight' as never)).toThrow(/period must be/);
  });
});
