/** Edits the failure domains of a strategy: each one's availability, adding and removing domains. */
import type { DraftSystem, FieldErrors, FieldNotes } from './draft.ts';
import { addDomain, removeDomain, updateDomain } from './draft-edits.ts';
import { ProbabilityEditor } from './ProbabilityEditor.tsx';

interface Props {
  draft: DraftSystem;
  errors: FieldErrors;
  notes: FieldNotes;
  onDraft: (next: DraftSystem) => void;
  testId: string;
}

export function DomainEditor({ draft, errors, notes, onDraft, testId }: Props) {
  return (
    <div className="rc-domains">
      <p className="rc-block-title">Failure domains</p>
      {draft.domains.length === 0 && <p className="rc-hint">None: every part fails on its own.</p>}
      <ul>
        {draft.domains.map((d, i) => {
          const name = d.label ?? d.id;
          const parent = d.parent ? draft.domains.find((p) => p.id === d.parent) : undefined;
          return (
            <li key={d.id}>
              <ProbabilityEditor name={name} value={d.probability} path={`domains[${i}]`} errors={errors} notes={notes} testId={`${testId}-d${i}`} onChange={(probability) => onDraft(updateDomain(draft, i, (x) => ({ ...x, probability })))} />
              {parent && <p className="rc-hint">Inside {parent.label ?? parent.id}.</p>}
              {errors[`domains[${i}]`] && <span className="rc-error">{errors[`domains[${i}]`]}</span>}
              <button type="button" className="rc-remove" onClick={() => onDraft(removeDomain(draft, i))}>
                Remove {name}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => onDraft(addDomain(draft))} data-testid={`${testId}-add-domain`}>
        Add a domain
      </button>
    </div>
  );
}
