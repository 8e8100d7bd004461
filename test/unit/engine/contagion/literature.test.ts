// Reproducing published results of network science with the engine's rules. Expected values are computed
// here from the papers' closed forms and fixed-point equations (an independent reference), never from the
// engine. Graphs are Erdős–Rényi G(n, M) with n = 100,000, built with the test's own generator.
import { describe, expect, test } from 'vitest';
import { cascade, compile, type Rule, type Scenario } from '../../../../src/engine/contagion/index.ts';
import { erdosRenyiPairs, mulberry32 } from './reference.ts';

const N = 100_000;

/** An undirected graph as a scenario: each edge {a, b} becomes a -> b and b -> a (mutual dependency). */
function symmetricScenario(n: number, pairs: Int32Array, ruleOf: (degree: number) => Rule | undefined): { scenario: Scenario; degree: Int32Array } {
  const degree = new Int32Array(n);
  for (const v of pairs) degree[v]!++;
  const ids = Array.from({ length: n }, (_, i) => `v${i}`);
  const nodes = ids.map((id, i) => {
    const rule = ruleOf(degree[i]!);
    return rule ? { id, rule } : { id };
  });
  const edges: Scenario['edges'] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const a = ids[pairs[k]!]!;
    const b = ids[pairs[k + 1]!]!;
    edges.push({ from: a, to: b }, { from: b, to: a });
  }
  return { scenario: { nodes, edges }, degree };
}

function poisson(mean: number, kMax: number): number[] {
  const p = [Math.exp(-mean)];
  for (let k = 1; k <= kMax; k++) p.push((p[k - 1]! * mean) / k);
  return p;
}

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

/** P(Poisson(lambda) >= j). */
function poissonTail(lambda: number, j: number): number {
  let term = Math.exp(-lambda);
  let below = 0;
  for (let i = 0; i < j; i++) {
    below += term;
    term = (term * lambda) / (i + 1);
  }
  return 1 - below;
}

describe('Watts (2002) threshold cascades: the seed-size formula of Gleeson & Cahalane (2007)', () => {
  /*
   * D. J. Watts, "A simple model of global cascades on random networks", PNAS 99(9):5766-5771 (2002):
   * a node adopts (here: fails) when at least a fraction phi of its k neighbours has, m/k >= phi.
   * J. P. Gleeson and D. J. Cahalane, "Seed size strongly affects cascades on random networks",
   * Phys. Rev. E 75, 056103 (2007): with a random seed fraction rho0 on a tree-like random graph with
   * degree distribution p_k (mean z), the final cascade size is
   *   rho = rho0 + (1 - rho0) * sum_k p_k sum_{m=0..k} C(k, m) q^m (1 - q)^(k - m) F(m / k)
   * where q is the limit, from q_0 = rho0, of
   *   q_{n+1} = rho0 + (1 - rho0) * sum_k (k p_k / z) sum_{m=0..k-1} C(k-1, m) q_n^m (1 - q_n)^(k-1-m) F(m / k)
   * and F(m/k) = 1 when m/k >= phi (k >= 1), else 0. Engine: the `threshold` rule, inclusive, unit weights,
   * each undirected edge a mutual dependency.
   */
  function gleesonCahalane(z: number, phi: readonly [number, number], rho0: number): number {
    const kMax = Math.ceil(z + 12 * Math.sqrt(z) + 20);
    const p = poisson(z, kMax);
    const F = (m: number, k: number): number => (k > 0 && m * phi[1] >= phi[0] * k ? 1 : 0); // exact m/k >= phi
    const next = (q: number): number => {
      let s = 0;
      for (let k = 1; k <= kMax; k++) {
        let inner = 0;
        for (let m = 0; m <= k - 1; m++) inner += binomial(k - 1, m) * q ** m * (1 - q) ** (k - 1 - m) * F(m, k);
        s += ((k * p[k]!) / z) * inner;
      }
      return rho0 + (1 - rho0) * s;
    };
    let q = rho0;
    for (let i = 0; i < 10_000; i++) {
      const q1 = next(q);
      if (Math.abs(q1 - q) < 1e-13) break;
      q = q1;
    }
    let s = 0;
    for (let k = 0; k <= kMax; k++) {
      let inner = 0;
      for (let m = 0; m <= k; m++) inner += binomial(k, m) * q ** m * (1 - q) ** (k - m) * F(m, k);
      s += p[k]! * inner;
    }
    return rho0 + (1 - rho0) * s;
  }

  /** Mean final failed fraction over `runs` graphs, with a random seed set of size rho0 * n. */
  function simulate(z: number, phi: readonly [number, number], rho0: number, runs: number, seed: number): number {
    let total = 0;
    for (let r = 0; r < runs; r++) {
      const random = mulberry32(seed + r);
      const { scenario } = symmetricScenario(N, erdosRenyiPairs(N, z, random), () => ({ kind: 'threshold', fraction: phi[0] / phi[1] }));
      const graph = compile(scenario);
      const seeds = new Set<string>();
      while (seeds.size < Math.round(rho0 * N)) seeds.add(`v${Math.floor(random() * N)}`);
      total += cascade(graph, [...seeds]).failed.length / N;
    }
    return total / runs;
  }

  // [z, phi, rho0, tolerance]: a global cascade inside Watts' window, two limited by connectivity, and
  // the paper's headline: outside the window (z = 10) a 0.5% seed stays small but a 3% seed goes global.
  const cases: [z: number, phi: [number, number], rho0: number, tolerance: number][] = [
    [4, [18, 100], 0.01, 0.01], // expected ~0.980
    [1.5, [3, 10], 0.1, 0.02], // expected ~0.612
    [2, [1, 2], 0.1, 0.02], // expected ~0.231
    [10, [18, 100], 0.005, 0.01], // expected ~0.0077
    [10, [18, 100], 0.03, 0.01], // expected ~1.000
  ];
  test.each(cases)('ER z=%s, phi=%j, rho0=%s: simulated cascade size matches the analytic value', (z, phi, rho0, tolerance) => {
    const expected = gleesonCahalane(z, phi, rho0);
    const measured = simulate(z, phi, rho0, 2, Math.round(z * 1000 + rho0 * 1e4));
    expect(Math.abs(measured - expected)).toBeLessThan(tolerance);
  });
});

describe('k-core percolation with the atLeast rule (Pittel, Spencer & Wormald 1996)', () => {
  /*
   * B. Pittel, J. Spencer and N. Wormald, "Sudden emergence of a giant k-core in a random graph",
   * J. Combin. Theory Ser. B 67(1):111-151 (1996): in G(n, m = c n / 2), for k >= 3 a giant k-core appears
   * suddenly at c_k = min_{lambda > 0} lambda / pi_k(lambda), pi_k(lambda) = P{Poisson(lambda) >= k - 1};
   * c_3 ~ 3.35, and the newborn 3-core has about 0.27 n vertices (p_k(lambda_k) = P{Poisson(lambda_k) >= k}).
   * Above c_k the core has ~ P{Poisson(lambda) >= k} n vertices, lambda the largest root of lambda = c pi_k(lambda).
   * Engine: every undirected edge is a mutual dependency; nodes of degree >= k get `atLeast k`, nodes of
   * degree < k are the seeds (they can never be in the core). What survives the cascade is the k-core.
   */
  function coreFraction(c: number, k: number): number {
    let lambda = c; // iterating down from c converges to the largest root
    for (let i = 0; i < 100_000; i++) {
      const next = c * poissonTail(lambda, k - 1);
      if (Math.abs(next - lambda) < 1e-14) break;
      lambda = next;
    }
    return poissonTail(lambda, k);
  }

  function simulatedCore(c: number, k: number, seed: number): number {
    const { scenario, degree } = symmetricScenario(N, erdosRenyiPairs(N, c, mulberry32(seed)), (d) => (d >= k ? { kind: 'atLeast', k } : undefined));
    const seeds: string[] = [];
    degree.forEach((d, i) => {
      if (d < k) seeds.push(`v${i}`);
    });
    return 1 - cascade(compile(scenario), seeds).failed.length / N;
  }

  test('the reference reproduces the paper: c_3 ~ 3.35 and a newborn 3-core of ~0.27 n', () => {
    let best = { c: Infinity, lambda: 0 };
    for (let lambda = 0.5; lambda < 6; lambda += 1e-4) {
      const c = lambda / poissonTail(lambda, 2);
      if (c < best.c) best = { c, lambda };
    }
    expect(best.c).toBeCloseTo(3.35, 2);
    expect(poissonTail(best.lambda, 3)).toBeCloseTo(0.27, 2);
  });

  // [c, k, tolerance]
  const cases: [c: number, k: number, tolerance: number][] = [
    [4, 3, 0.01], // expected ~0.665
    [5, 3, 0.01], // expected ~0.853
    [7, 4, 0.01], // expected ~0.904
  ];
  test.each(cases)('G(n, c=%s n/2): the %s-core from the cascade matches the analytic size', (c, k, tolerance) => {
    const expected = coreFraction(c, k);
    expect(Math.abs(simulatedCore(c, k, c * 17 + k) - expected)).toBeLessThan(tolerance);
  });

  test('below the threshold (c = 3.0 < c_3) the 3-core is empty', () => {
    expect(coreFraction(3.0, 3)).toBeLessThan(1e-9);
    expect(simulatedCore(3.0, 3, 5)).toBeLessThan(0.005);
  });
});
