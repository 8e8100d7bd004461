/**
 * An independent, deliberately naive reference for the contagion model, used to cross-check the engine.
 * It shares no code with src/engine/contagion: synchronous rounds that re-scan EVERY node until nothing
 * changes, and exact rational arithmetic with BigInt for weights and fractions (given as the integer
 * pairs the generator drew, not as floating-point numbers).
 */
import fc from 'fast-check';
import type { Rule, Scenario } from '../../../../src/engine/contagion/index.ts';

/** An exact non-negative rational num/den. */
export type Ratio = readonly [num: number, den: number];

export type RefRule =
  | { kind: 'all' }
  | { kind: 'any' }
  | { kind: 'atLeast'; k: number }
  | { kind: 'threshold'; fraction: Ratio; strict: boolean };

export interface RefEdge {
  from: number;
  to: number;
  weight: Ratio;
  soft: boolean;
}

export interface RefModel {
  n: number;
  rules: RefRule[];
  degradedRules: (RefRule | null)[];
  edges: RefEdge[];
}

/** Is the rule of `node` violated when the nodes in `lost` are lost? (hard edges only) */
export function violated(model: RefModel, node: number, rule: RefRule, lost: ReadonlySet<number>): boolean {
  const deps = model.edges.filter((e) => e.from === node && !e.soft);
  if (deps.length === 0) return false;
  const lostDeps = deps.filter((e) => lost.has(e.to));
  switch (rule.kind) {
    case 'all':
      return lostDeps.length >= 1;
    case 'any':
      return lostDeps.length === deps.length;
    case 'atLeast':
      return deps.length - lostDeps.length < rule.k;
    case 'threshold': {
      // failed/total compared with p/q as fractions: failed * q  vs  p * total, all in BigInt.
      const sum = (list: RefEdge[]): [bigint, bigint] =>
        list.reduce<[bigint, bigint]>(([n, d], e) => [n * BigInt(e.weight[1]) + BigInt(e.weight[0]) * d, d * BigInt(e.weight[1])], [0n, 1n]);
      const [fn, fd] = sum(lostDeps);
      const [tn, td] = sum(deps);
      if (tn === 0n || fn === 0n) return false; // never fails while no weight has failed
      const [p, q] = [BigInt(rule.fraction[0]), BigInt(rule.fraction[1])];
      const left = fn * td * q; // failed/total = (fn/fd) / (tn/td) = fn*td / (fd*tn)
      const right = p * fd * tn;
      return rule.strict ? left > right : left >= right;
    }
  }
}

/** Synchronous rounds by brute force: waves[0] = seeds, waves[i] = nodes whose rule broke given rounds < i. */
export function referenceWaves(model: RefModel, seeds: readonly number[]): number[][] {
  const failed = new Set<number>(seeds);
  const waves: number[][] = [[...failed].sort((a, b) => a - b)];
  if (failed.size === 0) return [];
  for (;;) {
    const next: number[] = [];
    for (let i = 0; i < model.n; i++) {
      if (!failed.has(i) && violated(model, i, model.rules[i]!, failed)) next.push(i);
    }
    if (next.length === 0) return waves;
    for (const i of next) failed.add(i);
    waves.push(next);
  }
}

/** The degraded set: fixed point of "degradedRule broken by lost (down or degraded) deps, or a soft dep lost". */
export function referenceDegraded(model: RefModel, failed: ReadonlySet<number>): number[] {
  const impaired = new Set(failed);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < model.n; i++) {
      if (impaired.has(i)) continue;
      const softLost = model.edges.some((e) => e.from === i && e.soft && impaired.has(e.to));
      if (softLost || violated(model, i, model.degradedRules[i] ?? model.rules[i]!, impaired)) {
        impaired.add(i);
        changed = true;
      }
    }
  }
  return [...impaired].filter((i) => !failed.has(i)).sort((a, b) => a - b);
}

export const nodeId = (i: number): string => `n${i}`;

function toRule(rule: RefRule): Rule {
  return rule.kind === 'threshold'
    ? { kind: 'threshold', fraction: rule.fraction[0] / rule.fraction[1], strict: rule.strict }
    : rule;
}

/** The same model as an engine scenario (weights and fractions become doubles). */
export function toEngineScenario(model: RefModel): Scenario {
  return {
    nodes: model.rules.map((rule, i) => {
      const degraded = model.degradedRules[i];
      return degraded ? { id: nodeId(i), type: `t${i % 3}`, rule: toRule(rule), degradedRule: toRule(degraded) } : { id: nodeId(i), type: `t${i % 3}`, rule: toRule(rule) };
    }),
    edges: model.edges.map((e) => (e.soft ? { from: nodeId(e.from), to: nodeId(e.to), kind: 'soft' as const } : { from: nodeId(e.from), to: nodeId(e.to), weight: e.weight[0] / e.weight[1] })),
  };
}

/** Small exact ratios, including the awkward ones (1/3, 2/3, 1/7, 1/10). */
const ratio = (maxDen: number, maxNum: number): fc.Arbitrary<Ratio> =>
  fc.integer({ min: 1, max: maxDen }).chain((den) => fc.integer({ min: 0, max: maxNum * den }).map((num): Ratio => [num, den]));

const fractionArb: fc.Arbitrary<Ratio> = fc.oneof(
  fc.constantFrom<Ratio>([0, 1], [1, 1], [1, 3], [2, 3], [1, 2], [1, 10], [3, 10], [1, 7]),
  fc.integer({ min: 1, max: 12 }).chain((q) => fc.integer({ min: 0, max: q }).map((p): Ratio => [p, q])),
);

/**
 * Random models: up to maxNodes nodes, random edges (cycles, self-loops and parallel edges allowed),
 * all four rules with k within range, exact weights, optional soft edges and degraded rules.
 */
export function modelArb(maxNodes = 10, withDegradation = false): fc.Arbitrary<RefModel> {
  return fc.integer({ min: 1, max: maxNodes }).chain((n) =>
    fc
      .record({
        edges: fc.array(
          fc.record({
            from: fc.integer({ min: 0, max: n - 1 }),
            to: fc.integer({ min: 0, max: n - 1 }),
            weight: fc.oneof(fc.constant<Ratio>([1, 1]), ratio(10, 3), fc.constantFrom<Ratio>([1, 3], [0, 1], [2, 1])),
            soft: withDegradation ? fc.boolean() : fc.constant(false),
          }),
          { maxLength: n * 4 },
        ),
        ruleSeeds: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), fractionArb, fc.boolean()), { minLength: n, maxLength: n }),
        degradedSeeds: fc.array(fc.option(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), fractionArb, fc.boolean()), { nil: null }), { minLength: n, maxLength: n }),
      })
      .map(({ edges, ruleSeeds, degradedSeeds }) => {
        const hardDeps = new Array<number>(n).fill(0);
        for (const e of edges) if (!e.soft) hardDeps[e.from]!++;
        const makeRule = ([kind, k, fraction, strict]: [number, number, Ratio, boolean], i: number): RefRule => {
          if (kind === 0) return { kind: 'all' };
          if (kind === 1) return { kind: 'any' };
          if (kind === 2) return hardDeps[i]! > 0 ? { kind: 'atLeast', k: 1 + (k % hardDeps[i]!) } : { kind: 'all' };
          return { kind: 'threshold', fraction, strict };
        };
        return {
          n,
          rules: ruleSeeds.map(makeRule),
          degradedRules: degradedSeeds.map((d, i) => (withDegradation && d ? makeRule(d, i) : null)),
          edges: edges.map((e) => ({ ...e })),
        };
      }),
  );
}

/** A model with a seed list (possibly with repeats). */
export function modelWithSeedsArb(maxNodes = 10, withDegradation = false): fc.Arbitrary<{ model: RefModel; seeds: number[] }> {
  return modelArb(maxNodes, withDegradation).chain((model) =>
    fc.array(fc.integer({ min: 0, max: model.n - 1 }), { maxLength: model.n + 2 }).map((seeds) => ({ model, seeds })),
  );
}

/** A tiny seeded generator for building test graphs (independent of the engine's). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Erdős–Rényi G(n, M): M distinct undirected pairs without self-loops, as [a, b] pairs. */
export function erdosRenyiPairs(n: number, meanDegree: number, random: () => number): Int32Array {
  const m = Math.round((meanDegree * n) / 2);
  const seen = new Set<number>();
  const pairs = new Int32Array(2 * m);
  let k = 0;
  while (k < m) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs[2 * k] = a;
    pairs[2 * k + 1] = b;
    k++;
  }
  return pairs;
}
