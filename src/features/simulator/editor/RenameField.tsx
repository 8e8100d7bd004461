/**
 * The rename field itself, wherever it is shown (over the component in the picture, in its row in the
 * table): focused with the name selected once it can take the focus; Enter or leaving the field saves,
 * Escape cancels; a name the engine refuses keeps the field open, the text as typed, and the reason beside
 * it (tied to the field by aria-describedby).
 */
import { useLayoutEffect, useRef } from 'react';

export interface RenameFieldProps {
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

interface Props extends RenameFieldProps {
  /** false while the field is hidden (not yet placed), when it cannot take the focus */
  ready: boolean;
  /**
   * Called as Enter or Escape is pressed, before the field goes: finds where the focus returns (the
   * component, or its row's button) while the field is still in the page, and returns what moves it there.
   */
  focusBack: (field: HTMLInputElement) => () => void;
}

export function RenameField({ id, label, text, error, onText, onCommit, onCancel, ready, focusBack }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // Enter and Escape act once: the blur that follows (focus back on the component) must not save again.
  const done = useRef(false);

  useLayoutEffect(() => {
    if (!ready) return;
    input.current?.focus();
    input.current?.select();
  }, [id, ready]);

  const errorId = `sim-rename-error-${id}`;
  const hintId = `sim-rename-hint-${id}`;
  return (
    <>
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
            const back = focusBack(e.currentTarget);
            void onCommit().then((saved) => {
              if (saved) back();
              else done.current = false;
            });
          } else if (e.key === 'Escape') {
            e.preventDefault();
            done.current = true;
            const back = focusBack(e.currentTarget);
            onCancel();
            back();
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
    </>
  );
}
