/**
 * Exact arithmetic for weights and threshold fractions.
 *
 * Floating point cannot hold 1/3, so "a third of three equal validators" would compare a rounded
 * 0.333... against another rounded 0.333.... Instead every weight and fraction is read back as the
 * simplest fraction p/q whose double value is exactly the number given (0.1 -> 1/10,
 * 0.3333333333333333 -> 1/3, 0.45 -> 9/20). Each node's weights are then scaled to integers, and the
 * fraction is turned into an integer "cut" at compile time, so the hot loop only adds integers (exact
 * up to 2^53) and compares them with the cut.
 */

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * The simplest fraction [p, q] with p / q === x (as doubles), found among the continued-fraction
 * convergents of x. Falls back to the exact binary value m / 2^e. Null when x is negative, not
 * finite, or needs a denominator above 2^53.
 */
export function toRational(x: number): [number, number] | null {
  if (!Number.isFinite(x) || x < 0) return null;
  if (Number.isInteger(x)) return [x, 1];
  let p0 = 1, p1 = 0; // convergent numerators h(n-1), h(n-2)
  let q0 = 0, q1 = 1; // convergent denominators k(n-1), k(n-2)
  let y = x;
  for (let i = 0; i < 80; i++) {
    const a = Math.floor(y);
    const p = a * p0 + p1;
    const q = a * q0 + q1;
    if (p > MAX_SAFE || q > MAX_SAFE) break;
    if (p / q === x) return [p, q];
    const rest = y - a;
    if (rest === 0) break;
    y = 1 / rest;
    p1 = p0; p0 = p; q1 = q0; q0 = q;
  }
  // The exact dyadic value: every finite double is m / 2^e.
  let m = x, q = 1;
  while (!Number.isInteger(m)) {
    m *= 2;
    q *= 2;
    if (q > MAX_SAFE) return null;
  }
  return [m, q];
}

/** Greatest common divisor of two non-negative integer-valued doubles (exact: % is exact on doubles). */
export function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/**
 * The smallest integer failed weight that trips `failed / total >= p / q` (or `>` when strict),
 * i.e. ceil(p * total / q) or floor(p * total / q) + 1, never below 1 (a node does not fail while
 * nothing it depends on has failed). Infinity when it can never trip.
 */
export function thresholdCut(p: number, q: number, total: number, strict: boolean): number {
  if (total <= 0) return Infinity;
  let cut: number;
  const product = p * total;
  if (Number.isSafeInteger(product)) {
    const rest = product % q;
    const quotient = (product - rest) / q;
    cut = strict ? quotient + 1 : quotient + (rest > 0 ? 1 : 0);
  } else {
    const bp = BigInt(p) * BigInt(total);
    const bq = BigInt(q);
    const quotient = bp / bq;
    const rest = bp % bq;
    cut = Number(strict ? quotient + 1n : quotient + (rest > 0n ? 1n : 0n));
  }
  if (cut < 1) cut = 1;
  return cut > total ? Infinity : cut;
}

/** "1/3", "2/5", "1" for display. */
export function formatFraction(p: number, q: number): string {
  const g = gcd(p, q) || 1;
  const a = p / g, b = q / g;
  return b === 1 ? String(a) : `${a}/${b}`;
}
