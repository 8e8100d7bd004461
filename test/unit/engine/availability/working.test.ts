// The working (working.ts) against closed forms worked by hand, and against evaluate on every preset:
// the steps a reader follows must add up to the answer shown. Expected values are closed forms, never
// the engine's output, except where the test's point is that two engine paths agree.
import { describe, expect, test } from 'vitest';
import { AvailabilityError, evaluate, workingOf, type Block, type SystemDescription } from '../../../../src/engine/availability/index.ts';
import { PRESET_GROUPS } from '../../content-files.ts';

const comp = (availability: number, domains: string[] = [], label?: string): Block => ({ type: 'component', availability, domains, ...(label ? { label } : {}) });
const rel = (x: number, y: number) => Math.abs(x - y) / Math.max(Math.abs(y), Number.MIN_VALUE);

describe('working: closed forms', () => {
  test('series of three 99.99% parts: A = 0.9999^3 (AWS Reliability Pillar, 99.97%)', () => {
    const w = workingOf({ root: { type: 'series', parts: [comp(0.9999), comp(0.9999), comp(0.9999)] } });
    expect(w.blocks).toHaveLength(1);
    const b = w.blocks[0]!;
    expect(b.kind).toBe('series');
    expect(b.parts.map((p) => p.a)).toEqual([0.9999, 0.9999, 0.9999]);
    expect(rel(b.result.a, 0.9999 ** 3)).toBeLessThan(1e-15);
    expect(rel(b.result.q, 1 - 0.9999 ** 3)).toBeLessThan(1e-12);
    expect(w.shared).toEqual([]);
    expect(w.cases).toHaveLength(1); // no shared domain: one case, everything as it is
    expect(rel(w.correlated!.q, w.independent.q)).toBeLessThan(1e-15);
  });

  test('2-of-3 at 0.9 lists P(exactly j up) as the binomial terms and sums to 0.972 (TMR: 3R^2 - 2R^3)', () => {
    const w = workingOf({ root: { type: 'k-of-n', k: 2, parts: [comp(0.9), comp(0.9), comp(0.9)] } });
    const b = w.blocks[0]!;
    if (b.kind !== 'k-of-n') throw new Error(`expected k-of-n, got ${b.kind}`);
    expect(b.identical).toBe(0.9);
    const binomial = [0.1 ** 3, 3 * 0.9 * 0.1 ** 2, 3 * 0.9 ** 2 * 0.1, 0.9 ** 3];
    b.exactly.forEach((p, j) => expect(rel(p, binomial[j]!)).toBeLessThan(1e-12));
    expect(rel(b.result.a, 3 * 0.81 - 2 * 0.729)).toBeLessThan(1e-12);
    expect(rel(b.exactly[2]! + b.exactly[3]!, b.result.a)).toBeLessThan(1e-12);
  });

  test('unequal parts are not called identical', () => {
    const w = workingOf({ root: { type: 'k-of-n', k: 2, parts: [comp(0.9), comp(0.8), comp(0.9)] } });
    const b = w.blocks[0]!;
    expect(b.kind === 'k-of-n' && b.identical).toBe(null);
    // P(at least 2 of 0.9, 0.8, 0.9) by hand: all three, or exactly one down.
    const expected = 0.9 * 0.8 * 0.9 + 0.1 * 0.8 * 0.9 + 0.9 * 0.2 * 0.9 + 0.9 * 0.8 * 0.1;
    expect(rel(b.result.a, expected)).toBeLessThan(1e-12);
  });

  test('two endpoints in one provider: the parts, the independent product and the two cases', () => {
    const system: SystemDescription = {
      domains: [{ id: 'aws', label: 'AWS', availability: 0.9999 }],
      root: { type: 'k-of-n', k: 1, label: 'Either endpoint', parts: [comp(0.999, ['aws'], 'Endpoint 1'), comp(0.999, ['aws'], 'Endpoint 2')] },
    };
    const w = workingOf(system);
    const alone = 0.999 * 0.9999;
    for (const p of w.parts) {
      expect(p.own.a).toBe(0.999);
      expect(p.factors).toEqual([{ id: 'aws', label: 'AWS', kind: 'domain', a: 0.9999, q: expect.closeTo(1e-4, 15), shared: true }]);
      expect(rel(p.alone.a, alone)).toBeLessThan(1e-15);
    }
    expect(w.blocks[0]!.kind).toBe('any');
    expect(rel(w.independent.q, (1 - alone) ** 2)).toBeLessThan(1e-9);
    expect(w.shared.map((s) => s.id)).toEqual(['aws']);
    expect(w.cases).toHaveLength(2);
    const [allUp, awsDown] = w.cases!;
    expect(allUp!.failed).toEqual([]);
    expect(rel(allUp!.probability, 0.9999)).toBeLessThan(1e-15);
    expect(rel(allUp!.given.q, 1e-6)).toBeLessThan(1e-9);
    expect(awsDown!.failed).toEqual(['aws']);
    expect(rel(awsDown!.probability, 1e-4)).toBeLessThan(1e-9);
    expect(awsDown!.given).toEqual({ a: 0, q: 1 });
    expect(rel(w.correlated!.q, 1e-4 + 0.9999 * 1e-6)).toBeLessThan(1e-9);
  });

  test('nested domains: a zone shared by two parts is down with its region, and that case is named so', () => {
    // A and B in zone z1, C in zone z2, all in region r; any one of the three is enough.
    const system: SystemDescription = {
      domains: [
        { id: 'r', availability: 0.999 },
        { id: 'z1', parent: 'r', availability: 0.99 },
        { id: 'z2', parent: 'r', availability: 0.98 },
      ],
      root: { type: 'k-of-n', k: 1, parts: [comp(0.9, ['z1']), comp(0.9, ['z1']), comp(0.9, ['z2'])] },
    };
    const w = workingOf(system);
    expect(w.shared.map((s) => s.id)).toEqual(['r', 'z1']); // z2 has one user: folded into C
    const qC = 1 - 0.9 * 0.98; // C with its own zone folded in
    const expected = 0.001 + 0.999 * 0.99 * (0.1 * 0.1 * qC) + 0.999 * 0.01 * qC;
    expect(rel(w.correlated!.q, expected)).toBeLessThan(1e-9);
    const rDown = w.cases!.find((c) => c.failed.includes('r'))!;
    expect(rDown.failed).toEqual(['r']);
    expect(rDown.downWithParent).toEqual(['z1']);
    expect(rDown.given.q).toBe(1);
    expect(w.cases!.reduce((s, c) => s + c.probability, 0)).toBeCloseTo(1, 14);
    expect(rel(w.correlated!.q, evaluate(system).unavailability)).toBeLessThan(1e-12);
  });

  test('a beta factor appears as a shared common cause: 2-of-3, p = 1e-3, beta = 0.05 (about 5.3e-5)', () => {
    const w = workingOf({ root: { type: 'k-of-n', k: 2, beta: 0.05, parts: [comp(0.999), comp(0.999), comp(0.999)] } });
    expect(w.shared).toHaveLength(1);
    expect(w.shared[0]!.kind).toBe('common-cause');
    expect(rel(w.shared[0]!.q, 0.05 * 1e-3)).toBeLessThan(1e-9);
    // Each member's independent share: q_ind = (1 - beta) q / (1 - beta q) (README, "Beta factor").
    const qInd = (0.95 * 1e-3) / (1 - 0.05 * 1e-3);
    for (const p of w.parts) expect(rel(p.own.q, qInd)).toBeLessThan(1e-9);
    expect(w.correlated!.q).toBeGreaterThan(5.2e-5);
    expect(w.correlated!.q).toBeLessThan(5.4e-5);
  });

  test('a threshold of three equal weights, more than two thirds, needs all three: A = a^3', () => {
    const w = workingOf({ root: { type: 'threshold', share: 2 / 3, comparison: 'more-than', weights: [1, 1, 1], parts: [comp(0.9), comp(0.9), comp(0.9)] } });
    const b = w.blocks[0]!;
    expect(b.kind === 'threshold' && b.strict && b.totalWeight).toBe(3);
    expect(rel(b.result.a, 0.729)).toBeLessThan(1e-12);
  });

  test('too many shared domains to list: no cases and a note, never a partial sum', () => {
    const domains = Array.from({ length: 14 }, (_, i) => ({ id: `d${i}`, availability: 0.99 }));
    const parts = Array.from({ length: 14 }, (_, i) => comp(0.9, [`d${i}`, `d${(i + 1) % 14}`]));
    const w = workingOf({ domains, root: { type: 'k-of-n', k: 7, parts } });
    expect(w.cases).toBe(null);
    expect(w.correlated).toBe(null);
    expect(w.casesNote).toMatch(/14 shared domains have more than 4096 joint states/);
  });

  test('an invalid system is refused with the engine’s error', () => {
    expect(() => workingOf({ root: { type: 'k-of-n', k: 3, parts: [comp(0.9)] } })).toThrow(AvailabilityError);
  });
});

describe('working: adds up to evaluate on every preset', () => {
  for (const group of PRESET_GROUPS) {
    for (const s of group.strategies) {
      test(`${group.id}/${s.id}`, () => {
        const r = evaluate(s.system, { importance: false });
        const w = workingOf(s.system);
        expect(rel(w.independent.q, r.independent!.unavailability)).toBeLessThan(1e-9);
        expect(w.blocks.at(-1)?.path ?? w.parts[0]!.path).toBe('root'); // the last block, or the one component
        expect(w.cases).not.toBe(null);
        expect(rel(w.correlated!.q, r.unavailability)).toBeLessThan(1e-9);
        expect(rel(w.correlated!.a, r.availability)).toBeLessThan(1e-12);
      });
    }
  }
});
