/**
 * What the import panel says when a file cannot be read: a heading and one entry per problem, each with
 * the line and column it is at when the importer knows them (so the panel can put the caret there), and
 * the reverse of the engine's positions (line, column → offset in the text) for doing so.
 */
import { ScenarioError } from '../../../engine/contagion/index.ts';
import { FormatError } from '../../../engine/contagion/formats/index.ts';

export interface ImportProblem {
  head: string;
  issues: { message: string; line?: number; column?: number }[];
}

/** The problem of a failed import, located where the importer says. */
export function describeImportError(error: unknown): ImportProblem {
  if (error instanceof FormatError) {
    const head = error.issues.length > 1 ? `${error.message.split('\n')[0]}:` : 'The file could not be read:';
    return {
      head,
      issues: error.issues.map((i) => ({ message: i.path ? `${i.path}: ${i.message}` : i.message, line: i.line, column: i.column })),
    };
  }
  if (error instanceof ScenarioError) {
    const lines = error.message.split('\n');
    if (error.issues.length <= 1) return { head: lines[0] ?? error.message, issues: lines.slice(1).map((message) => ({ message })) };
    return { head: `${lines[0]}:`, issues: error.issues.map((i) => ({ message: i.path ? `${i.path}: ${i.message}` : i.message })) };
  }
  return { head: `The scenario could not be loaded: ${error instanceof Error ? error.message : String(error)}`, issues: [] };
}

/**
 * The offset of a 1-based line and column in `text`, counting line breaks as the engine does ("\r\n" and a
 * lone "\r" are one break each; columns in UTF-16 code units). Positions past a line's end or the text's end
 * are clamped, so a stale location still lands somewhere sensible.
 */
export function offsetAt(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const lf = text.indexOf('\n', start);
    const cr = text.indexOf('\r', start);
    if (lf < 0 && cr < 0) return text.length;
    if (cr >= 0 && (lf < 0 || cr < lf)) start = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    else start = lf + 1;
  }
  let end = text.length;
  for (const stop of [text.indexOf('\n', start), text.indexOf('\r', start)]) if (stop >= 0 && stop < end) end = stop;
  return Math.min(start + Math.max(0, column - 1), end);
}
