/**
 * Seeded Monte Carlo, the cross-check of the exact method and its stand-in when the exact method would
 * take too long. Two estimators:
 *
 *  - plain: each trial draws every domain and every component, evaluates the structure function
 *    bottom-up (post-order, typed arrays, nothing allocated per trial) and counts failed trials. The 99%
 *    interval is Wilson's score interval for a binomial proportion, which stays sensible at 0 failures.
 *    It shares nothing with the exact method but the compiled structure, which is what a cross-check needs.
 *  - conditional: each trial draws only the shared domains and computes the system's unavailability
 *    given them exactly (components are independent given the domains). Same mean, far smaller variance,
 *    and it sees unavailabilities far below 1/trials. The 99% interval is mean ± z·s/√n (normal
 *    approximation); it is only as good as the sample: domain states never drawn are not in it.
 */
import { COMPONENT, K_OF_N, SERIES, type CompiledSystem } from './compile.ts';
import type { ExactEvaluator, ExactPlan } from './exact.ts';
import { meetsThreshold } from './kofn.ts';
import { createRandom, downThresholds, initialState, rotl } from './random.ts';

export type MonteCarloEstimator = 'plain' | 'conditional';

/** z for a two-sided 99% interval. */
export const Z99 = 2.5758293035489004;

export interface MonteCarloResult {
  estimator: MonteCarloEstimator;
  trials: number;
  seed: number | string;
  availability: number;
  unavailability: number;
  /** Trials in which the system was down (plain estimator), else null. */
  failures: number | null;
  standardError: number;
  confidenceLevel: 0.99;
  /** 99% confidence interval of the unavailability, [low, high]. */
  unavailabilityInterval: [number, number];
  /** 99% confidence interval of the availability, [low, high]. */
  availabilityInterval: [number, number];
}

/** Wilson score interval for `failures` out of `trials` at the given z. */
export function wilsonInterval(failures: number, trials: number, z = Z99): [number, number] {
  const p = failures / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return [failures === 0 ? 0 : Math.max(0, centre - half), failures === trials ? 1 : Math.min(1, centre + half)];
}

export function runPlainMonteCarlo(sys: CompiledSystem, trials: number, seed: number | string): MonteCarloResult {
  // xoshiro128** inlined on local variables: the hot loop draws tens of millions of words.
  const state = initialState(seed);
  let s0 = state[0]! | 0;
  let s1 = state[1]! | 0;
  let s2 = state[2]! | 0;
  let s3 = state[3]! | 0;
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  const D = sys.domainCount;
  const C = sys.componentCount;
  const N = sys.nodeCount;
  const domainHi = new Float64Array(D);
  const domainLo = new Float64Array(D);
  for (let d = 0; d < D; d++) downThresholds(sys.domainQ[d]!, domainHi, domainLo, d);
  const componentHi = new Float64Array(C);
  const componentLo = new Float64Array(C);
  for (let c = 0; c < C; c++) downThresholds(sys.componentQ[c]!, componentHi, componentLo, c);
  const domainUp = new Uint8Array(D);
  const up = new Uint8Array(N);
  const { domainOrder, domainParent, componentDomainStart, componentDomains, nodeKind, nodeComponent, childStart, children, childWeight, nodeK, nodeThreshold, nodeTolerance, nodeStrict, root } = sys;

  let failures = 0;
  for (let t = 0; t < trials; t++) {
    for (let i = 0; i < D; i++) {
      const d = domainOrder[i]!;
      const p = domainParent[d]!;
      if (p >= 0 && domainUp[p] === 0) {
        domainUp[d] = 0;
        continue;
      }
      const u = next();
      const hi = domainHi[d]!;
      domainUp[d] = u < hi || (u === hi && next() < domainLo[d]!) ? 0 : 1;
    }
    for (let node = 0; node < N; node++) {
      const kind = nodeKind[node]!;
      if (kind === COMPONENT) {
        const c = nodeComponent[node]!;
        let ok = 1;
        for (let i = componentDomainStart[c]!; i < componentDomainStart[c + 1]!; i++) {
          if (domainUp[componentDomains[i]!] === 0) {
            ok = 0;
            break;
          }
        }
        if (ok === 1) {
          const u = next();
          const hi = componentHi[c]!;
          if (u < hi || (u === hi && next() < componentLo[c]!)) ok = 0;
        }
        up[node] = ok;
      } else if (kind === SERIES) {
        let ok = 1;
        for (let i = childStart[node]!; i < childStart[node + 1]!; i++) {
          if (up[children[i]!] === 0) {
            ok = 0;
            break;
          }
        }
        up[node] = ok;
      } else if (kind === K_OF_N) {
        let count = 0;
        for (let i = childStart[node]!; i < childStart[node + 1]!; i++) count += up[children[i]!]!;
        up[node] = count >= nodeK[node]! ? 1 : 0;
      } else {
        let sum = 0;
        for (let i = childStart[node]!; i < childStart[node + 1]!; i++) if (up[children[i]!] === 1) sum += childWeight[i]!;
        up[node] = meetsThreshold(sum, nodeThreshold[node]!, nodeTolerance[node]!, nodeStrict[node] === 1) ? 1 : 0;
      }
    }
    if (up[root] === 0) failures++;
  }
  const q = failures / trials;
  const interval = wilsonInterval(failures, trials);
  return {
    estimator: 'plain',
    trials,
    seed,
    availability: 1 - q,
    unavailability: q,
    failures,
    standardError: Math.sqrt((q * (1 - q)) / trials),
    confidenceLevel: 0.99,
    unavailabilityInterval: interval,
    availabilityInterval: [1 - interval[1], 1 - interval[0]],
  };
}

export function runConditionalMonteCarlo(sys: CompiledSystem, plan: ExactPlan, evaluator: ExactEvaluator, trials: number, seed: number | string): MonteCarloResult {
  const rng = createRandom(seed);
  const order = Int32Array.from(Array.from(sys.domainOrder).filter((d) => plan.domainScope[d]! >= 0));
  const hi = new Float64Array(sys.domainCount);
  const lo = new Float64Array(sys.domainCount);
  for (const d of order) downThresholds(sys.domainQ[d]!, hi, lo, d);
  const effectiveUp = evaluator.effectiveUp;
  const parent = sys.domainParent;
  evaluator.prepare();
  // Welford's running mean and variance of the per-trial conditional unavailability.
  let mean = 0;
  let m2 = 0;
  for (let t = 0; t < trials; t++) {
    for (let i = 0; i < order.length; i++) {
      const d = order[i]!;
      const p = parent[d]!;
      if (p >= 0 && effectiveUp[p] === 0) {
        effectiveUp[d] = 0;
        continue;
      }
      const u = rng.nextUint32();
      const h = hi[d]!;
      effectiveUp[d] = u < h || (u === h && rng.nextUint32() < lo[d]!) ? 0 : 1;
    }
    const q = evaluator.runSampled()[1];
    const delta = q - mean;
    mean += delta / (t + 1);
    m2 += delta * (q - mean);
  }
  const variance = trials > 1 ? m2 / (trials - 1) : 0;
  const standardError = Math.sqrt(variance / trials);
  const interval: [number, number] = [Math.max(0, mean - Z99 * standardError), Math.min(1, mean + Z99 * standardError)];
  return {
    estimator: 'conditional',
    trials,
    seed,
    availability: 1 - mean,
    unavailability: mean,
    failures: null,
    standardError,
    confidenceLevel: 0.99,
    unavailabilityInterval: interval,
    availabilityInterval: [1 - interval[1], 1 - interval[0]],
  };
}
