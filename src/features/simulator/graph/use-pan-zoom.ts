/**
 * Pan and zoom (../../shared/pan-zoom.ts) on a drawing element for as long as it is mounted. The zoom
 * callback may change on every render; the listener always calls the latest one.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { attachPanZoom, type PanZoom, type ZoomTransform } from '../../shared/pan-zoom.ts';

export function usePanZoom(element: RefObject<Element | null>, scaleExtent: readonly [number, number], onZoom: (transform: ZoomTransform) => void): RefObject<PanZoom | null> {
  const panZoom = useRef<PanZoom | null>(null);
  const latest = useRef(onZoom);
  useEffect(() => {
    latest.current = onZoom;
  });
  const [min, max] = scaleExtent;
  useEffect(() => {
    if (!element.current) return;
    const attached = attachPanZoom(element.current, [min, max], (t) => latest.current(t));
    panZoom.current = attached;
    return () => {
      attached.detach();
      panZoom.current = null;
    };
    // The extent is set once; callers change it later with setScaleExtent.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [element]);
  return panZoom;
}
