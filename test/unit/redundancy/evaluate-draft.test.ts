import { describe, expect, test } from 'vitest';
import { PRESET_GROUPS } from '../content-files.ts';
import { evaluate } from '../../../src/engine/availability/schema.ts';
import { toDraft } from '../../../src/features/redundancy/draft.ts';
import { updateBlock } from '../../../src/features/redundancy/draft-edits.ts';
import { evaluateDraft } from '../../../src/features/redundancy/evaluate-draft.ts';

const quorum = PRESET_GROUPS.find((g) => g.id === 'validator-placement')!.strategies[2]!.system;

describe('evaluating a draft', () => {
  test('a valid draft gives the engine result of its system', () => {
    const draft = updateBlock(toDraft(quorum), [], (b) => ({ ...b, k: '2' }));
    const outcome = evaluateDraft(draft, { slo: 0.999 }, null);
    expect(outcome.stale).toBe(false);
    const edited = structuredClone(quorum);
    (edited.root as { k: number }).k = 2;
    expect(outcome.result).toEqual(evaluate(edited, { slo: 0.999 }));
  });

  test('an invalid draft keeps the last good result, marked stale, evaluated with the current options', () => {
    const draft = updateBlock(toDraft(quorum), [], (b) => ({ ...b, k: '7' }));
    const outcome = evaluateDraft(draft, { timeConvention: 'gregorian' }, quorum);
    expect(outcome.stale).toBe(true);
    expect(outcome.system).toBeNull();
    expect(outcome.errors['root.k']).toMatch(/k is 7/);
    expect(outcome.result).toEqual(evaluate(quorum, { timeConvention: 'gregorian' }));
  });

  test('whole-description problems from the engine land on their field', () => {
    const draft = toDraft({ domains: [{ id: 'a', parent: 'b', availability: 0.9 }, { id: 'b', parent: 'a', availability: 0.9 }], root: { type: 'component', availability: 0.9, domains: ['a'] } });
    const outcome = evaluateDraft(draft, {}, null);
    expect(outcome.stale).toBe(true);
    expect(outcome.result).toBeNull();
    expect(Object.keys(outcome.errors).some((k) => k.startsWith('domains['))).toBe(true);
  });
});
