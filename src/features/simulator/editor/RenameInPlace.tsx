/**
 * Rename in place: a text field laid over the component being renamed, placed from the component's
 * drawn box (its `[data-node]` group) relative to the picture's container, so the drawing's own code
 * needs no change and the field follows a pan or zoom. It opens focused with the name selected; Enter or
 * leaving the field saves, Escape cancels. A name the engine refuses keeps the field open, the text as
 * typed, and the reason beside it.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { renamePlacement, type Box } from './rename-placement.ts';

interface Props {
  id: string;
  /** the component's name now, for the field's accessible name */
  label: string;
  text: string;
  error: string | null;
  onText: (text: string) => void;
  /** save the text; resolves to whether it was saved (false: refused, the field stays open) */
  onCommit: () => Promise<boolean>;
  onCancel: () => void;
}

/** The element the field is placed in: the wrapper around the drawing (position: relative). */
const CONTAINER = '.sim-picture';

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

export function RenameInPlace({ id, label, text, error, onText, onCommit, onCancel }: Props) {
  const layer = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Enter and Escape act once: the blur that follows (focus back on the component) must not save again.
  const done = useRef(false);
  const [place, setPlace] = useState<{ left: number; top: number; width: number } | null>(null);

  useLayoutEffect(() => {
    const container = layer.current?.closest(CONTAINER);
    if (!container || !input.current) return;
    const measure = () => {
      const shape = container.querySelector(`[data-node="${CSS.escape(id)}"] .sim-shape`) ?? container.querySelector(`[data-node="${CSS.escape(id)}"]`);
      if (!shape || !input.current) return;
      setPlace(renamePlacement(boxOf(shape.getBoundingClientRect()), boxOf(container.getBoundingClientRect()), input.current.offsetHeight, window.innerWidth));
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

  // Once placed: a field still hidden (before its first measure) cannot take the focus.
  const placed = place !== null;
  useLayoutEffect(() => {
    if (!placed) return;
    input.current?.focus();
    input.current?.select();
  }, [id, placed]);

  // The container is found now: once the rename is saved this field is gone, and the drawing redrawn.
  const focusComponent = (container = layer.current?.closest(CONTAINER)) => () =>
    requestAnimationFrame(() => container?.querySelector<HTMLElement | SVGElement>(`[data-node="${CSS.escape(id)}"]`)?.focus());
  const errorId = `sim-rename-error-${id}`;
  const hintId = `sim-rename-hint-${id}`;
  return (
    <div
      ref={layer}
      className="sim-field sim-rename"
      // Placed by measuring the drawing: set through the DOM (CSSOM), which the CSP allows, never as HTML.
      style={place ? { left: place.left, top: place.top, width: place.width } : { visibility: 'hidden' }}
      data-testid="sim-picture-rename-layer"
    >
      <input
        ref={input}
        type="text"
        value={text}
        aria-label={`New name for ${label}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          done.current = false;
          onText(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            done.current = true;
            const backToComponent = focusComponent();
            void onCommit().then((saved) => {
              if (saved) backToComponent();
              else done.current = false;
            });
          } else if (e.key === 'Escape') {
            e.preventDefault();
            done.current = true;
            const backToComponent = focusComponent();
            onCancel();
            backToComponent();
          }
        }}
        onBlur={() => {
          if (!done.current) void onCommit();
        }}
        data-testid="sim-picture-rename"
      />
      {error && (
        <span id={errorId} className="sim-field-error" role="alert" data-testid="sim-picture-rename-error">
          {error}
        </span>
      )}
      <span id={hintId} className="sim-field-hint">
        Enter saves, Escape cancels
      </span>
    </div>
  );
}
