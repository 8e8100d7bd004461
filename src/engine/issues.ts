/**
 * The problem shape both engines report: every issue is `{ path, message }`, `path` the location in the
 * input as text (`nodes[3].rule.k`, `root.parts[2].k`, `options.trials`; '' for the input as a whole)
 * and `message` the bare problem (`k must be a whole number of at least 1, got 0`). Each engine's error
 * type (ScenarioError, AvailabilityError) carries a list of them, and the error's own `path` keeps the
 * first one's location as an array for code that walks the input.
 *
 * Options are validated like input: a bad option throws the engine's own error type with a path under
 * `options` (never a RangeError or TypeError).
 */
export type ErrorPath = readonly (string | number)[];

export interface Issue {
  /** Where, as text: `nodes[3].rule.k`; '' for the input as a whole. */
  path: string;
  /** The bare problem, without the path. */
  message: string;
}

/** ['nodes', 3, 'rule', 'k'] -> 'nodes[3].rule.k'; [] -> ''. */
export function formatPath(path: ErrorPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** A value as the user gave it, for messages: NaN, Infinity, -0.5, "0.5" (a string), null, a list, 5n. */
export function shown(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (value instanceof Map) return 'a Map';
  return typeof value === 'object' ? 'an object' : String(value);
}
