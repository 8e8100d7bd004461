/**
 * A labelled text field with its validation message beside it (aria-invalid + aria-describedby), or a
 * note on how an accepted value was read. It shows exactly what the reader typed; the caller parses it.
 */
import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: ReactNode;
  value: string;
  onChange: (text: string) => void;
  error?: string | undefined;
  /** how an accepted value was read, e.g. "Read as 99.9% = 0.999." */
  note?: string | undefined;
  hint?: ReactNode;
  testId?: string;
}

export function Field({ label, value, onChange, error, note, hint, testId }: FieldProps) {
  const id = useId();
  const shownNote = error ? undefined : note;
  const describedBy = [hint ? `${id}-hint` : '', shownNote ? `${id}-note` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="rc-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        data-testid={testId}
      />
      {hint && (
        <span id={`${id}-hint`} className="rc-hint">
          {hint}
        </span>
      )}
      {shownNote && (
        <span id={`${id}-note`} className="rc-hint rc-note" data-testid={testId ? `${testId}-note` : undefined}>
          {shownNote}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="rc-error" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </span>
      )}
    </div>
  );
}

interface ChoiceProps<T extends string> {
  label: ReactNode;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
  testId?: string;
}

export function Choice<T extends string>({ label, value, onChange, options, testId }: ChoiceProps<T>) {
  const id = useId();
  return (
    <div className="rc-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
