/**
 * Time from a click that fails a component to the first wave on screen, for the budget script: written
 * as a data attribute on the simulator's root (not a style) once the frame after the render it caused
 * has been drawn. Returns the function to call on such a click.
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';

export function useClickToWave(root: RefObject<HTMLElement | null>): () => void {
  const clickedAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (clickedAt.current === null) return;
    const start = clickedAt.current;
    clickedAt.current = null;
    // The canvas draws in its own animation-frame callback, queued after this one: a task posted from here
    // runs once every callback of the frame has run and the frame is painted, so the figure includes the drawing.
    requestAnimationFrame(() => setTimeout(() => root.current?.setAttribute('data-click-to-wave-ms', (performance.now() - start).toFixed(1)), 0));
  });
  return useCallback(() => {
    clickedAt.current = performance.now();
  }, []);
}
