/**
 * The simulator panels' form fields: the shared labelled controls (../shared/form-fields.tsx) in the
 * simulator's look, and a checkbox.
 */
import type { ComponentProps, ReactNode } from 'react';
import { SelectField as SharedSelectField, TextField as SharedTextField, type FieldLook } from '../shared/form-fields.tsx';

const LOOK: FieldLook = { field: 'sim-field', hint: 'sim-field-hint', note: 'sim-field-hint', error: 'sim-field-error' };

export function TextField(props: Omit<ComponentProps<typeof SharedTextField>, 'look'>) {
  return <SharedTextField look={LOOK} {...props} />;
}

export function SelectField(props: Omit<ComponentProps<typeof SharedSelectField<string>>, 'look'>) {
  return <SharedSelectField look={LOOK} {...props} />;
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
