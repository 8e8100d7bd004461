// Undo and redo of edits to the scenario: the history's order and cap against a brute-force model (a
// plain array of everything shown and a cursor), and the reducer bringing back exactly what was on
// screen before each edit (states written out by hand).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { emptyHistory, HISTORY_CAP, record, redo, undo, type History } from '../../../src/features/simulator/history/scenario-history.ts';
import type { SimScenario } from '../../../src/features/simulator/simulation.ts';
import { initialState, simulatorReducer, type SimulatorState } from '../../../src/features/simulator/simulator-state.ts';
import { twoNodeScenario } from './two-node-scenario.ts';

const first = twoNodeScenario('first', ['a']);
const second = twoNodeScenario('second', ['b']);
const edited = (title: string): SimScenario => ({ ...first, id: 'own', title });

describe('history order and cap', () => {
  test('any sequence of edits, undos and redos matches a list of everything shown with a cursor', () => {
    type Op = { kind: 'edit' } | { kind: 'undo' } | { kind: 'redo' };
    const op = fc.oneof(fc.constant<Op>({ kind: 'edit' }), fc.constant<Op>({ kind: 'undo' }), fc.constant<Op>({ kind: 'redo' }));
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (ops, cap) => {
        fc.pre(ops.some((o) => o.kind === 'edit'));
        // Model: every state ever shown on the current line, the cursor on the one on screen.
        let line = [0];
        let cursor = 0;
        let next = 1;
        let history: History<number> = emptyHistory();
        let current = 0;
        for (const o of ops) {
          if (o.kind === 'edit') {
            line = [...line.slice(0, cursor + 1), next];
            cursor += 1;
            history = record(history, current, cap);
            current = next++;
            // the model forgets the oldest beyond the cap
            if (cursor > cap) {
              line = line.slice(cursor - cap);
              cursor = cap;
            }
          } else {
            const step = o.kind === 'undo' ? undo(history, current) : redo(history, current);
            const can = o.kind === 'undo' ? cursor > 0 : cursor < line.length - 1;
            expect(step !== null).toBe(can);
            if (step) {
              cursor += o.kind === 'undo' ? -1 : 1;
              history = step.history;
              current = step.show;
            }
          }
          expect(current).toBe(line[cursor]);
          expect(history.past).toEqual(line.slice(0, cursor));
          expect(history.future).toEqual(line.slice(cursor + 1));
        }
      }),
    );
  });

  test('keeps the last HISTORY_CAP (100) edits and forgets the oldest', () => {
    expect(HISTORY_CAP).toBe(100);
    let h: History<number> = emptyHistory();
    for (let i = 0; i < 150; i += 1) h = record(h, i);
    expect(h.past.length).toBe(100);
    expect(h.past[0]).toBe(50);
    expect(h.past.at(-1)).toBe(149);
  });
});

describe('the reducer undoes and redoes edits to the scenario', () => {
  test('an edit, an import and another preset each undo back to what was on screen, failures and mitigations included', () => {
    let s: SimulatorState = { ...initialState(first), failed: ['a', 'b'], mitigations: ['m'] };
    s = simulatorReducer(s, { type: 'load-own', scenario: edited('form edit') });
    s = simulatorReducer(s, { type: 'load-own', scenario: edited('import'), notice: 'Loaded.' });
    s = simulatorReducer(s, { type: 'choose-preset', preset: second });
    expect([s.custom, s.presetId, s.failed, s.history.past.length, s.history.future.length]).toEqual([null, 'second', ['b'], 3, 0]);

    s = simulatorReducer(s, { type: 'undo' });
    expect(s).toMatchObject({ custom: edited('import'), presetId: 'first', failed: ['a'], step: 0, playing: false, notices: [] });
    s = simulatorReducer(s, { type: 'undo' });
    expect(s.custom).toEqual(edited('form edit'));
    s = simulatorReducer(s, { type: 'undo' });
    expect(s).toMatchObject({ custom: null, presetId: 'first', failed: ['a', 'b'], mitigations: ['m'] });
    expect(s.history).toEqual({ past: [], future: expect.any(Array) });
    expect(simulatorReducer(s, { type: 'undo' })).toBe(s);

    s = simulatorReducer(s, { type: 'redo' });
    s = simulatorReducer(s, { type: 'redo' });
    expect(s.custom).toEqual(edited('import'));
    s = simulatorReducer(s, { type: 'load-own', scenario: edited('branch') });
    expect(s.history.future).toEqual([]);
    expect(simulatorReducer(s, { type: 'redo' })).toBe(s);
  });

  test('failing components, playing and view changes are not edits: they leave the history alone', () => {
    const s = simulatorReducer(initialState(first), { type: 'load-own', scenario: edited('x') });
    let t = simulatorReducer(s, { type: 'toggle-failed', id: 'b' });
    t = simulatorReducer(t, { type: 'set-view', view: 'table' });
    t = simulatorReducer(t, { type: 'show-wave', step: 1, playing: true });
    expect(t.history).toBe(s.history);
  });
});
