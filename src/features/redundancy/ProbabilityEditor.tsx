/** The probability of a component or domain: availability, unavailability, or MTBF and MTTR. */
import type { DraftProbability, FieldErrors, FieldNotes, ProbabilityMode } from './draft.ts';
import { Choice, Field } from './Field.tsx';

const MODES = [
  { value: 'availability', label: 'Availability' },
  { value: 'unavailability', label: 'Unavailability' },
  { value: 'mtbf', label: 'MTBF and MTTR' },
] as const satisfies readonly { value: ProbabilityMode; label: string }[];

interface Props {
  name: string;
  value: DraftProbability;
  onChange: (next: DraftProbability) => void;
  /** engine path of the component or domain, e.g. root.parts[0] */
  path: string;
  errors: FieldErrors;
  notes: FieldNotes;
  testId: string;
}

export function ProbabilityEditor({ name, value, onChange, path, errors, notes, testId }: Props) {
  return (
    <div className="rc-probability">
      <Choice label={`How ${name} is given`} value={value.mode} onChange={(mode) => onChange({ ...value, mode })} options={MODES} />
      {value.mode === 'mtbf' ? (
        <>
          <Field label={`MTBF of ${name} (hours)`} value={value.mtbf} onChange={(mtbf) => onChange({ ...value, mtbf })} error={errors[`${path}.mtbf`]} testId={`${testId}-mtbf`} />
          <Field label={`MTTR of ${name} (hours)`} value={value.mttr} onChange={(mttr) => onChange({ ...value, mttr })} error={errors[`${path}.mttr`]} testId={`${testId}-mttr`} />
        </>
      ) : (
        <Field
          label={`${value.mode === 'availability' ? 'Availability' : 'Unavailability'} of ${name}`}
          value={value.value}
          onChange={(text) => onChange({ ...value, value: text })}
          error={errors[`${path}.${value.mode}`]}
          note={notes[`${path}.${value.mode}`]}
          testId={testId}
        />
      )}
    </div>
  );
}
