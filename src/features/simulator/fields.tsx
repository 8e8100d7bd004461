/**
 * Form fields shared by the simulator's panels: a visible label, the control, an optional hint and
 * the validation message next to it (tied to the control with aria-describedby and aria-invalid).
 * Text fields keep exactly what the reader typed; the caller parses it.
 */
import { useId, type ReactNode } from 'react';

interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange: (text: string) => void;
  /** the validation message; empty or undefined when the value is fine */
  error?: string | null;
  hint?: ReactNode;
  inputMode?: 'numeric' | 'decimal' | 'text';
  className?: string;
  testId?: string;
  placeholder?: string;
}

export function TextField({ label, value, onChange, error, hint, inputMode = 'text', className, testId, placeholder }: TextFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`sim-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        data-testid={testId}
      />
      {hint && (
        <span id={`${id}-hint`} className="sim-field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="sim-field-error" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </span>
      )}
    </div>
  );
}

interface SelectFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  error?: string | null;
  hint?: ReactNode;
  className?: string;
  testId?: string;
  disabled?: boolean;
}

export function SelectField({ label, value, onChange, options, error, hint, className, testId, disabled }: SelectFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`sim-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        disabled={disabled}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <span id={`${id}-hint`} className="sim-field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="sim-field-error">
          {error}
        </span>
      )}
    </div>
  );
}

export function CheckField({ label, checked, onChange, testId }: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void; testId?: string }) {
  return (
    <div className="sim-field sim-field-check">
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} /> {label}
      </label>
    </div>
  );
}
