/**
 * Labelled form controls for both islands, with the accessibility wiring written once: a visible label
 * tied to the control, an optional hint, a note on how an accepted value was read, and the validation
 * message beside the control (aria-describedby, aria-invalid). Text fields show exactly what the reader
 * typed; the caller parses it. Each island passes its own class names (`look`), so each keeps its styles.
 */
import { useId, type ReactNode } from 'react';

export interface FieldLook {
  field: string;
  hint: string;
  note: string;
  error: string;
}

interface Described {
  look: FieldLook;
  label: ReactNode;
  /** the validation message; empty or undefined when the value is fine */
  error?: string | null | undefined;
  /** how an accepted value was read, e.g. "Read as 99.9% = 0.999."; not shown beside an error */
  note?: string | undefined;
  hint?: ReactNode;
  className?: string;
  testId?: string;
}

/** The wrapper, label, hint, note and error around one control, and the ids that tie them to it. */
function FieldFrame({ look, label, error, note, hint, className, testId, control }: Described & { control: (aria: { id: string; describedBy: string | undefined; invalid: true | undefined }) => ReactNode }) {
  const id = useId();
  const shownNote = error ? undefined : note;
  const describedBy = [hint ? `${id}-hint` : '', shownNote ? `${id}-note` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`${look.field}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {control({ id, describedBy, invalid: error ? true : undefined })}
      {hint && (
        <span id={`${id}-hint`} className={look.hint}>
          {hint}
        </span>
      )}
      {shownNote && (
        <span id={`${id}-note`} className={look.note} data-testid={testId ? `${testId}-note` : undefined}>
          {shownNote}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className={look.error} data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </span>
      )}
    </div>
  );
}

export function TextField({ value, onChange, inputMode = 'text', placeholder, ...frame }: Described & { value: string; onChange: (text: string) => void; inputMode?: 'numeric' | 'decimal' | 'text'; placeholder?: string }) {
  return (
    <FieldFrame
      {...frame}
      control={({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          data-testid={frame.testId}
        />
      )}
    />
  );
}

export function SelectField<T extends string>({ value, onChange, options, disabled, ...frame }: Described & { value: T; onChange: (value: T) => void; options: readonly { value: T; label: string }[]; disabled?: boolean }) {
  return (
    <FieldFrame
      {...frame}
      control={({ id, describedBy, invalid }) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} aria-invalid={invalid} aria-describedby={describedBy} data-testid={frame.testId} disabled={disabled}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
