/**
 * Reading numbers as readers type them, for both islands' fields. Each field parser built on these takes
 * the text exactly as typed and returns the value or a short message to show next to the field; the text
 * itself is never rewritten, so a half-typed value is never lost.
 *
 * Percentages are read exactly: "33.3%" moves the decimal point in the text ("33.3e-2") instead of
 * dividing by 100, which in binary gives 0.33299999999999996, a different threshold from 333/1000.
 * Pure: no DOM, no React.
 */

/** A field's value (with an optional note on how the text was read), or what is wrong with it. */
export type Parsed<T> = { ok: true; value: T; note?: string } | { ok: false; error: string };

export const ok = <T>(value: T, note?: string): Parsed<T> => (note === undefined ? { ok: true, value } : { ok: true, value, note });
export const bad = <T = never>(error: string): Parsed<T> => ({ ok: false, error });

export interface ReadOptions {
  /** accept thousands separators: "20,000", "20 000", "20_000" */
  grouped?: boolean;
  /** accept an exact ratio of whole numbers: "2/3" */
  ratio?: boolean;
}

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:[,_\u00a0\u202f ]\d{3})+$/;
const SEPARATORS = /[,_\u00a0\u202f ]/g;
const RATIO = /^(\d+)\s*\/\s*(\d+)$/;

/** The number in plain decimal or scientific notation, or null when it is not one. */
function canonical(text: string, grouped: boolean): string | null {
  if (grouped && GROUPED.test(text)) return text.replace(SEPARATORS, '');
  return PLAIN.test(text) ? text : null;
}

/** A number: null for blank text, NaN for anything that is not a number. */
export function readNumber(text: string, { grouped = false }: ReadOptions = {}): number | null {
  const t = text.trim();
  if (t === '') return null;
  const c = canonical(t, grouped);
  return c === null ? NaN : Number(c);
}

/**
 * A number, a percentage ("99.9%", read exactly) or, when allowed, a ratio ("2/3"), as a fraction:
 * null for blank text, NaN for anything unreadable (a ratio over zero included).
 */
export function readFraction(text: string, options: ReadOptions = {}): number | null {
  const t = text.trim();
  const ratio = options.ratio ? RATIO.exec(t) : null;
  if (ratio) return Number(ratio[2]) === 0 ? NaN : Number(ratio[1]) / Number(ratio[2]);
  if (!t.endsWith('%')) return readNumber(t, options);
  const body = t.slice(0, -1).trim();
  if (body === '') return null;
  const c = canonical(body, options.grouped ?? false);
  if (c === null) return NaN;
  const [mantissa, exponent = '0'] = c.split(/e/i);
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}

/**
 * A bare number above 1 and at most 100 where a fraction is expected (an availability typed as "99.9"):
 * the same text as a percentage, and a note saying so; null for anything else.
 */
export function asPercentage(text: string): { value: number; note: string } | null {
  const t = text.trim();
  const n = readNumber(t);
  if (n === null || !(n > 1 && n <= 100)) return null;
  const value = readFraction(`${t}%`)!;
  return { value, note: `Read as ${t}% = ${value}.` };
}
