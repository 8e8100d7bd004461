/**
 * The one error type of the availability engine. Every problem carries a machine-readable path into the
 * system description (e.g. ['root', 'parts', 2, 'k']) so the calculator can show the message next to the
 * offending field; `issues` lists every problem found, `path` and `message` describe the first.
 */
export type ErrorPath = readonly (string | number)[];

export interface AvailabilityIssue {
  path: ErrorPath;
  /** The path as text, e.g. `root.parts[2].k` (`system` for the whole description). */
  field: string;
  /** The bare problem, e.g. `k is 4 but the block has only 3 parts`. */
  problem: string;
  /** `field: problem`. */
  message: string;
}

export class AvailabilityError extends Error {
  readonly path: ErrorPath;
  readonly field: string;
  readonly problem: string;
  readonly issues: readonly AvailabilityIssue[];

  constructor(issues: readonly AvailabilityIssue[]) {
    const first = issues[0] ?? makeIssue([], 'invalid system description');
    super(first.message);
    this.name = 'AvailabilityError';
    this.path = first.path;
    this.field = first.field;
    this.problem = first.problem;
    this.issues = issues.length > 0 ? issues : [first];
  }
}

/** ['root', 'parts', 2, 'k'] -> 'root.parts[2].k'; [] -> 'system'. */
export function formatPath(path: ErrorPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? 'system' : out;
}

export function makeIssue(path: ErrorPath, problem: string): AvailabilityIssue {
  const field = formatPath(path);
  return { path: [...path], field, problem, message: `${field}: ${problem}` };
}

/** An error about one field, for checks outside the system description (options, trial counts). */
export function fieldError(path: ErrorPath, problem: string): AvailabilityError {
  return new AvailabilityError([makeIssue(path, problem)]);
}
