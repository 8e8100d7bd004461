// Each rule at its boundaries, exact comparisons, the wave semantics, and compile()'s input errors.
import { describe, expect, test } from 'vitest';
import { MAX_EDGES, MAX_NODES, ScenarioError, cascade, cascadeIndices, compile, createWorkspace, type Rule, type Scenario } from '../../../../src/engine/contagion/index.ts';
import { thresholdCut, toRational } from '../../../../src/engine/contagion/rational.ts';

/** A node `x` depending on d0..d(n-1) with the given rule and weights. */
function star(rule: Rule, weights: readonly (number | undefined)[]): Scenario {
  return {
    nodes: [{ id: 'x', rule }, ...weights.map((_, i) => ({ id: `d${i}` }))],
    edges: weights.map((w, i) => (w === undefined ? { from: 'x', to: `d${i}` } : { from: 'x', to: `d${i}`, weight: w })),
  };
}

/** Does x fail when the first `lost` dependencies fail? */
function fails(rule: Rule, weights: readonly (number | undefined)[], lost: number): boolean {
  const seeds = weights.slice(0, lost).map((_, i) => `d${i}`);
  return cascade(compile(star(rule, weights)), seeds).failed.includes('x');
}

const four = [undefined, undefined, undefined, undefined];

describe('rules at their boundaries', () => {
  test('all (the default): fails on the first lost dependency', () => {
    expect(fails({ kind: 'all' }, four, 0)).toBe(false);
    expect(fails({ kind: 'all' }, four, 1)).toBe(true);
    const implicit = compile({ nodes: [{ id: 'x' }, { id: 'a' }], edges: [{ from: 'x', to: 'a' }] });
    expect(cascade(implicit, ['a']).failed).toEqual(['a', 'x']);
  });

  test('any: fails only when every dependency is lost', () => {
    expect(fails({ kind: 'any' }, four, 3)).toBe(false);
    expect(fails({ kind: 'any' }, four, 4)).toBe(true);
  });

  test('atLeast k: fails when fewer than k dependencies stay healthy', () => {
    // k = 3 of 4: 2 lost leaves 2 healthy (< 3) -> fails; 1 lost leaves 3 -> holds.
    expect(fails({ kind: 'atLeast', k: 3 }, four, 1)).toBe(false);
    expect(fails({ kind: 'atLeast', k: 3 }, four, 2)).toBe(true);
    // k = n behaves like all; k = 1 like any.
    expect(fails({ kind: 'atLeast', k: 4 }, four, 1)).toBe(true);
    expect(fails({ kind: 'atLeast', k: 1 }, four, 3)).toBe(false);
    expect(fails({ kind: 'atLeast', k: 1 }, four, 4)).toBe(true);
  });

  test('Raft majority: 3 of 5 must stay healthy', () => {
    const five = [1, 1, 1, 1, 1];
    expect(fails({ kind: 'atLeast', k: 3 }, five, 2)).toBe(false);
    expect(fails({ kind: 'atLeast', k: 3 }, five, 3)).toBe(true);
  });

  test('threshold: exactly a third of three equal weights, inclusive vs strict', () => {
    const third = 1 / 3;
    expect(fails({ kind: 'threshold', fraction: third }, [1, 1, 1], 1)).toBe(true); // 1/3 >= 1/3
    expect(fails({ kind: 'threshold', fraction: third, strict: true }, [1, 1, 1], 1)).toBe(false); // 1/3 > 1/3 is false
    expect(fails({ kind: 'threshold', fraction: third, strict: true }, [1, 1, 1], 2)).toBe(true);
    // Same with fractional equal weights (0.1 + 0.1 + 0.1 !== 0.3 in floating point).
    expect(fails({ kind: 'threshold', fraction: third }, [0.1, 0.1, 0.1], 1)).toBe(true);
    expect(fails({ kind: 'threshold', fraction: third, strict: true }, [0.1, 0.1, 0.1], 1)).toBe(false);
    // And with stake-like weights: 20 of 60 is exactly a third.
    expect(fails({ kind: 'threshold', fraction: third, strict: true }, [20, 25, 15], 1)).toBe(false);
  });

  test('threshold: weights where floating-point sums would round the wrong way', () => {
    // 0.1 + 0.2 = 0.30000000000000004 in doubles; exactly 3/10 of the total 1.
    const weights = [0.1, 0.2, 0.7];
    expect(fails({ kind: 'threshold', fraction: 0.3 }, weights, 2)).toBe(true);
    expect(fails({ kind: 'threshold', fraction: 0.3, strict: true }, weights, 2)).toBe(false);
    // 2/3 with weights 1/3 each given as doubles.
    const thirds = [1 / 3, 1 / 3, 1 / 3];
    expect(fails({ kind: 'threshold', fraction: 2 / 3 }, thirds, 2)).toBe(true);
    expect(fails({ kind: 'threshold', fraction: 2 / 3, strict: true }, thirds, 2)).toBe(false);
  });

  test('threshold: fraction 0 and 1, zero weights, no weight at all', () => {
    // fraction 0: any positive failed weight trips it, but nothing does while no weight failed.
    expect(fails({ kind: 'threshold', fraction: 0 }, [1, 1], 0)).toBe(false);
    expect(fails({ kind: 'threshold', fraction: 0 }, [1, 1], 1)).toBe(true);
    // A zero-weight dependency never counts.
    expect(fails({ kind: 'threshold', fraction: 0, strict: true }, [0, 1], 1)).toBe(false);
    // fraction 1 inclusive needs all weight; strict can never trip.
    expect(fails({ kind: 'threshold', fraction: 1 }, [1, 2], 1)).toBe(false);
    expect(fails({ kind: 'threshold', fraction: 1 }, [1, 2], 2)).toBe(true);
    expect(fails({ kind: 'threshold', fraction: 1, strict: true }, [1, 2], 2)).toBe(false);
    // All weights zero: the share is undefined and the node never fails.
    expect(fails({ kind: 'threshold', fraction: 0.5 }, [0, 0], 2)).toBe(false);
  });

  test('large weights: counters switch to exact doubles, and a node that can never trip never does', () => {
    // A total of 3e9 + 1 (no common divisor) does not fit the compact 32-bit counters.
    const big = [1.5e9 + 1, 1.5e9];
    expect(createWorkspace(compile(star({ kind: 'threshold', fraction: 1 }, big))).remaining).toBeInstanceOf(Float64Array);
    expect(fails({ kind: 'threshold', fraction: 1, strict: true }, big, 2)).toBe(false);
    expect(fails({ kind: 'threshold', fraction: 1 }, big, 2)).toBe(true);
    expect(fails({ kind: 'threshold', fraction: 1 / 2, strict: true }, big, 1)).toBe(true); // (1.5e9 + 1) / (3e9 + 1) > 1/2
    expect(fails({ kind: 'threshold', fraction: 1 / 2 }, [...big].reverse(), 1)).toBe(false); // 1.5e9 / (3e9 + 1) < 1/2
    expect(createWorkspace(compile(star({ kind: 'all' }, four))).remaining).toBeInstanceOf(Int32Array);
  });

  test('a node with no dependencies fails only as a seed', () => {
    const graph = compile({ nodes: [{ id: 'a', rule: { kind: 'threshold', fraction: 0 } }, { id: 'b', rule: { kind: 'any' } }], edges: [] });
    expect(cascade(graph, ['a']).failed).toEqual(['a']);
    expect(cascade(graph, []).failed).toEqual([]);
  });

  test('soft edges never propagate failure', () => {
    const graph = compile({ nodes: [{ id: 'a' }, { id: 'b' }], edges: [{ from: 'b', to: 'a', kind: 'soft' }] });
    expect(cascade(graph, ['a']).failed).toEqual(['a']);
  });
});

describe('exact rationals', () => {
  test('toRational recovers the intended simple fraction of a double', () => {
    expect(toRational(1 / 3)).toEqual([1, 3]);
    expect(toRational(2 / 3)).toEqual([2, 3]);
    expect(toRational(0.1)).toEqual([1, 10]);
    expect(toRational(0.45)).toEqual([9, 20]);
    expect(toRational(0.667)).toEqual([667, 1000]);
    expect(toRational(37.6)).toEqual([188, 5]);
    expect(toRational(0)).toEqual([0, 1]);
    expect(toRational(5)).toEqual([5, 1]);
    expect(toRational(-1)).toBeNull();
    expect(toRational(Number.NaN)).toBeNull();
    // Whatever it returns, it is exactly the double given.
    for (const x of [0.30000000000000004, Math.PI / 4, 1e-9, 123.456789]) {
      const [p, q] = toRational(x)!;
      expect(p / q).toBe(x);
    }
  });

  test('thresholdCut is ceil(p*T/q) inclusive and floor(p*T/q)+1 strict, in integers', () => {
    expect(thresholdCut(1, 3, 3, false)).toBe(1);
    expect(thresholdCut(1, 3, 3, true)).toBe(2);
    expect(thresholdCut(1, 3, 100, false)).toBe(34);
    expect(thresholdCut(1, 3, 99, true)).toBe(34);
    expect(thresholdCut(2, 3, 2 ** 52, false)).toBe(Math.ceil((2 * 2 ** 52) / 3)); // BigInt path
    expect(thresholdCut(1, 1, 5, true)).toBe(Infinity);
    expect(thresholdCut(0, 1, 5, false)).toBe(1);
    expect(thresholdCut(1, 2, 0, false)).toBe(Infinity);
  });
});

describe('synchronous rounds', () => {
  test('a node fails in round i from failures of rounds < i only', () => {
    // a fails in round 1 (from s), b in round 2 (from a); c, redundant over a and b, in round 3.
    const graph = compile({
      nodes: [{ id: 's' }, { id: 'a' }, { id: 'b' }, { id: 'c', rule: { kind: 'any' } }],
      edges: [
        { from: 'a', to: 's' },
        { from: 'b', to: 'a' },
        { from: 'c', to: 'a' },
        { from: 'c', to: 'b' },
      ],
    });
    expect(cascade(graph, ['s']).waves).toEqual([['s'], ['a'], ['b'], ['c']]);
  });

  test('duplicate seeds count once, and waves list each wave in scenario order', () => {
    const graph = compile({ nodes: [{ id: 'z' }, { id: 'y' }, { id: 'x' }], edges: [{ from: 'z', to: 'x' }, { from: 'y', to: 'x' }] });
    expect(cascade(graph, ['x', 'x'])).toEqual({ failed: ['x', 'z', 'y'], waves: [['x'], ['z', 'y']] });
  });
});

describe('compile() rejects bad input with a ScenarioError naming the culprit', () => {
  const base = (): Scenario => ({ nodes: [{ id: 'a' }, { id: 'b' }], edges: [{ from: 'a', to: 'b' }] });
  const error = (scenario: Scenario): ScenarioError => {
    try {
      compile(scenario);
    } catch (e) {
      if (e instanceof ScenarioError) return e;
      throw e;
    }
    throw new Error('compile accepted a bad scenario');
  };

  test('unknown node in an edge', () => {
    const s = base();
    s.edges.push({ from: 'a', to: 'ghost' });
    const e = error(s);
    expect(e.message).toContain('ghost');
    expect(e.message).toContain('edges[1].to');
    expect(e.path).toEqual(['edges', 1, 'to']);
  });

  test('duplicate id', () => {
    const s = base();
    s.nodes.push({ id: 'a' });
    expect(error(s).message).toMatch(/duplicate node id "a".*nodes\[0\]/);
  });

  test('k out of range', () => {
    const s = base();
    s.nodes[0]!.rule = { kind: 'atLeast', k: 2 };
    const e = error(s);
    expect(e.message).toContain('node "a"');
    expect(e.message).toContain('k must be between 1 and 1 (the node has 1 dependency)');
    s.nodes[0]!.rule = { kind: 'atLeast', k: 0 };
    expect(error(s).message).toContain('k must be a whole number of at least 1');
    s.nodes[0]!.rule = { kind: 'atLeast', k: 1.5 };
    expect(error(s).path).toEqual(['nodes', 0, 'rule', 'k']);
  });

  test('fraction outside [0, 1]', () => {
    const s = base();
    for (const fraction of [-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      s.nodes[0]!.rule = { kind: 'threshold', fraction };
      const e = error(s);
      expect(e.message).toContain('node "a"');
      expect(e.message).toContain('fraction must be a number between 0 and 1');
    }
  });

  test('negative or non-finite weight', () => {
    for (const weight of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const s = base();
      s.edges[0]!.weight = weight;
      const e = error(s);
      expect(e.message).toContain('edge "a" -> "b"');
      expect(e.message).toContain('weight must be a finite number >= 0');
    }
  });

  test('unknown rule kind and edge kind', () => {
    const s = base();
    s.nodes[0]!.rule = { kind: 'most' } as unknown as Rule;
    expect(error(s).message).toContain('kind must be one of all, any, atLeast, threshold');
    const t = base();
    (t.edges[0] as { kind: string }).kind = 'weak';
    expect(error(t).message).toContain('kind must be "hard" or "soft"');
  });

  test('more than the documented size limit', () => {
    // Sparse arrays: the length check comes before any element is read.
    expect(error({ nodes: new Array(MAX_NODES + 1), edges: [] }).message).toContain(`the limit is ${MAX_NODES}`);
    expect(error({ nodes: [], edges: new Array(MAX_EDGES + 1) }).message).toContain(`the limit is ${MAX_EDGES}`);
  });

  test('weights too fine to compare exactly', () => {
    const s: Scenario = {
      nodes: [{ id: 'x', rule: { kind: 'threshold', fraction: 0.5 } }, { id: 'a' }, { id: 'b' }],
      edges: [
        { from: 'x', to: 'a', weight: 2 ** 52 },
        { from: 'x', to: 'b', weight: 2 ** 52 + 1 },
      ],
    };
    expect(error(s).message).toContain('node "x"');
  });

  test('unknown seed, or a seed index out of range, and the graph still works afterwards', () => {
    const graph = compile(base());
    expect(() => cascade(graph, ['nope'])).toThrow(ScenarioError);
    expect(() => cascade(graph, ['b', 'nope'])).toThrow(/unknown seed "nope"/);
    expect(() => cascadeIndices(graph, [1, 2])).toThrow(/seed index 2 is out of range/);
    expect(() => cascadeIndices(graph, [0.5])).toThrow(ScenarioError);
    expect(cascade(graph, ['b']).failed).toEqual(['b', 'a']);
    expect(cascade(graph, []).failed).toEqual([]);
  });
});
