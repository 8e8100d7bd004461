/**
 * The contagion engine's seeded generator: the engines' shared xoshiro128** (see ../random.ts), with the
 * seed checked here so that a bad one is a ScenarioError like every other bad input of this engine.
 */
import { shown } from '../issues.ts';
import { createRandom as sharedRandom, isSeed, SEED_RULE, type Random } from '../random.ts';
import { fieldError, type ErrorPath } from './errors.ts';

export { isSeed, SEED_RULE, type Random };

export function createRandom(seed: unknown, path: ErrorPath = ['seed']): Random {
  if (!isSeed(seed)) throw fieldError('', path, `seed must be ${SEED_RULE}, got ${shown(seed)}`);
  return sharedRandom(seed);
}
