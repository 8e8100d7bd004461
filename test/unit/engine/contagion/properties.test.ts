// Property tests (fast-check, fixed seeds so CI is deterministic) and the brute-force cross-check of
// the engine against the naive reference in reference.ts.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cascade, cascadeIndices, compile, createWorkspace, evaluate, runCascade } from '../../../../src/engine/contagion/index.ts';
import { modelArb, modelWithSeedsArb, mulberry32, nodeId, referenceDegraded, referenceWaves, toEngineScenario, type RefModel } from './reference.ts';

const asSet = (ids: readonly string[]): string[] => [...ids].sort();
const names = (indices: readonly number[]): string[] => indices.map(nodeId).sort();

/** Deterministic shuffle driven by fast-check's own seeded random source. */
function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => [item, keys[i % Math.max(1, keys.length)]! + i * 1e-9] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([item]) => item);
}

describe('brute-force cross-check against the naive reference', () => {
  test('waves (as sets) match synchronous fixed-point rounds on random small graphs, all four rules, cycles', () => {
    fc.assert(
      fc.property(modelWithSeedsArb(10), ({ model, seeds }) => {
        const graph = compile(toEngineScenario(model));
        const result = cascade(graph, seeds.map(nodeId));
        const expected = referenceWaves(model, seeds);
        expect(result.waves.map(asSet)).toEqual(expected.map(names));
        expect(asSet(result.failed)).toEqual(names(expected.flat()));
      }),
      { seed: 20260501, numRuns: 1500 },
    );
  });

  test('the same with weights too large for 32-bit counters (the exact double path)', () => {
    const scaled = modelWithSeedsArb(8).map(({ model, seeds }) => ({
      model: { ...model, edges: model.edges.map((e) => ({ ...e, weight: [e.weight[0] * 3_000_000_019, e.weight[1]] as const })) },
      seeds,
    }));
    fc.assert(
      fc.property(scaled, ({ model, seeds }) => {
        const graph = compile(toEngineScenario(model));
        const expected = referenceWaves(model, seeds);
        expect(cascade(graph, seeds.map(nodeId)).waves.map(asSet)).toEqual(expected.map(names));
      }),
      { seed: 424242, numRuns: 400 },
    );
  });

  test('the degraded set matches the reference fixed point (soft edges and degraded rules)', () => {
    fc.assert(
      fc.property(modelWithSeedsArb(9, true), ({ model, seeds }) => {
        const graph = compile(toEngineScenario(model));
        const outcome = evaluate(graph, seeds.map(nodeId));
        const failed = new Set(referenceWaves(model, seeds).flat());
        expect(asSet(outcome.failed)).toEqual(names([...failed]));
        expect(outcome.degraded).toEqual(names(referenceDegraded(model, failed)).sort());
        for (const [id, status] of outcome.status) {
          const i = Number(id.slice(1));
          expect(status).toBe(failed.has(i) ? 'down' : outcome.degraded.includes(id) ? 'degraded' : 'up');
        }
      }),
      { seed: 7, numRuns: 800 },
    );
  });

  test('the index API returns the same waves as the string API', () => {
    fc.assert(
      fc.property(modelWithSeedsArb(10), ({ model, seeds }) => {
        const graph = compile(toEngineScenario(model));
        const byName = cascade(graph, seeds.map(nodeId));
        const { failed, waveOffsets } = cascadeIndices(graph, Int32Array.from(seeds));
        const waves: string[][] = [];
        for (let w = 0; w + 1 < waveOffsets.length; w++) waves.push(names([...failed.subarray(waveOffsets[w], waveOffsets[w + 1])]));
        expect(waves).toEqual(byName.waves.map(asSet));
      }),
      { seed: 99, numRuns: 300 },
    );
  });
});

describe('workspace reuse', () => {
  test('a reused workspace gives the same result as a fresh one, run after run', () => {
    // 2,000 nodes, mostly redundant, so some cascades touch little (scattered reset) and some a lot (bulk reset).
    const random = mulberry32(2024);
    const n = 2000;
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `w${i}`, rule: i % 3 === 0 ? undefined : { kind: 'any' as const } }));
    const edges = Array.from({ length: 3 * n }, () => ({ from: `w${Math.floor(random() * n)}`, to: `w${Math.floor(random() * n)}`, weight: 1 }));
    const graph = compile({ nodes, edges });
    const reused = createWorkspace(graph);
    let small = 0;
    let large = 0;
    for (let run = 0; run < 300; run++) {
      const seeds = Array.from({ length: 1 + (run % 7) * (run % 5) * 10 }, () => Math.floor(random() * n));
      const fresh = createWorkspace(graph);
      const expected = runCascade(fresh, seeds);
      expect(runCascade(reused, seeds)).toBe(expected);
      expect([...reused.order.subarray(0, expected)].sort()).toEqual([...fresh.order.subarray(0, expected)].sort());
      if (reused.touchedCount > n / 8) large++;
      else small++;
    }
    expect(small).toBeGreaterThan(10);
    expect(large).toBeGreaterThan(10);
  });
});

describe('model properties', () => {
  test('monotonicity: failing more seeds never fails fewer nodes', () => {
    fc.assert(
      fc.property(modelWithSeedsArb(12), fc.array(fc.nat()), ({ model, seeds }, extra) => {
        const graph = compile(toEngineScenario(model));
        const more = [...seeds, ...extra.map((x) => x % model.n)];
        const small = new Set(cascade(graph, seeds.map(nodeId)).failed);
        const large = new Set(cascade(graph, more.map(nodeId)).failed);
        for (const id of small) expect(large.has(id)).toBe(true);
      }),
      { seed: 11, numRuns: 600 },
    );
  });

  test('order independence: permuting nodes, edges and seeds gives the same failed set and waves', () => {
    fc.assert(
      fc.property(modelWithSeedsArb(12), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1 }), ({ model, seeds }, keys) => {
        const scenario = toEngineScenario(model);
        const permuted = { nodes: shuffled(scenario.nodes, keys), edges: shuffled(scenario.edges, [...keys].reverse()) };
        const a = cascade(compile(scenario), seeds.map(nodeId));
        const b = cascade(compile(permuted), shuffled(seeds, keys).map(nodeId));
        expect(b.waves.map(asSet)).toEqual(a.waves.map(asSet));
      }),
      { seed: 5, numRuns: 600 },
    );
  });

  test('termination on cycles: a ring of mutual dependencies, any rule, ends with every node failing at most once', () => {
    for (const size of [1, 2, 3, 50, 1000]) {
      const nodes = Array.from({ length: size }, (_, i) => ({ id: `r${i}` }));
      const edges = nodes.flatMap((_, i) => [
        { from: `r${i}`, to: `r${(i + 1) % size}` },
        { from: `r${(i + 1) % size}`, to: `r${i}` },
      ]);
      const result = cascade(compile({ nodes, edges }), ['r0']);
      expect(result.failed).toHaveLength(size);
      expect(new Set(result.failed).size).toBe(size);
      // Both directions of the ring fail in parallel: ceil((size - 1) / 2) rounds after the seed.
      expect(result.waves).toHaveLength(1 + Math.ceil((size - 1) / 2));
    }
    // A redundant cycle never trips: each node still has one healthy neighbour.
    const redundant = compile({
      nodes: [0, 1, 2].map((i) => ({ id: `c${i}`, rule: { kind: 'any' as const } })),
      edges: [0, 1, 2].flatMap((i) => [{ from: `c${i}`, to: `c${(i + 1) % 3}` }, { from: `c${i}`, to: `c${(i + 2) % 3}` }]),
    });
    expect(cascade(redundant, ['c0']).failed).toEqual(['c0']);
  });

  test('random graphs with cycles terminate and fail each node at most once', () => {
    fc.assert(
      fc.property(modelArb(30), fc.nat(), (model: RefModel, seed) => {
        const graph = compile(toEngineScenario(model));
        const result = cascade(graph, [nodeId(seed % model.n)]);
        expect(new Set(result.failed).size).toBe(result.failed.length);
        expect(result.failed.length).toBeLessThanOrEqual(model.n);
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
