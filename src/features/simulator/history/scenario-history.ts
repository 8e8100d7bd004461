/**
 * Undo and redo for the scenario: a bounded stack of what was on screen before each edit (a form edit,
 * an import, an edit on the picture, another preset). Pure and generic over the snapshot, so the
 * reducer decides what a snapshot holds and this file only decides the order and the cap.
 */

/** How many edits back the reader can go; older ones are forgotten first. */
export const HISTORY_CAP = 100;

export interface History<S> {
  /** oldest first; the last one is what Undo brings back */
  past: S[];
  /** nearest first; the first one is what Redo brings back */
  future: S[];
}

export const emptyHistory = <S>(): History<S> => ({ past: [], future: [] });

/** A new edit: remember what was on screen before it, and forget what had been undone. */
export function record<S>(history: History<S>, before: S, cap = HISTORY_CAP): History<S> {
  const past = [...history.past, before];
  return {
    past: past.length > cap ? past.slice(past.length - cap) : past,
    future: [],
  };
}

/** Step back: what to show, and the history with the current snapshot ready for Redo; null = nothing to undo. */
export function undo<S>(history: History<S>, current: S): { show: S; history: History<S> } | null {
  const show = history.past.at(-1);
  if (show === undefined) return null;
  return {
    show,
    history: {
      past: history.past.slice(0, -1),
      future: [current, ...history.future],
    },
  };
}

/** Step forward again after an undo; null = nothing to redo. */
export function redo<S>(history: History<S>, current: S): { show: S; history: History<S> } | null {
  const [show, ...future] = history.future;
  if (show === undefined) return null;
  return { show, history: { past: [...history.past, current], future } };
}
