/**
 * The engine's own validation of an imported scenario (the user-import schema and its cross-checks: ids,
 * rules against the number of dependencies, the trigger, mitigations), with each problem reported at the
 * place in the imported text it comes from.
 * Evidence grades come through as written (a reader's import may leave them out: they are then shown as
 * "unstated"); the schema checks the ones given.
 */
import { ScenarioError } from '../errors.ts';
import { parseScenarioFile, userScenarioFileSchema } from '../scenario-file.ts';
import { FormatError, type LocatedIssue } from './format-error.ts';
import type { TextPositions } from './text-position.ts';
import type { FormatName, ImportedScenario } from './types.ts';

/** ['nodes', 3, 'rule'] from "nodes[3].rule". */
export function pathParts(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return parts;
}

/** Throws a FormatError listing every problem the engine finds, each at the offset `locate` gives. */
export function validateImported(
  format: FormatName,
  scenario: ImportedScenario,
  locate: (path: readonly (string | number)[]) => number,
  positions: TextPositions,
  fileName = 'the imported file',
): void {
  try {
    parseScenarioFile(JSON.stringify(scenario), fileName, { userImport: true });
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const issues: LocatedIssue[] = error.issues.map((issue) => ({ ...issue, ...positions.at(locate(pathParts(issue.path))) }));
    throw new FormatError(format, issues);
  }
}
