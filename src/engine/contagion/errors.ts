/**
 * The one error type of the contagion engine. It carries the location of the problem
 * (`path`, e.g. ['edges', 5, 'to']) so that the scenario-file parser can point users at the
 * offending field, and, for file validation, every problem found (`issues`).
 */
export type ErrorPath = readonly (string | number)[];

export interface ScenarioIssue {
  /** Dotted path with indices, e.g. `nodes[3].rule.k`; empty for the whole file. */
  path: string;
  message: string;
}

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

/** ['nodes', 3, 'rule', 'k'] -> 'nodes[3].rule.k' */
export function formatPath(path: ErrorPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
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
