/**
 * One strategy's draft through the engine: parse the fields, run the engine's whole-description checks,
 * evaluate. When anything is wrong, the last good system is evaluated instead (with today's options,
 * so changing the time convention still updates it) and the outcome is marked stale.
 */
import { AvailabilityError, evaluateDescription, type AvailabilityResult, type EvaluateOptions, type SystemDescription } from '../../engine/availability/index.ts';
import { fromDraft, type DraftSystem, type FieldErrors, type FieldNotes } from './draft.ts';

export interface DraftOutcome {
  /** the draft as a valid description, or null when some field is wrong */
  system: SystemDescription | null;
  errors: FieldErrors;
  /** how accepted fields were read (e.g. "99.9" as 99.9%) */
  notes: FieldNotes;
  /** the result shown: of `system`, or of the last good system when `stale` */
  result: AvailabilityResult | null;
  stale: boolean;
}

export function evaluateDraft(draft: DraftSystem, options: EvaluateOptions, lastGood: SystemDescription | null): DraftOutcome {
  const parsed = fromDraft(draft);
  let errors = parsed.errors;
  if (parsed.system) {
    try {
      return { system: parsed.system, errors: {}, notes: parsed.notes, result: evaluateDescription(parsed.system, options), stale: false };
    } catch (e) {
      if (!(e instanceof AvailabilityError)) throw e;
      errors = Object.fromEntries(e.issues.map((i) => [i.field, i.problem]));
    }
  }
  return { system: null, errors, notes: parsed.notes, result: lastGood ? evaluateLastGood(lastGood, options) : null, stale: true };
}

/** The last good system's result; none if even that is refused (the reader then sees only the field messages). */
function evaluateLastGood(system: SystemDescription, options: EvaluateOptions): AvailabilityResult | null {
  try {
    return evaluateDescription(system, options);
  } catch (e) {
    if (e instanceof AvailabilityError) return null;
    throw e;
  }
}
