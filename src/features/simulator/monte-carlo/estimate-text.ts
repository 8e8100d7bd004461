/**
 * How the Monte Carlo panel writes its estimates: percentages and means with as many digits as they
 * deserve, and intervals with the precision of their estimate. Pure.
 */

/**
 * Digits after the decimal point for a probability written as a percentage: three significant
 * digits (0.01234 -> 2: "1.23%"), one decimal from 10% to 90%, and near 100% enough digits to show
 * how far from certain it is (0.99996 -> 4: "99.9960%").
 */
export function percentDigits(p: number): number {
  if (!(p > 0) || p >= 1) return 1;
  const percent = p * 100;
  const digitsFor = (x: number) => Math.max(0, 2 - Math.floor(Math.log10(x)));
  if (percent < 10) return Math.min(6, digitsFor(percent));
  if (percent <= 90) return 1;
  return Math.min(6, Math.max(1, digitsFor(100 - percent) - 1));
}

/**
 * A probability as a percentage with `digits` decimals (default: as many as it deserves), never so
 * rounded that it reads as certain or impossible when it is not.
 */
export function formatPercent(p: number, digits = percentDigits(p)): string {
  if (!(p > 0)) return '0%';
  if (p >= 1) return '100%';
  if (p < 1e-6) return '< 0.0001%';
  const percent = p * 100;
  let d = digits;
  let text = percent.toFixed(d);
  while (d < 6 && (Number(text) === 100 || Number(text) === 0)) text = percent.toFixed(++d);
  return `${text}%`;
}

/** An interval of probabilities, written with the estimate's precision: "1.52% to 1.88%". */
export function formatPercentInterval(estimate: number, low: number, high: number): string {
  const digits = percentDigits(estimate > 0 ? estimate : high);
  return `${formatPercent(low, digits)} to ${formatPercent(high, digits)}`;
}

/** Digits after the point for a mean number of nodes: three significant digits, at most 0 above 100. */
export function meanDigits(x: number): number {
  if (!(x > 0)) return 0;
  if (x >= 100) return 0;
  if (x >= 10) return 1;
  if (x >= 1) return 2;
  return Math.min(6, 2 - Math.floor(Math.log10(x)));
}

/** A mean number of nodes, e.g. 0.0421 or 12.3. */
export function formatMean(x: number, digits = meanDigits(x)): string {
  return x === 0 ? '0' : x.toFixed(digits);
}

/** An interval of means with the estimate's precision: "0.0220 to 0.0263". */
export function formatMeanInterval(estimate: number, low: number, high: number): string {
  const digits = meanDigits(estimate > 0 ? estimate : high);
  return `${formatMean(low, digits)} to ${formatMean(high, digits)}`;
}

/** The confidence level as text: 0.95 -> "95%". */
export function formatConfidence(c: number): string {
  return `${Number((c * 100).toFixed(2))}%`;
}
