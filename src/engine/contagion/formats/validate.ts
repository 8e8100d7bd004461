/**
 * The engine's own validation of an imported scenario (the user-import schema and its cross-checks: ids,
 * rules against the number of dependencies, the trigger, mitigations), with each problem reported at the
 * place in the imported text it comes from.
 *
 * Evidence grades: the scenario schema learns `evidence`/`sources` on nodes and edges and `id` on sources
 * on another branch. Until the schema accepts them, they are checked here (the importers only produce
 * well-formed grades) and kept out of the schema's way; once it accepts them, the schema checks them too.
 */
import { ScenarioError } from '../errors.ts';
import { parseScenarioFile, userScenarioFileSchema } from '../scenario-file.ts';
import { FormatError, type LocatedIssue } from './format-error.ts';
import type { TextPositions } from './text-position.ts';
import type { FormatName, ImportedScenario } from './types.ts';

let schemaKnowsGrades: boolean | null = null;

/** Whether the scenario schema accepts evidence grades (probed once with a minimal graded scenario). */
export function scenarioSchemaKnowsGrades(): boolean {
  schemaKnowsGrades ??= userScenarioFileSchema.safeParse({
    id: 'probe',
    sources: [{ id: 'probe-source', title: 'Probe', publisher: 'Probe', date: '2025', url: 'https://example.org/' }],
    nodes: [{ id: 'a', label: 'a', type: 'other', evidence: 'reported', sources: ['probe-source'] }],
    edges: [],
    trigger: { seeds: ['a'], description: 'a probe scenario' },
  }).success;
  return schemaKnowsGrades;
}

/** A copy without the evidence fields, for a schema that does not know them yet. */
export function withoutGrades(scenario: ImportedScenario): Record<string, unknown> {
  const strip = <T extends object>(item: T): T => {
    const { evidence: _e, sources: _s, ...rest } = item as T & { evidence?: unknown; sources?: unknown };
    return rest as T;
  };
  const out: Record<string, unknown> = { ...scenario, nodes: scenario.nodes.map(strip), edges: scenario.edges.map(strip) };
  if (Array.isArray(scenario.sources)) {
    out.sources = scenario.sources.map((source) => {
      const { id: _id, ...rest } = source as typeof source & { id?: unknown };
      return rest;
    });
  }
  return out;
}

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
  const checked = scenarioSchemaKnowsGrades() ? scenario : withoutGrades(scenario);
  try {
    parseScenarioFile(JSON.stringify(checked), fileName, { userImport: true });
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const issues: LocatedIssue[] = error.issues.map((issue) => ({ ...issue, ...positions.at(locate(pathParts(issue.path))) }));
    throw new FormatError(format, issues);
  }
}
