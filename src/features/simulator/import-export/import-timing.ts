/**
 * Time from "Load" (or a chosen or dropped file) to the imported graph's first canvas frame, for the scale
 * browser test and the budget script: written as `data-import-to-draw-ms` on the simulator's root, like
 * `data-click-to-wave-ms`. The import marks its start with the node count it read; the canvas reports
 * after drawing a graph of that size, so a mark left by a small import (drawn as SVG) never matches a
 * later, unrelated canvas drawing.
 */
const pending = new WeakMap<Element, { start: number; nodes: number }>();

export function startImportTiming(root: Element | null, start: number, nodes: number): void {
  if (root) pending.set(root, { start, nodes });
}

/** Called by the canvas after each frame it draws; writes the figure once per import, when that frame is on screen. */
export function finishImportTiming(root: Element | null, nodes: number): void {
  const mark = root ? pending.get(root) : undefined;
  if (!root || !mark || mark.nodes !== nodes) return;
  pending.delete(root);
  // Called from the frame's drawing callback: a task posted from there runs once the frame is painted.
  setTimeout(() => root.setAttribute('data-import-to-draw-ms', (performance.now() - mark.start).toFixed(1)), 0);
}
