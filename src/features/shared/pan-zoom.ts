/**
 * Pan and zoom with d3-zoom, wired the same way for every drawing on the site (the simulator's SVG and
 * canvas views, the map of terms): drag to pan; Ctrl or ⌘ + wheel to zoom, so a plain wheel still
 * scrolls the page past the drawing; double-click does nothing. d3-zoom reports a transform, and the
 * caller applies it (a transform attribute, which the CSP allows where an inline style is not, or a
 * canvas redraw).
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';

export type { ZoomTransform };
export { zoomIdentity };

export interface PanZoom {
  /** Zooms about the centre by `factor` (above 1 zooms in). */
  zoomBy(factor: number): void;
  /** Back to the drawing as first shown. */
  reset(): void;
  /** Pans, without zooming, so that drawing point (x, y) is in the middle. */
  centreOn(x: number, y: number): void;
  setScaleExtent(min: number, max: number): void;
  /** Removes every listener it added. */
  detach(): void;
}

/** Which pointer events may pan or zoom: not a double-click, and a wheel only with Ctrl or ⌘. On a
 * drawing marked `data-touch-scrolls` (one taller than the screen, drawn at full size on a phone), one
 * finger scrolls the page instead of panning, so the reader is never trapped in it; two fingers pinch. */
export function startsPanOrZoom(event: Event): boolean {
  if (event.type === 'dblclick') return false;
  if (event.type === 'touchstart' && (event as TouchEvent).touches.length < 2 && (event.currentTarget as Element | null)?.hasAttribute?.('data-touch-scrolls')) return false;
  if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
  return true;
}

export function attachPanZoom(element: Element, scaleExtent: readonly [number, number], onZoom: (transform: ZoomTransform) => void): PanZoom {
  const behaviour = zoom<Element, unknown>()
    .scaleExtent([scaleExtent[0], scaleExtent[1]])
    .filter(startsPanOrZoom)
    .on('zoom', (event: { transform: ZoomTransform }) => onZoom(event.transform));
  const selection = select(element).call(behaviour);
  return {
    zoomBy: (factor) => void selection.call(behaviour.scaleBy, factor),
    reset: () => void selection.call(behaviour.transform, zoomIdentity),
    centreOn: (x, y) => void selection.call(behaviour.translateTo, x, y),
    setScaleExtent: (min, max) => void behaviour.scaleExtent([min, max]),
    detach: () => void selection.on('.zoom', null),
  };
}
