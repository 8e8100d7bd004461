/**
 * The error of every importer: a ScenarioError (so callers that already catch the engine's one error type
 * keep working) that also says where in the text the problem is, as 1-based line and column, for every
 * problem found. The message reads `DOT, line 3, column 14: expected "]" to close the attribute list`.
 */
import { ScenarioError, type ScenarioIssue } from '../errors.ts';
import { jsonErrorOffset } from '../json-location.ts';
import { TextPositions } from './text-position.ts';
import type { FormatName } from './types.ts';

export interface LocatedIssue extends ScenarioIssue {
  line: number;
  column: number;
}

/** Display names for messages. */
export const FORMAT_TITLES: Record<FormatName, string> = {
  json: 'Scenario JSON',
  jaeger: 'Jaeger dependencies',
  backstage: 'Backstage catalog',
  dot: 'DOT',
  mermaid: 'Mermaid',
  csv: 'CSV',
  graphml: 'GraphML',
};

export class FormatError extends ScenarioError {
  readonly format: FormatName;
  /** Where the first problem is. */
  readonly line: number;
  readonly column: number;
  declare readonly issues: readonly LocatedIssue[];

  constructor(format: FormatName, issues: readonly LocatedIssue[]) {
    const first = issues[0] ?? { path: '', message: 'the file could not be read', line: 1, column: 1 };
    const where = (issue: LocatedIssue): string => `line ${issue.line}, column ${issue.column}${issue.path ? ` (${issue.path})` : ''}: ${issue.message}`;
    const head = `${FORMAT_TITLES[format]}, `;
    const message = issues.length <= 1 ? head + where(first) : `${head}${issues.length} problems\n${issues.map(where).join('\n')}`;
    super(message, [], issues.length > 0 ? issues : [first]);
    this.name = 'FormatError';
    this.format = format;
    this.line = first.line;
    this.column = first.column;
  }
}

/** A problem at an offset, thrown by the hand-written scanners and turned into a FormatError at the top. */
export class TextProblem extends Error {
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

/** Runs a parser, turning the TextProblem it may throw into a located FormatError. */
export function reportingProblems<T>(format: FormatName, text: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof TextProblem) throw new FormatError(format, [{ path: '', message: error.message, ...new TextPositions(text).at(error.offset) }]);
    throw error;
  }
}

/** The FormatError of a JSON text that JSON.parse rejected, at the first offending character. */
export function jsonSyntaxError(format: FormatName, text: string): FormatError {
  const at = Math.max(0, jsonErrorOffset(text));
  const what = at >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text[at])}`;
  return new FormatError(format, [{ path: '', message: `invalid JSON: ${what}`, ...new TextPositions(text).at(at) }]);
}
