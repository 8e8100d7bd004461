/** Confidence intervals for Monte Carlo estimates. */

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

/**
 * Wilson score interval for a proportion (successes out of trials). Unlike the plain normal interval it
 * stays inside [0, 1] and does not collapse to a point when nothing (or everything) failed.
 */
export function wilson(successes: number, trials: number, z: number): [number, number] {
  if (trials === 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Normal interval for a mean from its running sums, clamped to [min, max]. */
export function meanInterval(sum: number, sumSquares: number, trials: number, z: number, min: number, max: number): [number, number, number] {
  if (trials === 0) return [0, min, max];
  const mean = sum / trials;
  const variance = trials > 1 ? Math.max(0, (sumSquares - trials * mean * mean) / (trials - 1)) : 0;
  const half = z * Math.sqrt(variance / trials);
  return [mean, Math.max(min, mean - half), Math.min(max, mean + half)];
}
