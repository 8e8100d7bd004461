/** The contagion engine's seeded generator: the engines' shared xoshiro128** (see ../random.ts). */
export { createRandom, seedFrom, type Random } from '../random.ts';
