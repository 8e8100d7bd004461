import { describe, expect, test } from 'vitest';
import { PRESET_GROUPS } from '../content-files.ts';
import { evaluate } from '../../../src/engine/availability/schema.ts';
import { explainDifference } from '../../../src/features/redundancy/why-answers-differ.ts';
import { formatDuration, formatNines, formatRatio } from '../../../src/features/redundancy/result-text.ts';

describe('formatting', () => {
  test('durations use the two largest units', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(0.5)).toBe('0.5 s');
    expect(formatDuration(42.34)).toBe('42.3 s');
    expect(formatDuration(31_536)).toBe('8 h 46 min'); // 0.1% of a 365-day year: 8.76 h
    expect(formatDuration(3599.6)).toBe('1 h');
    expect(formatDuration(2 * 86_400 + 3 * 3600)).toBe('2 d 3 h');
  });

  test('nines and ratios', () => {
    expect(formatNines(3)).toBe('3.0');
    expect(formatNines(Infinity)).toBe('∞');
    expect(formatRatio(12.4)).toBe('12×');
    expect(formatRatio(1.26)).toBe('1.3×');
  });
});

describe('why the naive and correlated answers differ', () => {
  const rpc = PRESET_GROUPS.find((g) => g.id === 'rpc-access')!;
  test('names the shared domain when it makes things worse', () => {
    const result = evaluate(rpc.strategies.find((s) => s.id === 'three-endpoints-one-region')!.system);
    expect(result.correlation!.unavailabilityRatio).toBeGreaterThan(1);
    expect(explainDifference(result)).toMatch(/Provider A, region 1/);
  });

  test('says the answers agree when nothing is shared', () => {
    const result = evaluate({ root: { type: 'k-of-n', k: 1, parts: [{ type: 'component', availability: 0.99 }, { type: 'component', availability: 0.99 }] } });
    expect(explainDifference(result)).toMatch(/agree/);
  });

  test('explains a shared domain under parts that are all needed as double counting', () => {
    const result = evaluate({
      domains: [{ id: 'region', availability: 0.99 }],
      root: { type: 'series', parts: [{ type: 'component', availability: 0.999, domains: ['region'] }, { type: 'component', availability: 0.999, domains: ['region'] }] },
    });
    expect(explainDifference(result)).toMatch(/too gloomy/);
  });
});
