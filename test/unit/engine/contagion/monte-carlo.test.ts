// Monte Carlo: determinism, the step/progress/abort API, and agreement with exact enumeration of every
// failure combination on tiny graphs.
import { describe, expect, test } from 'vitest';
import { compile, createMonteCarlo, monteCarlo, ScenarioError, type FailureGroup, type MonteCarloOptions } from '../../../../src/engine/contagion/index.ts';
import { mulberry32, nodeId, referenceWaves, toEngineScenario, type RefModel, type RefRule } from './reference.ts';

/** A random tiny model built with the test's own generator. */
function tinyModel(seed: number, n: number): RefModel {
  const random = mulberry32(seed);
  const pick = (k: number): number => Math.floor(random() * k);
  const edges = Array.from({ length: Math.round(n * 1.6) }, () => ({ from: pick(n), to: pick(n), weight: [1 + pick(3), 1] as const, soft: false }));
  const hard = new Array<number>(n).fill(0);
  for (const e of edges) hard[e.from]!++;
  const rules = Array.from({ length: n }, (_, i): RefRule => {
    const kind = pick(4);
    if (kind === 1) return { kind: 'any' };
    if (kind === 2 && hard[i]! > 1) return { kind: 'atLeast', k: 1 + pick(hard[i]!) };
    if (kind === 3) return { kind: 'threshold', fraction: [1, 3], strict: random() < 0.5 };
    return { kind: 'all' };
  });
  return { n, rules, degradedRules: rules.map(() => null), edges };
}

/** Exact probability that each node fails, by enumerating every combination of independent events. */
function exactFailureProbabilities(model: RefModel, nodeP: readonly number[], groups: readonly { p: number; members: number[] }[]): number[] {
  const events = [
    ...nodeP.map((p, i) => ({ p, members: [i] })).filter((e) => e.p > 0),
    ...groups,
  ];
  const result = new Array<number>(model.n).fill(0);
  for (let mask = 0; mask < 1 << events.length; mask++) {
    let probability = 1;
    const seeds: number[] = [];
    events.forEach((event, k) => {
      if (mask & (1 << k)) {
        probability *= event.p;
        seeds.push(...event.members);
      } else {
        probability *= 1 - event.p;
      }
    });
    if (probability === 0) continue;
    for (const i of referenceWaves(model, seeds).flat()) result[i]! += probability;
  }
  return result;
}

describe('Monte Carlo against exact enumeration', () => {
  test('every node failure probability lies in its reported interval (20,000 trials, 99.99% intervals)', () => {
    let checked = 0;
    for (const seed of [1, 2, 3, 4]) {
      const model = tinyModel(seed, 7);
      const random = mulberry32(seed * 101);
      const choices = [0, 0.05, 0.1, 0.3, 0.5];
      const nodeP = Array.from({ length: model.n }, () => choices[Math.floor(random() * choices.length)]!);
      const groups = [
        { p: 0.2, members: [0, 1] },
        { p: 0.05, members: [2, 3, 4] },
      ];
      const exact = exactFailureProbabilities(model, nodeP, groups);
      const options: MonteCarloOptions = {
        trials: 20_000,
        seed: `enumeration-${seed}`,
        confidence: 0.9999,
        nodeProbability: Object.fromEntries(nodeP.map((p, i) => [nodeId(i), p])),
        groups: groups.map((g, k): FailureGroup => ({ id: `g${k}`, probability: g.p, members: g.members.map(nodeId) })),
      };
      const result = monteCarlo(compile(toEngineScenario(model)), options);
      expect(result.trials).toBe(20_000);
      result.nodes.forEach((estimate, i) => {
        expect(estimate.id).toBe(nodeId(i));
        expect(exact[i]!).toBeGreaterThanOrEqual(estimate.low);
        expect(exact[i]!).toBeLessThanOrEqual(estimate.high);
        // The interval is narrow enough to mean something.
        expect(estimate.high - estimate.low).toBeLessThan(0.03);
        checked++;
      });
      // Per type: the exact expected number of failed nodes lies in the interval of the mean.
      for (const type of result.types) {
        const members = model.rules.map((_, i) => i).filter((i) => `t${i % 3}` === type.type);
        const exactMean = members.reduce((sum, i) => sum + exact[i]!, 0);
        expect(exactMean).toBeGreaterThanOrEqual(type.low);
        expect(exactMean).toBeLessThanOrEqual(type.high);
      }
    }
    expect(checked).toBe(28);
  });
});

describe('Monte Carlo determinism and API', () => {
  const model = tinyModel(42, 8);
  const graph = compile(toEngineScenario(model));
  const options: MonteCarloOptions = { trials: 3000, seed: 'same', nodeProbability: 0.1, groups: [{ id: 'host', probability: 0.05, members: [nodeId(0), nodeId(1)] }] };

  test('equal seeds give equal results; other seeds give other samples', () => {
    const a = monteCarlo(graph, options);
    const b = monteCarlo(graph, { ...options });
    expect(b).toEqual(a);
    const c = monteCarlo(graph, { ...options, seed: 'other' });
    expect(c.nodes.map((x) => x.failures)).not.toEqual(a.nodes.map((x) => x.failures));
    expect(monteCarlo(graph, { ...options, seed: 7 })).toEqual(monteCarlo(graph, { ...options, seed: 7 }));
  });

  test('the chunk size does not change the result', () => {
    expect(monteCarlo(graph, { ...options, chunkSize: 7 })).toEqual(monteCarlo(graph, { ...options, chunkSize: 1000 }));
  });

  test('the step API runs in pieces and gives partial results', () => {
    const run = createMonteCarlo(graph, options);
    expect(run.step(100)).toBe(false);
    expect(run.done).toBe(100);
    expect(run.result().trials).toBe(100);
    while (!run.step(333));
    expect(run.done).toBe(3000);
    expect(run.result()).toEqual(monteCarlo(graph, options));
  });

  test('progress is reported and an AbortSignal stops the run', () => {
    const seen: number[] = [];
    monteCarlo(graph, { ...options, chunkSize: 500, onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([500, 1000, 1500, 2000, 2500, 3000]);
    const controller = new AbortController();
    const calls: number[] = [];
    expect(() =>
      monteCarlo(graph, {
        ...options,
        chunkSize: 500,
        signal: controller.signal,
        onProgress: (p) => {
          calls.push(p.done);
          controller.abort();
        },
      }),
    ).toThrow(/abort/i);
    expect(calls).toEqual([500]);
  });

  test('the step API, as the worker drives it, gives the same result in uneven steps', () => {
    const run = createMonteCarlo(graph, options);
    for (const size of [1, 7, 250, 13]) run.step(size);
    while (!run.step(333));
    expect(run.result()).toEqual(monteCarlo(graph, options));
  });

  test('certain failures, empty runs and bad options', () => {
    const certain = monteCarlo(graph, { trials: 50, nodeProbability: { [nodeId(3)]: 1 } });
    expect(certain.nodes[3]!.probability).toBe(1);
    const nothing = monteCarlo(graph, { trials: 50 });
    expect(nothing.totalFailed.mean).toBe(0);
    expect(nothing.totalFailed.histogram[0]).toBe(50);
    expect(() => monteCarlo(graph, { trials: 0 })).toThrow(ScenarioError);
    expect(() => monteCarlo(graph, { trials: 0 })).toThrow('options.trials: trials must be a whole number from 1 to 2^31 - 1, got 0');
    expect(() => monteCarlo(graph, { trials: 10, nodeProbability: { ghost: 0.5 } })).toThrow('options.nodeProbability.ghost: unknown node "ghost"');
    expect(() => monteCarlo(graph, { trials: 10, nodeProbability: 1.5 })).toThrow('options.nodeProbability: nodeProbability must be a number between 0 and 1, got 1.5');
    expect(() => monteCarlo(graph, { trials: 10, groups: [{ id: 'g', probability: 0.5, members: ['ghost'] }] })).toThrow('options.groups[0].members[0]: unknown node "ghost" in group "g"');
  });
});
