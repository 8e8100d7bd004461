/**
 * Our own scenario JSON, read by the scenario-file parser exactly as before; this module only adds the
 * line and column of each problem (syntax errors, and fields the schema rejects).
 */
import { ScenarioError } from '../errors.ts';
import { jsonErrorOffset } from '../json-location.ts';
import { parseScenarioFile } from '../scenario-file.ts';
import { FormatError, jsonSyntaxError } from './format-error.ts';
import { locateJsonPath } from './json-path-location.ts';
import { TextPositions } from './text-position.ts';
import type { ImportedScenario, ImportOptions, ImportResult } from './types.ts';
import { pathParts } from './validate.ts';

export function importJson(text: string, options: ImportOptions = {}): ImportResult {
  const positions = new TextPositions(text);
  try {
    const scenario = parseScenarioFile(text, options.fileName ?? 'the imported file', { userImport: true }) as ImportedScenario;
    const warnings = options.direction === undefined ? [] : [{ code: 'option-ignored' as const, message: 'scenario JSON says which way each dependency points, so the direction option is not used', count: 1 }];
    return { format: 'json', scenario, warnings, groups: [] };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    if (jsonErrorOffset(text) >= 0) throw jsonSyntaxError('json', text);
    throw new FormatError(
      'json',
      error.issues.map((issue) => ({ path: issue.path, message: issue.message, ...positions.at(locateJsonPath(text, pathParts(issue.path))) })),
    );
  }
}

export function exportJson(scenario: ImportedScenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}
