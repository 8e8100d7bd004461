/**
 * The one error type of the availability engine, for bad descriptions and bad options alike. Every
 * problem is an issue `{ path, message }` (../issues.ts): `path` the field as text (`root.parts[2].k`,
 * `options.slo`; '' for the whole description) and `message` the bare problem. The error's `message`
 * is the first issue as `field: problem`, and its `path` that issue's location as an array.
 */
import { formatPath as formatIssuePath, type ErrorPath, type Issue } from '../issues.ts';

export type { ErrorPath };

export interface AvailabilityIssue extends Issue {
  /** The location as an array, e.g. ['root', 'parts', 2, 'k']. */
  at: ErrorPath;
  /** `path`, or `system` for the whole description: the name shown before the problem. */
  field: string;
  /** The same as `message` (the bare problem); kept for the calculator's existing code. */
  problem: string;
}

export class AvailabilityError extends Error {
  readonly path: ErrorPath;
  readonly field: string;
  readonly problem: string;
  readonly issues: readonly AvailabilityIssue[];

  constructor(issues: readonly AvailabilityIssue[]) {
    const first = issues[0] ?? makeIssue([], 'invalid system description');
    super(`${first.field}: ${first.message}`);
    this.name = 'AvailabilityError';
    this.path = first.at;
    this.field = first.field;
    this.problem = first.message;
    this.issues = issues.length > 0 ? issues : [first];
  }
}

/** ['root', 'parts', 2, 'k'] -> 'root.parts[2].k'; [] -> 'system'. */
export function formatPath(path: ErrorPath): string {
  return formatIssuePath(path) || 'system';
}

export function makeIssue(path: ErrorPath, problem: string): AvailabilityIssue {
  const at = [...path];
  return { path: formatIssuePath(at), message: problem, at, field: formatPath(at), problem };
}

/** An error about one field, for checks outside the system description (options, trial counts). */
export function fieldError(path: ErrorPath, problem: string): AvailabilityError {
  return new AvailabilityError([makeIssue(path, problem)]);
}
