/**
 * Rename in place: the rename field (RenameField.tsx) laid over the component being renamed, placed from
 * the component's drawn box (its `[data-node]` group) relative to the picture's container, so the
 * drawing's own code needs no change and the field follows a pan or zoom. Focus returns to the component.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { focusLater } from './focus-later.ts';
import { RenameField, type RenameFieldProps } from './RenameField.tsx';
import { renamePlacement, type Box } from './rename-placement.ts';

/** The element the field is placed in: the wrapper around the drawing (position: relative). */
const CONTAINER = '.sim-picture';

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

export function RenameInPlace(props: RenameFieldProps) {
  const { id } = props;
  const layer = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number; width: number } | null>(null);

  useLayoutEffect(() => {
    const container = layer.current?.closest(CONTAINER);
    const field = layer.current?.querySelector('input');
    if (!container || !field) return;
    const measure = () => {
      const node = `[data-node="${CSS.escape(id)}"]`;
      const shape = container.querySelector(`${node} .sim-shape`) ?? container.querySelector(node);
      if (shape) setPlace(renamePlacement(boxOf(shape.getBoundingClientRect()), boxOf(container.getBoundingClientRect()), field.offsetHeight, window.innerWidth));
    };
    measure();
    // A pan or zoom rewrites a transform in the drawing; a narrower window moves everything.
    const moved = new MutationObserver(measure);
    moved.observe(container, { attributes: true, attributeFilter: ['transform', 'viewBox'], subtree: true });
    const resized = new ResizeObserver(measure);
    resized.observe(container);
    return () => {
      moved.disconnect();
      resized.disconnect();
    };
  }, [id]);

  return (
    <div
      ref={layer}
      className="sim-field sim-rename"
      // Placed by measuring the drawing: set through the DOM (CSSOM), which the CSP allows, never as HTML.
      style={place ? { left: place.left, top: place.top, width: place.width } : { visibility: 'hidden' }}
      data-testid="sim-picture-rename-layer"
    >
      {/* Once placed: a field still hidden (before its first measure) cannot take the focus. */}
      <RenameField {...props} ready={place !== null} focusBack={(field) => focusLater(field.closest(CONTAINER), `[data-node="${CSS.escape(id)}"]`)} />
    </div>
  );
}
