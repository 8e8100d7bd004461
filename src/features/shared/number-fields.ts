/**
 * What both islands' field parsers return: the value, or a short message to show next to the field.
 * The text itself is never rewritten, so a half-typed value is never lost.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = <T = never>(error: string): Parsed<T> => ({ ok: false, error });

/** Plain decimal or scientific notation; null for blank text, NaN for anything else. */
export function readNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  return /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(t) ? Number(t) : NaN;
}
