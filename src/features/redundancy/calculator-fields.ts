/**
 * Reading the calculator's number fields as the reader types. Each parser takes the text exactly as
 * typed and returns the value or a short message for next to the field; the text itself is never
 * rewritten, so a half-typed value is never lost. Pure: no DOM, no React.
 */
import { asPercentage, bad, ok, readFraction, readNumber, type Parsed } from '../shared/number-fields.ts';

export type { Parsed };

/** An unavailability or a share of failures: 0.001, 0.1% or 1e-5, from 0 to 1. */
export function parseProbability(text: string): Parsed<number> {
  const p = readFraction(text);
  if (p === null) return bad('Empty: enter a number from 0 to 1, e.g. 0.999, or a percentage such as 99.9%.');
  if (!Number.isFinite(p)) return bad(`“${text.trim()}” is not a number: write e.g. 0.999 or 99.9%.`);
  if (p < 0) return bad('Below 0: a probability is from 0 to 1.');
  if (p > 1) return bad('Above 1: a probability is at most 1 (or 100%).');
  return ok(p);
}

/**
 * An availability: 0.999 or 99.9%, and a bare number above 1 (up to 100) read as a percentage, as people
 * often type one ("99.9"), with a note showing how it was read.
 */
export function parseAvailability(text: string): Parsed<number> {
  const percent = asPercentage(text);
  return percent ? ok(percent.value, percent.note) : parseProbability(text);
}

/** MTBF or MTTR: a number of hours (any unit, the same for both), 0 or more. */
export function parseDuration(text: string): Parsed<number> {
  const n = readNumber(text);
  if (n === null) return bad('Empty: enter a number of hours, e.g. 720.');
  if (!Number.isFinite(n)) return bad(`“${text.trim()}” is not a number: write e.g. 720 or 1.5.`);
  if (n < 0) return bad('Below 0: a time cannot be negative.');
  return ok(n);
}

/** k of a k-of-n block with `parts` parts: a whole number from 1 to parts. */
export function parseK(text: string, parts: number): Parsed<number> {
  const n = readNumber(text);
  if (n === null) return bad(`Empty: enter how many of the ${parts} parts must be up, from 1 to ${parts}.`);
  if (!Number.isFinite(n)) return bad(`“${text.trim()}” is not a number: write a whole number from 1 to ${parts}.`);
  if (!Number.isInteger(n)) return bad(`Use a whole number from 1 to ${parts}.`);
  if (n < 1) return bad('Below 1: at least one part must be up.');
  if (n > parts) return bad(`k is ${n} but there ${parts === 1 ? 'is only 1 part' : `are only ${parts} parts`}: k cannot be above n.`);
  return ok(n);
}

/** The share of weight of a threshold block: 0.667, 66.7% or 2/3, from 0 to 1. */
export function parseShare(text: string): Parsed<number> {
  const p = readFraction(text, { ratio: true });
  if (p === null) return bad('Empty: enter a share from 0 to 1, e.g. 2/3, 0.5 or 50%.');
  if (!Number.isFinite(p)) return bad(`“${text.trim()}” is not a number: write e.g. 2/3, 0.5 or 50%.`);
  if (p < 0) return bad('Below 0: a share is from 0 to 1.');
  if (p > 1) return bad('Above 1: a share is at most 1 (or 100%).');
  return ok(p);
}

/** A weight (stake) of one part: 0 or more. */
export function parseWeight(text: string): Parsed<number> {
  const n = readNumber(text);
  if (n === null) return bad('Empty: enter a weight of 0 or more.');
  if (!Number.isFinite(n)) return bad(`“${text.trim()}” is not a number: write e.g. 10 or 2.5.`);
  if (n < 0) return bad('Below 0: a weight cannot be negative.');
  return ok(n);
}

/**
 * An availability target strictly between 0 and 1: 0.999 or 99.9%; typed by a reader, 99.9 is read as a
 * percentage too (a link's `slo` is always written as a fraction, so there it is not).
 */
export function parseSlo(text: string, { typedByReader = true }: { typedByReader?: boolean } = {}): Parsed<number> {
  const percent = typedByReader ? asPercentage(text) : null;
  const p = percent ? percent.value : readFraction(text);
  if (p === null) return bad('Empty: enter a target such as 99.9% or 0.999.');
  if (!Number.isFinite(p)) return bad(`“${text.trim()}” is not a number: write e.g. 99.9% or 0.999.`);
  if (p <= 0) return bad('A target must be above 0.');
  if (p >= 1) return bad('A target must be below 1 (100% leaves no error budget).');
  return ok(p, percent?.note);
}

/** A number as text for a field: simple ratios as "2/3", everything else as JavaScript prints it. */
export function numberText(n: number): string {
  if (Number.isInteger(n) || String(n).length <= 8) return String(n);
  for (let d = 2; d <= 12; d++) {
    const top = Math.round(n * d);
    if (top / d === n) return `${top}/${d}`;
  }
  return String(n);
}
