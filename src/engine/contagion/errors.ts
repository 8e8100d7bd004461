/**
 * The one error type of the contagion engine, for bad scenarios, bad files and bad options alike. It
 * carries the location of the first problem (`path`, e.g. ['edges', 5, 'to']) so that the simulator
 * can point at the field, and every problem found (`issues`, each `{ path, message }`: see ../issues.ts).
 */
import { formatPath, type ErrorPath, type Issue } from '../issues.ts';

export { formatPath, type ErrorPath };
export type ScenarioIssue = Issue;

export class ScenarioError extends Error {
  readonly path: ErrorPath;
  readonly issues: readonly ScenarioIssue[];

  constructor(message: string, path: ErrorPath = [], issues?: readonly ScenarioIssue[]) {
    super(message);
    this.name = 'ScenarioError';
    this.path = path;
    this.issues = issues ?? [{ path: formatPath(path), message }];
  }
}

/**
 * An error about one field: the message reads `context (path): problem`, and the issue keeps the bare
 * problem so a file parser can prefix its own file name and path.
 */
export function fieldError(context: string, path: ErrorPath, problem: string): ScenarioError {
  const where = formatPath(path);
  const head = context ? `${context} (${where})` : where;
  return new ScenarioError(head ? `${head}: ${problem}` : problem, path, [{ path: where, message: problem }]);
}
