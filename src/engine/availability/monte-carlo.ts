/**
 * Seeded Monte Carlo: the cross-check of the exact method and its stand-in when the exact method would
 * take too long. Every interval is a 99% confidence interval that covers the true unavailability at
 * least 99% of the time, rare events included (test/unit/engine/availability/coverage.test.ts measures
 * it). Two estimators:
 *
 *  - plain: each trial draws every domain and every component, evaluates the structure function
 *    bottom-up (post-order, typed arrays, nothing allocated per trial) and counts failed trials. The
 *    interval is Clopper–Pearson's exact binomial interval; with no failed trial it is [0, upper], and
 *    `evaluate` reports that upper bound, never "no downtime". It shares nothing with the exact method
 *    but the compiled structure, which is what a cross-check needs.
 *  - conditional: given the states of the shared ("conditioned") domains, components are independent
 *    and the exact evaluator gives the system's unavailability U(s). The states in which at most J
 *    domains have failed on their own are enumerated exactly (J as large as the work budget allows),
 *    which is where nearly all the probability is when domains rarely fail. The rest, of exactly known
 *    probability T = P(more than J failed), is sampled from its own conditional distribution: the answer
 *    is U_enumerated + T * mean U(s), and the interval U_enumerated + T * [low, high], with [low, high]
 *    Clopper–Pearson on one Bernoulli(U(s)) draw per sample (valid for any mean of values in [0, 1]).
 *    When T is 0 the answer is exact; the interval can never be wider than [U_enumerated, U_enumerated + T].
 */
import { COMPONENT, K_OF_N, SERIES, type CompiledSystem } from './compile.ts';
import type { ExactEvaluator, ExactPlan } from './exact.ts';
import { meetsThreshold } from './kofn.ts';
import { createRandom, downThresholds, initialState, rotl } from './random.ts';
import { clopperPearsonInterval } from '../statistics.ts';

export type MonteCarloEstimator = 'plain' | 'conditional';

export const CONFIDENCE = 0.99;

export interface EnumeratedPart {
  /** Domain states evaluated exactly. */
  states: number;
  /** Every state with at most this many conditioned domains failed on their own was enumerated. */
  maxFailedDomains: number;
  /** The conditioned domains. */
  domains: number;
  /** Their exact contribution to the unavailability. */
  unavailability: number;
  /** The probability of the states left to sampling (exact); 0 when everything was enumerated. */
  remainingProbability: number;
}

export interface MonteCarloResult {
  estimator: MonteCarloEstimator;
  /** Samples drawn (plain: trials; conditional: samples of the states not enumerated). */
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
  /** The conditional estimator's exact part; null for the plain estimator. */
  enumerated: EnumeratedPart | null;
}

function result(estimator: MonteCarloEstimator, trials: number, seed: number | string, q: number, interval: [number, number], standardError: number, failures: number | null, enumerated: EnumeratedPart | null): MonteCarloResult {
  return {
    estimator,
    trials,
    seed,
    availability: 1 - q,
    unavailability: q,
    failures,
    standardError,
    confidenceLevel: CONFIDENCE,
    unavailabilityInterval: interval,
    availabilityInterval: [1 - interval[1], 1 - interval[0]],
    enumerated,
  };
}

/** Steps of one plain trial (draws and structure), to fit the number of trials to a work budget. */
export function plainTrialWork(sys: CompiledSystem): number {
  return sys.domainCount + sys.nodeCount + sys.componentDomains.length + sys.children.length;
}

export function runPlainMonteCarlo(sys: CompiledSystem, trials: number, seed: number | string): MonteCarloResult {
  // xoshiro128** inlined on local variables: the hot loop draws tens of millions of words. A unit test
  // checks this copy against the shared generator (../random.ts).
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
  return result('plain', trials, seed, q, clopperPearsonInterval(failures, trials, CONFIDENCE), Math.sqrt((q * (1 - q)) / trials), failures, null);
}

export interface ConditionalOptions {
  /** Samples of the states not enumerated. */
  trials: number;
  seed: number | string;
  /** Budget of the exact enumeration, in steps. */
  enumerationWork: number;
}

export function runConditionalMonteCarlo(sys: CompiledSystem, plan: ExactPlan, evaluator: ExactEvaluator, options: ConditionalOptions): MonteCarloResult {
  const { trials, seed } = options;
  const effectiveUp = evaluator.effectiveUp;
  const parent = sys.domainParent;
  // Conditioned domains, parents first (a conditioned domain's ancestors are conditioned too: they have
  // at least its users). Those that never fail, or always do, are fixed, not enumerated.
  const all = Array.from(sys.domainOrder).filter((d) => plan.domainScope[d]! >= 0);
  const order = all.filter((d) => sys.domainQ[d]! > 0 && sys.domainA[d]! > 0);
  const m = order.length;
  const ownDown = new Uint8Array(sys.domainCount);
  for (const d of all) ownDown[d] = sys.domainA[d]! === 0 ? 1 : 0;
  const apply = (): void => {
    for (const d of all) {
      const p = parent[d]!;
      effectiveUp[d] = ownDown[d] === 1 || (p >= 0 && effectiveUp[p] === 0) ? 0 : 1;
    }
  };
  evaluator.prepare();
  const q = Float64Array.from(order, (d) => sys.domainQ[d]!);
  const a = Float64Array.from(order, (d) => sys.domainA[d]!);

  // J: the most failed domains whose states all fit in the enumeration budget.
  const perState = plan.sampledWork + all.length;
  let J = -1;
  let states = 0;
  for (let j = 0, count = 1; j <= m; j++) {
    if ((states + count) * perState > options.enumerationWork && j > 0) break;
    states += count;
    J = j;
    count = (count * (m - j)) / (j + 1);
  }

  // Enumerate every set of at most J failed domains (combinations in lexicographic order).
  let allUp = 1;
  for (let i = 0; i < m; i++) allUp *= a[i]!;
  let enumerated = 0;
  const chosen: number[] = [];
  const visit = (weight: number): void => {
    apply();
    enumerated += weight * evaluator.runSampled()[1];
  };
  // Iterative, so that J and m never meet the call stack: stack entries are the next index to try.
  const stack: number[] = [0];
  const weights: number[] = [allUp];
  visit(allUp);
  while (stack.length > 0) {
    const top = stack.length - 1;
    const i = stack[top]!;
    if (i >= m || chosen.length >= J) {
      stack.pop();
      weights.pop();
      if (chosen.length > 0) ownDown[order[chosen.pop()!]!] = 0;
      continue;
    }
    stack[top] = i + 1;
    const weight = (weights[top]! * q[i]!) / a[i]!;
    chosen.push(i);
    ownDown[order[i]!] = 1;
    visit(weight);
    stack.push(i + 1);
    weights.push(weight);
  }
  for (const d of order) ownDown[d] = 0;

  // P(at least r of domains i.. fail), r = 0 .. J + 1, as sums of non-negative terms (no 1 - x).
  const need = J + 1;
  const tail = new Float64Array((m + 1) * (need + 1));
  const at = (i: number, r: number): number => (r <= 0 ? 1 : tail[i * (need + 1) + r]!);
  for (let i = m - 1; i >= 0; i--) {
    for (let r = 1; r <= need; r++) tail[i * (need + 1) + r] = q[i]! * at(i + 1, r - 1) + a[i]! * at(i + 1, r);
  }
  const remaining = m > J ? at(0, need) : 0;
  const part: EnumeratedPart = { states, maxFailedDomains: J, domains: m, unavailability: enumerated, remainingProbability: remaining };
  if (remaining === 0 || trials === 0) {
    return result('conditional', 0, seed, enumerated, widened(enumerated, enumerated + remaining), 0, null, part);
  }

  // Sample the states with more than J failures from their own distribution, domain by domain.
  const rng = createRandom(seed);
  let mean = 0;
  let m2 = 0;
  let hits = 0;
  for (let t = 0; t < trials; t++) {
    let r = need;
    for (let i = 0; i < m; i++) {
      const pDown = r <= 0 ? q[i]! : (q[i]! * at(i + 1, r - 1)) / at(i, r);
      const down = rng.next() < pDown;
      ownDown[order[i]!] = down ? 1 : 0;
      if (down) r--;
    }
    apply();
    const u = evaluator.runSampled()[1];
    if (rng.next() < u) hits++;
    const delta = u - mean;
    mean += delta / (t + 1);
    m2 += delta * (u - mean);
  }
  for (const d of order) ownDown[d] = 0;
  const [low, high] = clopperPearsonInterval(hits, trials, CONFIDENCE);
  const sampleSd = trials > 1 ? Math.sqrt(m2 / (trials - 1)) : 0;
  const estimate = enumerated + remaining * mean;
  const interval = widened(enumerated + remaining * Math.min(low, mean), enumerated + remaining * Math.max(high, mean));
  return result('conditional', trials, seed, estimate, interval, (remaining * sampleSd) / Math.sqrt(trials), null, part);
}

/** [low, high] widened by the rounding of the sums behind it (far below any sampling error), within [0, 1]. */
function widened(low: number, high: number): [number, number] {
  return [Math.max(0, low * (1 - 1e-12)), Math.min(1, high * (1 + 1e-12))];
}
