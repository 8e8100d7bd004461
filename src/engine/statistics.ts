/**
 * Confidence intervals shared by both engines' Monte Carlo estimates: one implementation of each, so
 * their edge cases (no trials, no failures, every trial failed) behave the same everywhere.
 *
 *  - `wilsonInterval`: Wilson's score interval for a binomial proportion. Stays inside [0, 1] and does
 *    not collapse to a point at 0 or n successes; its coverage dips below the stated level when the
 *    expected count is of order 1 (Brown, Cai & DasGupta, Statistical Science 16(2), 2001).
 *  - `clopperPearsonInterval`: the exact (Clopper–Pearson) interval, which covers the true proportion
 *    at least at the stated level for every p and n, rare events included. The availability engine uses
 *    it: its answers are about rare failures, where Wilson's dip matters.
 *  - `meanInterval`: the normal interval of a mean from running sums.
 */

/**
 * The standard normal quantile (inverse CDF), by Acklam's rational approximation (relative error
 * below 1.2e-9), enough for turning a confidence level into a z value.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1), got ${p}`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/** z for a two-sided interval at this confidence level (0.95 -> 1.96). */
export function zFor(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return normalQuantile(1 - (1 - confidence) / 2);
}

/** Wilson score interval for `successes` out of `trials` at this z; [0, 1] when there are no trials. */
export function wilsonInterval(successes: number, trials: number, z: number): [number, number] {
  if (trials === 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At 0 (or all) successes the bound is exactly 0 (or 1); rounding must not move it.
  return [successes === 0 ? 0 : Math.max(0, centre - half), successes === trials ? 1 : Math.min(1, centre + half)];
}

/**
 * Clopper–Pearson interval for `successes` out of `trials` at this confidence level: the p at which
 * P(X >= successes) and P(X <= successes) are each (1 - confidence) / 2, found by bisection on the
 * binomial tails (regularised incomplete beta). [0, 1] when there are no trials.
 */
export function clopperPearsonInterval(successes: number, trials: number, confidence: number): [number, number] {
  if (trials === 0) return [0, 1];
  const tail = (1 - confidence) / 2;
  const x = successes;
  const n = trials;
  // The closed forms at the edges, exact and cheap: (tail)^(1/n) computed without cancellation.
  const lower = x === 0 ? 0 : x === n ? Math.exp(Math.log(tail) / n) : bisect((p) => regularizedBeta(p, x, n - x + 1) - tail);
  const upper = x === n ? 1 : x === 0 ? -Math.expm1(Math.log(tail) / n) : bisect((p) => regularizedBeta(p, x + 1, n - x) - (1 - tail));
  return [lower, upper];
}

/**
 * The root in (1e-300, 1) of an increasing function, to full double precision: geometric halving while
 * the bracket spans more than a factor of 2 (rare-event bounds sit near 1e-9), then plain halving.
 */
function bisect(f: (p: number) => number): number {
  let lo = 1e-300;
  let hi = 1;
  for (let i = 0; i < 400; i++) {
    const mid = hi / lo > 2 ? Math.sqrt(lo) * Math.sqrt(hi) : lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (f(mid) < 0) lo = mid;
    else hi = mid;
  }
  return lo + (hi - lo) / 2;
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error about 1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  const y = x - 1;
  let sum = c[0]!;
  for (let i = 1; i < 9; i++) sum += c[i]! / (y + i);
  const t = y + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * The regularised incomplete beta function I_p(a, b) = P(Beta(a, b) <= p), by its continued fraction
 * (modified Lentz), using the symmetry I_p(a, b) = 1 - I_{1-p}(b, a) where the fraction converges
 * slowly. I_p(x, n - x + 1) = P(Bin(n, p) >= x).
 */
export function regularizedBeta(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(p) + b * Math.log1p(-p);
  if (p < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaFraction(p, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaFraction(1 - p, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 100_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** Normal interval for a mean from its running sums, clamped to [min, max]: [mean, low, high]. */
export function meanInterval(sum: number, sumSquares: number, trials: number, z: number, min: number, max: number): [number, number, number] {
  if (trials === 0) return [0, min, max];
  const mean = sum / trials;
  const variance = trials > 1 ? Math.max(0, (sumSquares - trials * mean * mean) / (trials - 1)) : 0;
  const half = z * Math.sqrt(variance / trials);
  return [mean, Math.max(min, mean - half), Math.min(max, mean + half)];
}
