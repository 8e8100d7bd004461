/**
 * One strategy's draft through the engine: parse the fields, run the engine's whole-description checks,
 * evaluate. When anything is wrong, the last good system is evaluated instead (with today's options,
 * so changing the time convention still updates it) and the outcome is marked stale.
 */
import { evaluateDescription, type AvailabilityResult, type EvaluateOptions } from '../../engine/availability/evaluate-description.ts';
import { AvailabilityError } from '../../engine/availability/errors.ts';
import type { SystemDescription } from '../../engine/availability/types.ts';
import { fromDraft, type DraftSystem, type FieldErrors } from './draft.ts';

export interface DraftOutcome {
  /** the draft as a valid description, or null when some field is wrong */
  system: SystemDescription | null;
  errors: FieldErrors;
  /** the result shown: of `system`, or of the last good system when `stale` */
  result: AvailabilityResult | null;
  stale: boolean;
}

export function evaluateDraft(draft: DraftSystem, options: EvaluateOptions, lastGood: SystemDescription | null): DraftOutcome {
  const parsed = fromDraft(draft);
  let errors = parsed.errors;
  if (parsed.system) {
    try {
      return { system: parsed.system, errors: {}, result: evaluateDescription(parsed.system, options), stale: false };
    } catch (e) {
      if (!(e instanceof AvailabilityError)) throw e;
      errors = Object.fromEntries(e.issues.map((i) => [i.field, i.problem]));
    }
  }
  return { system: null, errors, result: lastGood ? evaluateDescription(lastGood, options) : null, stale: true };
}
