/**
 * The calculator's form fields: the shared labelled controls (../shared/form-fields.tsx) in the
 * calculator's look. Number fields open the decimal keyboard on phones.
 */
import type { ComponentProps } from 'react';
import { SelectField, TextField, type FieldLook } from '../shared/form-fields.tsx';

const LOOK: FieldLook = { field: 'rc-field', hint: 'rc-hint', note: 'rc-hint rc-note', error: 'rc-error' };

export function Field(props: Omit<ComponentProps<typeof TextField>, 'look' | 'inputMode'>) {
  return <TextField look={LOOK} inputMode="decimal" {...props} />;
}

export function Choice<T extends string>(props: Omit<ComponentProps<typeof SelectField<T>>, 'look'>) {
  return <SelectField<T> look={LOOK} {...props} />;
}
