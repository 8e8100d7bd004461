/**
 * Each service's availability from the translation equals a brute-force enumeration over every up/down
 * state of the components (written here from the rules' definitions, not from the translation), on random
 * small DAGs with all four rules; hand-checked closed forms; the independent answer is the naive product;
 * cycles and oversized trees fall back to Monte Carlo and say why.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rule, Scenario } from '../../../../src/engine/contagion/index.ts';
import { serviceAvailability } from '../../../../src/engine/service-availability/index.ts';

interface Model {
  n: number;
  p: number[];
  rules: Rule[];
  /** deps[v] = [dependency, integer weight][] (hard); edges go from a higher index to a lower one. */
  deps: [number, number][][];
  soft: [number, number][];
}

/** Is node v up, given which nodes are up by themselves? Rules as the contagion README states them. */
function upStates(model: Model, own: boolean[]): boolean[] {
  const up = new Array<boolean>(model.n).fill(false);
  for (let v = 0; v < model.n; v++) {
    const deps = model.deps[v]!;
    const rule = model.rules[v]!;
    const healthy = deps.filter(([c]) => up[c]).length;
    let ruleOk: boolean;
    if (deps.length === 0) ruleOk = true;
    else if (rule.kind === 'all') ruleOk = healthy === deps.length;
    else if (rule.kind === 'any') ruleOk = healthy >= 1;
    else if (rule.kind === 'atLeast') ruleOk = healthy >= rule.k;
    else {
      // failed share of weight >= fraction (> when strict); never while no weight failed; exact in integers:
      // fraction = p/q, failed/total >= p/q  <=>  failed * q >= p * total.
      const total = deps.reduce((s, [, w]) => s + w, 0);
      const failed = deps.filter(([c]) => !up[c]).reduce((s, [, w]) => s + w, 0);
      const [p, q] = (rule as Rule & { ratio: [number, number] }).ratio;
      const trips = failed > 0 && (rule.strict ? failed * q > p * total : failed * q >= p * total);
      ruleOk = total === 0 || !trips;
    }
    up[v] = own[v]! && ruleOk;
  }
  return up;
}

/** P(v up) for every v, summing over all 2^n states of the components. */
function bruteForce(model: Model): number[] {
  const sums = new Array<number>(model.n).fill(0);
  for (let mask = 0; mask < 1 << model.n; mask++) {
    const own: boolean[] = [];
    let probability = 1;
    for (let v = 0; v < model.n; v++) {
      const isUp = (mask & (1 << v)) !== 0;
      own.push(isUp);
      probability *= isUp ? model.p[v]! : 1 - model.p[v]!;
    }
    const up = upStates(model, own);
    for (let v = 0; v < model.n; v++) if (up[v]) sums[v] = sums[v]! + probability;
  }
  return sums;
}

/** The naive answer: every dependency an independent copy, so P(v) = p_v * P(rule met | children independent). */
function naive(model: Model): number[] {
  const a: number[] = [];
  for (let v = 0; v < model.n; v++) {
    const deps = model.deps[v]!;
    // distribution of the number (or weight) of healthy dependencies, children independent
    let dist = new Map<number, number>([[0, 1]]);
    for (const [c, w] of deps) {
      const next = new Map<number, number>();
      for (const [healthyWeight, pr] of dist) {
        next.set(healthyWeight + w, (next.get(healthyWeight + w) ?? 0) + pr * a[c]!);
        next.set(healthyWeight, (next.get(healthyWeight) ?? 0) + pr * (1 - a[c]!));
      }
      dist = next;
    }
    const rule = model.rules[v]!;
    const total = deps.reduce((s, [, w]) => s + w, 0);
    let ok = 0;
    for (const [healthyWeight, pr] of dist) {
      const failed = total - healthyWeight;
      let met: boolean;
      if (deps.length === 0) met = true;
      else if (rule.kind === 'threshold') {
        const [p, q] = (rule as Rule & { ratio: [number, number] }).ratio;
        met = total === 0 || !(failed > 0 && (rule.strict ? failed * q > p * total : failed * q >= p * total));
      } else met = healthyWeight >= (rule.kind === 'all' ? total : rule.kind === 'any' ? 1 : rule.k); // unit weights here
      if (met) ok += pr;
    }
    a.push(model.p[v]! * ok);
  }
  return a;
}

function scenarioOf(model: Model): Scenario {
  return {
    nodes: model.rules.map((rule, v) => ({ id: `n${v}`, rule: rule.kind === 'threshold' ? { kind: 'threshold', fraction: rule.fraction, ...(rule.strict ? { strict: true } : {}) } : rule })),
    edges: [
      ...model.deps.flatMap((list, v) => list.map(([c, w]) => ({ from: `n${v}`, to: `n${c}`, weight: w }))),
      ...model.soft.map(([v, c]) => ({ from: `n${v}`, to: `n${c}`, kind: 'soft' as const })),
    ],
  };
}

const modelArb: fc.Arbitrary<Model> = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc
    .record({
      p: fc.array(fc.constantFrom(0, 0.5, 0.9, 0.97, 0.999, 1, 0.3), { minLength: n, maxLength: n }),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 0, max: 3 })), { maxLength: 3 * n }),
      kinds: fc.array(fc.tuple(fc.constantFrom('all', 'any', 'atLeast', 'threshold'), fc.nat(3), fc.constantFrom<[number, number]>([0, 1], [1, 3], [1, 2], [2, 3], [1, 1]), fc.boolean()), { minLength: n, maxLength: n }),
      soft: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 }),
    })
    .map(({ p, edges, kinds, soft }) => {
      const deps: [number, number][][] = Array.from({ length: n }, () => []);
      const seen = new Set<string>();
      for (const [x, y, w] of edges) {
        const [v, c] = x > y ? [x, y] : [y, x];
        if (v === c || seen.has(`${v},${c}`)) continue;
        seen.add(`${v},${c}`);
        deps[v]!.push([c, w]);
      }
      const rules = kinds.map(([kind, k, ratio, strict], v): Rule => {
        const count = deps[v]!.length;
        if (kind === 'threshold') return { kind: 'threshold', fraction: ratio[0] / ratio[1], strict, ratio } as Rule;
        // unit weights for the counting rules
        deps[v] = deps[v]!.map(([c]) => [c, 1]);
        if (kind === 'atLeast') return count === 0 ? { kind: 'all' } : { kind: 'atLeast', k: 1 + (k % count) };
        return { kind } as Rule;
      });
      const softEdges = soft.filter(([x, y]) => x !== y && !seen.has(`${Math.max(x, y)},${Math.min(x, y)}`)).map(([x, y]): [number, number] => (x > y ? [x, y] : [y, x]));
      return { n, p, rules, deps, soft: [...new Map(softEdges.map((e) => [`${e[0]},${e[1]}`, e])).values()] };
    }),
);

describe('exact availability per service', () => {
  it('equals brute-force enumeration on random DAGs, and the independent answer is the naive product', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const expected = bruteForce(model);
        const expectedNaive = naive(model);
        const ids = model.rules.map((_, v) => `n${v}`);
        const report = serviceAvailability(scenarioOf(model), { services: ids, byNode: Object.fromEntries(ids.map((id, v) => [id, model.p[v]!])) });
        report.services.forEach((service, v) => {
          expect(service.method).toBe('exact');
          expect(service.availability).toBeCloseTo(expected[v]!, 12);
          expect(service.independent!).toBeCloseTo(expectedNaive[v]!, 12);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('some random DAGs share a dependency, and there correlation matters (the test can tell the two apart)', () => {
    let differing = 0;
    fc.assert(
      fc.property(modelArb, (model) => {
        const correlated = bruteForce(model);
        const independent = naive(model);
        if (correlated.some((a, v) => Math.abs(a - independent[v]!) > 1e-9)) differing++;
      }),
      { numRuns: 200, seed: 7 },
    );
    expect(differing).toBeGreaterThan(10);
  });
});

describe('closed forms', () => {
  it('a series pair: p_s * p_a * p_b', () => {
    const r = serviceAvailability(
      { nodes: [{ id: 's' }, { id: 'a' }, { id: 'b' }], edges: [{ from: 's', to: 'a' }, { from: 's', to: 'b' }] },
      { byNode: { s: 0.99, a: 0.9, b: 0.8 } },
    );
    expect(r.services).toHaveLength(1);
    expect(r.services[0]!.availability).toBeCloseTo(0.99 * 0.9 * 0.8, 15);
    expect(r.services[0]!.independent).toBeCloseTo(0.99 * 0.9 * 0.8, 15);
    expect(r.services[0]!.sharedDependencies).toBe(0);
  });

  it('1-of-2 whose two paths share a region: p_d (1 - q_x q_y), against the naive 1 - (1 - p_x p_d)(1 - p_y p_d)', () => {
    const r = serviceAvailability(
      {
        nodes: [{ id: 'wallet', rule: { kind: 'any' } }, { id: 'x' }, { id: 'y' }, { id: 'region' }],
        edges: [{ from: 'wallet', to: 'x' }, { from: 'wallet', to: 'y' }, { from: 'x', to: 'region' }, { from: 'y', to: 'region' }],
      },
      { byNode: { wallet: 1, x: 0.9, y: 0.8, region: 0.95 } },
    );
    const s = r.services[0]!;
    expect(s.availability).toBeCloseTo(0.95 * (1 - 0.1 * 0.2), 15);
    expect(s.independent).toBeCloseTo(1 - (1 - 0.9 * 0.95) * (1 - 0.8 * 0.95), 15);
    expect(s.sharedDependencies).toBe(1);
  });

  it('2-of-3 identical replicas: 3p^2(1 - p) + p^3', () => {
    const p = 0.9;
    const r = serviceAvailability(
      { nodes: [{ id: 'q', rule: { kind: 'atLeast', k: 2 } }, { id: 'r1' }, { id: 'r2' }, { id: 'r3' }], edges: ['r1', 'r2', 'r3'].map((to) => ({ from: 'q', to })) },
      { byNode: { q: 1, r1: p, r2: p, r3: p } },
    );
    expect(r.services[0]!.availability).toBeCloseTo(3 * p * p * (1 - p) + p ** 3, 15);
  });

  it('a strict threshold of the whole weight never trips: only the service itself counts', () => {
    // Found by the brute-force property (seed -1923564507): fraction 1, strict, fails only when more
    // than all of the weight fails, which cannot happen.
    const r = serviceAvailability(
      {
        nodes: [{ id: 's', rule: { kind: 'threshold', fraction: 1, strict: true } }, { id: 'a' }, { id: 'b' }],
        edges: [{ from: 's', to: 'a' }, { from: 's', to: 'b' }],
      },
      { byNode: { s: 0.99, a: 0.5, b: 0.5 } },
    );
    expect(r.services[0]!.availability).toBeCloseTo(0.99, 15);
  });

  it('a soft dependency does not enter availability', () => {
    const r = serviceAvailability({ nodes: [{ id: 's' }, { id: 'a' }], edges: [{ from: 's', to: 'a', kind: 'soft' }] }, { byNode: { s: 0.99, a: 0.5 } });
    expect(r.services.map((s) => [s.id, s.availability])).toEqual([['s', 0.99]]);
  });
});

describe('when exact evaluation is out of reach', () => {
  it('a cycle: Monte Carlo with an interval that holds the exact value, and the cycle named', () => {
    // s needs a; a and b need each other: s is up iff s, a and b are all up.
    const r = serviceAvailability(
      { nodes: [{ id: 's' }, { id: 'a' }, { id: 'b' }], edges: [{ from: 's', to: 'a' }, { from: 'a', to: 'b' }, { from: 'b', to: 'a' }] },
      { byNode: { s: 0.95, a: 0.9, b: 0.8 }, monteCarlo: { trials: 100_000, seed: 3 } },
    );
    const s = r.services[0]!;
    expect(s.method).toBe('monte-carlo');
    if (s.method !== 'monte-carlo') return;
    expect(s.reason).toBe('cycle');
    expect(s.cycle).toEqual(['a', 'b', 'a']);
    expect(s.interval[0]).toBeLessThanOrEqual(0.95 * 0.9 * 0.8);
    expect(s.interval[1]).toBeGreaterThanOrEqual(0.95 * 0.9 * 0.8);
    expect(s.independent).toBeNull();
  });

  it('a tree too large to unfold: Monte Carlo, said so', () => {
    // A ladder of diamonds doubles the paths at each step: 2^20 copies of the bottom node.
    const nodes = [{ id: 'top' }];
    const edges: { from: string; to: string }[] = [];
    let above = 'top';
    for (let i = 0; i < 20; i++) {
      nodes.push({ id: `l${i}` }, { id: `r${i}` }, { id: `m${i}` });
      edges.push({ from: above, to: `l${i}` }, { from: above, to: `r${i}` }, { from: `l${i}`, to: `m${i}` }, { from: `r${i}`, to: `m${i}` });
      above = `m${i}`;
    }
    const r = serviceAvailability({ nodes, edges }, { byType: {}, monteCarlo: { trials: 2000 } });
    expect(r.services[0]).toMatchObject({ id: 'top', method: 'monte-carlo', reason: 'too-large' });
  });

  it('too much exact work: the availability engine\'s Monte Carlo, with its interval', () => {
    const r = serviceAvailability(
      {
        nodes: [{ id: 'wallet', rule: { kind: 'any' } }, { id: 'x' }, { id: 'y' }, { id: 'region' }],
        edges: [{ from: 'wallet', to: 'x' }, { from: 'wallet', to: 'y' }, { from: 'x', to: 'region' }, { from: 'y', to: 'region' }],
      },
      { byNode: { wallet: 1, x: 0.9, y: 0.8, region: 0.95 }, maxExactWork: 1, monteCarlo: { trials: 20_000 } },
    );
    expect(r.services[0]).toMatchObject({ method: 'monte-carlo', reason: 'exact-too-slow' });
  });
});

describe('inputs', () => {
  it('defaults by type, overridden by type and by node, with where each number comes from', () => {
    const scenario: Scenario = { nodes: [{ id: 'r', type: 'cloud_region' }, { id: 'w', type: 'wallet' }, { id: 's', type: 'server' }], edges: [] };
    const c = serviceAvailability(scenario, { byType: { wallet: 0.95 }, byNode: { s: 0.5 } }).components;
    expect(c.map((x) => [x.id, x.availability, x.source])).toEqual([
      ['r', 0.9999, 'default'],
      ['w', 0.95, 'type'],
      ['s', 0.5, 'node'],
    ]);
  });

  it('rejects availabilities out of range, unknown nodes, types and services, naming the option', () => {
    const scenario: Scenario = { nodes: [{ id: 'a' }], edges: [] };
    expect(() => serviceAvailability(scenario, { byNode: { a: 1.5 } })).toThrow(/options.byNode.a: must be a number from 0 to 1/);
    expect(() => serviceAvailability(scenario, { byNode: { b: 0.5 } })).toThrow(/there is no node "b"/);
    expect(() => serviceAvailability(scenario, { byType: { spaceship: 0.5 } })).toThrow(/"spaceship" is not a node type/);
    expect(() => serviceAvailability(scenario, { services: ['zz'] })).toThrow(/options.services.0: there is no node "zz"/);
  });
});
