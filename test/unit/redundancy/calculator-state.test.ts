// The calculator's reducer: a wrong field keeps the last good system and the last good SLO (so the
// answers go stale instead of disappearing), and what the reader typed is always kept.
import { describe, expect, test } from 'vitest';
import { calculatorReducer, DEFAULT_SLO, initialState } from '../../../src/features/redundancy/calculator-state.ts';
import { toDraft, type DraftSystem } from '../../../src/features/redundancy/draft.ts';
import { PRESET_GROUPS } from '../content-files.ts';

const rpc = PRESET_GROUPS.find((g) => g.id === 'rpc-access')!;
const quorum = PRESET_GROUPS.find((g) => g.id === 'validator-placement')!;
const single = rpc.strategies[0]!;
/** The single-endpoint strategy with its one component's availability typed as `text`. */
const typed = (text: string): DraftSystem => {
  const draft = toDraft(single.system);
  if (draft.root.type !== 'component') throw new Error('the single-endpoint preset is one component');
  return { ...draft, root: { ...draft.root, probability: { ...draft.root.probability, mode: 'availability', value: text } } };
};

describe('calculator state', () => {
  test('starts on the presets, the 365-day year and a 99.9% target; an embed has nothing to restore', () => {
    const s = initialState(rpc, false);
    expect(s.groupId).toBe('rpc-access');
    expect(s.lastGood[single.id]).toBe(single.system);
    expect(s.drafts[single.id]).toEqual(toDraft(single.system));
    expect([s.convention, s.slo, s.restored, s.edited.size]).toEqual(['calendar', { text: '99.9%', value: DEFAULT_SLO }, false, 0]);
    expect(initialState(rpc, true).restored).toBe(true);
  });

  test('a good edit becomes the last good system; a bad one is kept as typed without replacing it', () => {
    let s = calculatorReducer(initialState(rpc, false), { type: 'edit', strategy: single.id, draft: typed('0.98') });
    expect(s.edited.has(single.id)).toBe(true);
    expect(s.lastGood[single.id]!.root).toMatchObject({ availability: 0.98 });
    const good = s.lastGood[single.id];
    s = calculatorReducer(s, { type: 'edit', strategy: single.id, draft: typed('0.9x') });
    expect(s.drafts[single.id]).toEqual(typed('0.9x'));
    expect(s.lastGood[single.id]).toBe(good);
  });

  test('back to the preset, and to another question', () => {
    let s = calculatorReducer(initialState(rpc, false), { type: 'edit', strategy: single.id, draft: typed('0.98') });
    s = calculatorReducer(s, { type: 'reset', strategy: single.id, group: rpc });
    expect([s.edited.has(single.id), s.lastGood[single.id]]).toEqual([false, single.system]);
    s = calculatorReducer(s, { type: 'choose-group', group: quorum });
    expect(s.groupId).toBe('validator-placement');
    expect(Object.keys(s.drafts).sort()).toEqual(quorum.strategies.map((x) => x.id).sort());
  });

  test('the SLO keeps its text always and its last value that read', () => {
    let s = calculatorReducer(initialState(rpc, false), { type: 'type-slo', text: '99.95' });
    expect(s.slo).toEqual({ text: '99.95', value: 0.9995 });
    s = calculatorReducer(s, { type: 'type-slo', text: '99.9.' });
    expect(s.slo).toEqual({ text: '99.9.', value: 0.9995 });
  });

  test('a restored link marks its edits and keeps what it did not name', () => {
    const edited = { ...single.system, root: { ...single.system.root, availability: 0.9 } } as typeof single.system;
    const s = calculatorReducer(initialState(rpc, false), { type: 'restore-link', group: rpc, edits: new Map([[single.id, edited]]), notices: ['n'] });
    expect([s.restored, [...s.edited], s.lastGood[single.id], s.convention, s.slo.text, s.notices]).toEqual([true, [single.id], edited, 'calendar', '99.9%', ['n']]);
  });
});
