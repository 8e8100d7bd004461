/**
 * Undo and Redo buttons for edits to the scenario, each saying how many steps it has, disabled when
 * there is nothing to go back or forward to, and the keyboard shortcuts that do the same.
 */
import { useCallback, type Dispatch } from 'react';
import type { SimulatorAction, SimulatorState } from '../simulator-state.ts';
import { useUndoKeys } from './use-undo-keys.ts';

interface Props {
  history: SimulatorState['history'];
  dispatch: Dispatch<SimulatorAction>;
}

export function UndoRedo({ history, dispatch }: Props) {
  const onUndo = useCallback(() => dispatch({ type: 'undo' }), [dispatch]);
  const onRedo = useCallback(() => dispatch({ type: 'redo' }), [dispatch]);
  useUndoKeys(true, onUndo, onRedo);
  const steps = [
    { name: 'Undo', count: history.past.length, run: onUndo, keys: 'Control+Z Meta+Z', what: 'the last edit to the scenario', shortcut: 'Ctrl+Z' },
    { name: 'Redo', count: history.future.length, run: onRedo, keys: 'Control+Shift+Z Meta+Shift+Z Control+Y', what: 'the edit you undid', shortcut: 'Ctrl+Shift+Z or Ctrl+Y' },
  ];
  return (
    <div className="sim-views sim-undo no-print" role="group" aria-label="Edit history">
      {steps.map((s) => (
        <button key={s.name} type="button" onClick={s.run} disabled={s.count === 0} aria-keyshortcuts={s.keys} title={s.count ? `${s.name} ${s.what} (${s.count} available; ${s.shortcut})` : `Nothing to ${s.name.toLowerCase()}`}>
          {s.name}
        </button>
      ))}
    </div>
  );
}
