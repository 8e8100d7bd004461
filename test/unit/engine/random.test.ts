// The engines' one generator (src/engine/random.ts) against published xoshiro128** outputs, and the
// copy of it inlined in the availability engine's plain Monte Carlo loop against the shared one.
//
// Known answers: test-rom/testdata.asm of github.com/edorfaus/xoshiro-6502 (commit 196821ae), whose
// values were produced by the authors' C reference implementation (prng.di.unimi.it,
// xoshiro128starstar.c) from the state 0x964D4A0C, 0xD40AB895, 0xAD7FDECB, 0x3006F0F0: the first four
// xoshiro128** outputs are F1391922, 6FE53806, A5BE2840, F510EE70.
import { describe, expect, test } from 'vitest';
import { compileSystem } from '../../../src/engine/availability/compile.ts';
import { runPlainMonteCarlo } from '../../../src/engine/availability/monte-carlo.ts';
import { createRandom, randomFromState } from '../../../src/engine/random.ts';

describe('xoshiro128**', () => {
  test('reproduces the C reference implementation', () => {
    const random = randomFromState(Uint32Array.of(0x964d4a0c, 0xd40ab895, 0xad7fdecb, 0x3006f0f0));
    expect([random.nextUint32(), random.nextUint32(), random.nextUint32(), random.nextUint32()]).toEqual([0xf1391922, 0x6fe53806, 0xa5be2840, 0xf510ee70]);
  });

  test('next() is a double in [0, 1) built from two words (53 bits)', () => {
    const words = randomFromState(Uint32Array.of(0x964d4a0c, 0xd40ab895, 0xad7fdecb, 0x3006f0f0));
    const doubles = randomFromState(Uint32Array.of(0x964d4a0c, 0xd40ab895, 0xad7fdecb, 0x3006f0f0));
    const a = words.nextUint32() >>> 5;
    const b = words.nextUint32() >>> 6;
    expect(doubles.next()).toBe((a * 2 ** 26 + b) / 2 ** 53);
  });
});

describe('the copy inlined in the plain Monte Carlo loop', () => {
  // One component of unavailability q: each trial draws one word u and is down when u < q * 2^32
  // (a second word only on a tie, as in downThresholds). Counting with the shared generator must give
  // the very same number of failed trials for any seed.
  test.each([[1], ['inline'], [123_456_789], [-42]])('seed %s: the same failures as the shared generator', (seed) => {
    const trials = 20_000;
    for (const q of [0.5, 0.1234]) {
      const sys = compileSystem({ root: { type: 'component', unavailability: q } });
      const shared = createRandom(seed);
      const hi = Math.floor(q * 2 ** 32);
      const lo = Math.floor((q * 2 ** 32 - hi) * 2 ** 32);
      let failures = 0;
      for (let t = 0; t < trials; t++) {
        const u = shared.nextUint32();
        if (u < hi || (u === hi && shared.nextUint32() < lo)) failures++;
      }
      expect(runPlainMonteCarlo(sys, trials, seed).failures).toBe(failures);
    }
  });
});
