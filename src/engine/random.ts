/**
 * The engines' one seeded random generator (xoshiro128**, seeded through splitmix32), so that equal
 * seeds give equal Monte Carlo results on every platform: it uses only 32-bit integer operations, which
 * behave the same in every JavaScript engine. Shared by the contagion and availability engines.
 */

export interface Random {
  /** A uniform double in [0, 1) with 53 random bits. */
  next(): number;
  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number;
}

/** What a seed may be, in words, for the engines' messages. */
export const SEED_RULE = 'a whole number from -(2^53 - 1) to 2^53 - 1, or a string';

/**
 * The seed domain: strings, and whole numbers that a double holds exactly. Fractions, 2^64 or 1e300
 * (already rounded when the user typed them), NaN, booleans, BigInts and objects are not seeds.
 */
export function isSeed(seed: unknown): seed is number | string {
  return typeof seed === 'string' || (typeof seed === 'number' && Number.isSafeInteger(seed));
}

/**
 * A 32-bit seed from a number or a string, using all of it: FNV-1a over every UTF-16 code unit of a
 * string; for a number, its low 32 bits mixed with its high bits and sign (so 0, 2^32 and -2^32 differ).
 */
export function seedFrom(seed: number | string): number {
  if (!isSeed(seed)) throw new RangeError(`seed must be ${SEED_RULE}, got ${typeof seed === 'number' ? String(seed) : typeof seed}`);
  if (typeof seed === 'number') {
    const hi = Math.floor(seed / 4294967296); // from -2^21 to 2^21: exact, and never wraps
    return (Math.imul(hi ^ 0x9e3779b9, 0x85ebca6b) ^ (seed >>> 0)) >>> 0;
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The four 32-bit words of xoshiro128** state for a seed (splitmix32 spreads the seed; never all zero). */
export function initialState(seed: number | string): Uint32Array {
  let x = seedFrom(seed);
  const split = (): number => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const state = Uint32Array.of(split(), split(), split(), split());
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1;
  return state;
}

export function createRandom(seed: number | string): Random {
  return randomFromState(initialState(seed));
}

/** The generator from a given xoshiro128** state (four 32-bit words, not all zero): for known-answer tests. */
export function randomFromState(state: Uint32Array): Random {
  let s0 = state[0]! | 0;
  let s1 = state[1]! | 0;
  let s2 = state[2]! | 0;
  let s3 = state[3]! | 0;
  const nextUint32 = (): number => {
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
  return {
    nextUint32,
    next: () => ((nextUint32() >>> 5) * 67108864 + (nextUint32() >>> 6)) / 9007199254740992,
  };
}

export function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
