/**
 * Reading the simulator's text fields as the reader types: each parser takes the text exactly as
 * typed and returns either the value or a short message to show next to the field. The text itself
 * is never rewritten, so a half-typed value is never lost. Numbers, percentages and ratios are read by
 * the parser both islands share (../shared/number-fields.ts). Pure: no DOM, no React.
 */
import { NODE_ID_PATTERN } from '../../engine/contagion/index.ts';
import { bad, ok, readFraction, readNumber as readAnyNumber, type Parsed } from '../shared/number-fields.ts';

export type { Parsed };

/** 20000 -> "20,000" (fixed locale so the server and the browser agree). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** Digits with optional thousands separators (",", "_", spaces), or plain decimal / scientific notation. */
const readNumber = (text: string) => readAnyNumber(text, { grouped: true });

/** A whole number from min to max, e.g. a number of trials. */
export function parseWhole(text: string, min: number, max: number, what = 'a whole number'): Parsed<number> {
  const n = readNumber(text);
  if (n === null) return bad(`Enter ${what} from ${formatCount(min)} to ${formatCount(max)}.`);
  if (!Number.isFinite(n)) return bad(`“${text.trim()}” is not a number: use digits, e.g. ${formatCount(min)}.`);
  if (!Number.isInteger(n)) return bad(`Use a whole number, from ${formatCount(min)} to ${formatCount(max)}.`);
  if (n < min || n > max) return bad(`Must be from ${formatCount(min)} to ${formatCount(max)}.`);
  return ok(n);
}

/** A probability: 0.01, .01, 1e-3 or a percentage such as 1%. */
export function parseProbability(text: string): Parsed<number> {
  const t = text.trim();
  const p = readFraction(t, { grouped: true });
  if (p === null) return bad('Enter a probability between 0 and 1 (e.g. 0.01) or a percentage (e.g. 1%).');
  if (!Number.isFinite(p)) return bad(`“${t}” is not a number: write it as 0.01 or 1%.`);
  if (p < 0 || p > 1) return bad(t.endsWith('%') ? 'A percentage must be from 0% to 100%.' : 'A probability must be from 0 to 1 (write 1% or 0.01 for one in a hundred).');
  return ok(p);
}

/** The random seed: a whole number from 0 to 2^53 - 1. */
export function parseSeed(text: string): Parsed<number> {
  const n = readNumber(text);
  if (n === null) return bad('Enter a whole number, e.g. 1.');
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) return bad('The seed must be a whole number of 0 or more, e.g. 1.');
  return ok(n);
}

/** A new node id: the file format's pattern, and not used by another node. */
export function parseNodeId(text: string, taken: { has(id: string): boolean }): Parsed<string> {
  if (text === '') return bad('Give the component an id, e.g. aws_use1.');
  if (text !== text.trim()) return bad('Remove the spaces at the start or end.');
  if (!NODE_ID_PATTERN.test(text)) {
    if (/[A-Z]/.test(text) && NODE_ID_PATTERN.test(text.toLowerCase())) return bad('Use lowercase letters only.');
    return bad('Use lowercase letters and digits, with single “_” or “-” between words, e.g. aws_use1.');
  }
  if (taken.has(text)) return bad(`Another component already has the id “${text}”.`);
  return ok(text);
}

/** A display label: any non-blank text up to 120 characters. */
export function parseLabel(text: string): Parsed<string> {
  const t = text.trim();
  if (t === '') return bad('Give the component a name, e.g. AWS us-east-1.');
  if (t.length > 120) return bad(`Keep the name to 120 characters (it has ${t.length}).`);
  return ok(t);
}

/** k of an "at least k healthy dependencies" rule, for a node with this many hard dependencies. */
export function parseK(text: string, dependencies: number): Parsed<number> {
  if (dependencies === 0) {
    return bad('This component has no hard dependencies yet, so “at least k healthy” cannot apply: add its dependencies first, or pick another rule.');
  }
  const n = readNumber(text);
  const range = dependencies === 1 ? 'k must be 1 (the component has 1 hard dependency).' : `k must be a whole number from 1 to ${dependencies} (the component has ${dependencies} hard dependencies).`;
  if (n === null || !Number.isFinite(n) || !Number.isInteger(n) || n < 1 || n > dependencies) return bad(range);
  return ok(n);
}

/**
 * The fraction of a threshold rule: 0.5, 50% or an exact ratio such as 1/3. A percentage is read
 * exactly ("33.3%" is 333/1000, as the engine then reads it), so a strict 33.3% threshold does not trip
 * at 333 of 1,000. Whether the engine can compare it exactly is the engine's check, when the rule is applied.
 */
export function parseFraction(text: string): Parsed<number> {
  const t = text.trim();
  const value = readFraction(t, { ratio: true, grouped: true });
  if (value === null) return bad('Enter a fraction between 0 and 1: 0.5, 50% or 1/3.');
  if (!Number.isFinite(value)) return bad(`“${t}” is not a fraction: write 0.5, 50% or 1/3.`);
  if (value < 0 || value > 1) return bad('The fraction must be from 0 to 1.');
  return ok(value);
}

/** An edge weight: a finite number of 0 or more. */
export function parseWeight(text: string): Parsed<number> {
  const n = readNumber(text);
  if (n === null) return bad('Enter a weight of 0 or more (1 is the usual).');
  if (!Number.isFinite(n)) return bad(`“${text.trim()}” is not a number: use e.g. 1 or 2.5.`);
  if (n < 0) return bad('A weight cannot be negative.');
  return ok(n);
}
