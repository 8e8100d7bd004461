/**
 * The availability engine's random draws: the engines' shared xoshiro128** generator (../random.ts),
 * plus exact small-probability thresholds.
 *
 * Down-with-probability-q draws compare 64 random bits against q scaled to 2^64 (two 32-bit words, the
 * second drawn only on a tie of the first), so q = 1e-12 is sampled as 1e-12 and not as a multiple of
 * 2^-32 ≈ 2.3e-10, at the cost of one draw per trial almost always.
 */
export { createRandom, initialState, rotl, seedFrom, type Random } from '../random.ts';

/**
 * q as two 32-bit thresholds: a draw (u1, u2) is "down" when u1 < hi, or u1 === hi and u2 < lo, which
 * happens with probability hi / 2^32 + lo / 2^64, q to within 2^-64. q = 1 gives hi = 2^32: always down.
 */
export function downThresholds(q: number, hi: Float64Array, lo: Float64Array, i: number): void {
  const scaled = q * 4294967296;
  const h = Math.floor(scaled);
  hi[i] = h;
  lo[i] = Math.floor((scaled - h) * 4294967296);
}
