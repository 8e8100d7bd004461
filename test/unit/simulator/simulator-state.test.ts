// The simulator's reducer: each action changes what the issue of the simulator says it changes, and
// nothing else (expected states written out by hand).
import { describe, expect, test } from 'vitest';
import { initialState, simulatorReducer, type SimulatorState } from '../../../src/features/simulator/simulator-state.ts';
import { twoNodeScenario } from './two-node-scenario.ts';

const first = twoNodeScenario('first', ['a']);
const second = twoNodeScenario('second', ['b']);

describe('simulator state', () => {
  test('starts on the real trigger at wave 0, not playing, or on the failures it was given', () => {
    expect(initialState(first)).toEqual({
      custom: null,
      presetId: 'first',
      failed: ['a'],
      mitigations: [],
      step: 0,
      playing: false,
      speed: 1000,
      compare: false,
      view: 'graph',
      showUnreported: true,
      notices: [],
      resetKey: 0,
      history: { past: [], future: [] },
    });
    expect(initialState(first, ['b']).failed).toEqual(['b']);
  });

  test('failing or restoring a component plays the cascade from wave 0', () => {
    const s = simulatorReducer(initialState(first), { type: 'toggle-failed', id: 'b' });
    expect([s.failed, s.step, s.playing]).toEqual([['a', 'b'], 0, true]);
    const t = simulatorReducer(s, { type: 'toggle-failed', id: 'a' });
    expect(t.failed).toEqual(['b']);
    expect(simulatorReducer(t, { type: 'fail-only', id: 'a' }).failed).toEqual(['a']);
    const none = simulatorReducer(t, { type: 'restore-all' });
    expect([none.failed, none.step, none.playing]).toEqual([[], null, false]);
  });

  test('another scenario starts from its own trigger, forgets mitigations and notices, and resets the view', () => {
    let s: SimulatorState = { ...initialState(first), mitigations: ['m'], notices: ['x'], step: 2, playing: true };
    s = simulatorReducer(s, { type: 'choose-preset', preset: second });
    expect(s).toMatchObject({ custom: null, presetId: 'second', failed: ['b'], mitigations: [], step: 0, playing: false, notices: [], resetKey: 1 });
    s = simulatorReducer(s, { type: 'load-own', scenario: first, notice: 'Loaded.' });
    expect(s).toMatchObject({ custom: first, presetId: 'second', failed: ['a'], notices: ['Loaded.'], resetKey: 2 });
  });

  test('mitigations switch on and off and show the end of the cascade', () => {
    let s = simulatorReducer({ ...initialState(first), step: 1 }, { type: 'set-mitigation', id: 'm1', on: true });
    s = simulatorReducer(s, { type: 'set-mitigation', id: 'm2', on: true });
    expect([s.mitigations, s.step]).toEqual([['m1', 'm2'], null]);
    expect(simulatorReducer(s, { type: 'set-mitigation', id: 'm1', on: false }).mitigations).toEqual(['m2']);
  });

  test('a restored link replaces the choices but keeps the speed and the view', () => {
    const s = simulatorReducer({ ...initialState(first), speed: 400, view: 'table' }, { type: 'restore-link', custom: null, presetId: 'second', failed: ['b'], mitigations: [], step: 1, notices: ['n'] });
    expect(s).toMatchObject({ presetId: 'second', failed: ['b'], step: 1, notices: ['n'], speed: 400, view: 'table', resetKey: 0 });
  });
  test('the edges no source reports can be hidden and shown again', () => {
    const hidden = simulatorReducer(initialState(first), { type: 'set-show-unreported', on: false });
    expect(hidden.showUnreported).toBe(false);
    expect(simulatorReducer(hidden, { type: 'set-show-unreported', on: true }).showUnreported).toBe(true);
  });
});
