/**
 * Whether the drawing's container is phone-narrow. False until measured, so the server's rendering
 * (the wide drawing) and the first render in the browser agree; then follows resizes and rotation.
 */
import { useEffect, useState, type RefObject } from 'react';

/** Below this container width the wide drawing's 12 px names would shrink under 12 px on screen. */
export const NARROW_BELOW_PX = 560;

export function useNarrow(ref: RefObject<HTMLElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setNarrow(el.getBoundingClientRect().width < NARROW_BELOW_PX);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return narrow;
}
