// Issue 12: a scenario too large for a share link is found without encoding all of it, and the answer is
// the one the full encoding gives (its length against the limit), checked at the limit's edge.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeModel, encodeModel } from '../../../src/features/shared/compressed-json.ts';
import { MAX_MODEL_IN_LINK, modelForLink } from '../../../src/features/simulator/link-model.ts';
import { randomScenario } from '../../../src/features/simulator/random-scenario.ts';

describe('encodeModel with a longest length', () => {
  test('gives the full encoding when it fits and null when it is one character too long', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 3 }), fc.integer({ min: 0, max: 4 }), async (json, slack) => {
        const full = await encodeModel(json);
        fc.pre(full.length > slack);
        expect(await encodeModel(json, full.length + slack)).toBe(full);
        expect(await encodeModel(json, full.length - 1 - slack)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  test('stops at the limit on a text whose compressed form runs to megabytes', async () => {
    // Random digits compress to about half: 4 MB of them cannot fit in 100,000 characters.
    const digits = JSON.stringify(Array.from({ length: 400_000 }, (_, i) => (i * 2_654_435_761) % 1_000_000_007));
    expect(await encodeModel(digits, MAX_MODEL_IN_LINK)).toBeNull();
  });
});

describe('modelForLink', () => {
  test('a small scenario is carried whole (it decodes back to itself), a 20,000-node one is refused', async () => {
    const small = randomScenario(40, 1);
    const model = await modelForLink(small);
    expect(model).not.toBeNull();
    expect(JSON.parse(await decodeModel(model!))).toEqual(JSON.parse(JSON.stringify(small)));
    expect(await modelForLink(randomScenario(20_000, 1, 10))).toBeNull();
  });

  test('encodes each scenario object once', () => {
    const s = randomScenario(10, 2);
    expect(modelForLink(s)).toBe(modelForLink(s));
  });
});
