/**
 * Evidence grades (issue 9 §1): how sure a scenario is of each node and edge it models.
 *   reported: a cited source says so; the item lists the ids of those sources in `sources`.
 *   inferred: follows from reported facts by an argument written in `note` (it may list `sources`).
 *   assumed:  a modelling choice; `note` says what was assumed and why.
 * Content scenarios grade every node and edge completely. A user's import may leave grades out (shown
 * as "unstated") or give them incompletely (a "reported" edge without sources is kept as the reader
 * wrote it: nothing entered is lost); what is checked there is only what would be a plain error, a
 * malformed or duplicate source id, or an item citing an id the file's own source list lacks (formats
 * such as CSV carry no source list, so a file without one is not checked for ids).
 */
import { formatPath, type ScenarioIssue } from './errors.ts';

export const EVIDENCE_GRADES = ['reported', 'inferred', 'assumed'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** Source ids are kebab-case, e.g. "aws-summary-2025". */
export const SOURCE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A note shorter than this cannot state an argument or an assumption. */
const MIN_NOTE_LENGTH = 20;

interface Graded {
  evidence?: EvidenceGrade | undefined;
  sources?: string[] | undefined;
  note?: string | undefined;
}

export interface GradedFile {
  sources?: { id?: string | undefined }[] | undefined;
  nodes: (Graded & { id: string })[];
  edges: (Graded & { from: string; to: string })[];
}

/**
 * Every problem with the file's grades and source ids. With `required` (content scenarios), every
 * source needs an id and every node and edge a complete grade. Each message names the node or edge (index and ids), so a build log
 * line reads e.g. `content/scenarios/x.json: edges[3].evidence: edges[3] (coinbase → aws_ec2) has no grade ...`.
 */
export function evidenceIssues(file: GradedFile, required: boolean): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const add = (path: (string | number)[], message: string): void => {
    issues.push({ path: formatPath(path), message });
  };

  const sourceIds = new Map<string, number>();
  (file.sources ?? []).forEach((source, i) => {
    if (source.id === undefined) {
      if (required) add(['sources', i, 'id'], 'give the source an id (kebab-case, e.g. "aws-summary-2025") so nodes and edges can cite it');
      return;
    }
    if (!SOURCE_ID_PATTERN.test(source.id)) add(['sources', i, 'id'], `source id "${source.id}" must be kebab-case, e.g. "aws-summary-2025"`);
    const first = sourceIds.get(source.id);
    if (first !== undefined) add(['sources', i, 'id'], `duplicate source id "${source.id}" (already sources[${first}])`);
    else sourceIds.set(source.id, i);
  });
  const known = [...sourceIds.keys()];
  const knownText = known.length > 0 ? `known ids: ${known.join(', ')}` : 'the file lists no source ids';

  const checkIds = required || (file.sources?.length ?? 0) > 0;
  const check = (item: Graded, path: (string | number)[], name: string): void => {
    item.sources?.forEach((id, k) => {
      if (!sourceIds.has(id)) {
        if (checkIds) add([...path, 'sources', k], `${name} cites unknown source "${id}" (${knownText})`);
      } else if (item.sources!.indexOf(id) !== k) add([...path, 'sources', k], `${name} lists source "${id}" twice`);
    });
    if (!required) return;
    if (item.evidence === undefined) {
      add([...path, 'evidence'], `${name} has no evidence grade: add "evidence": "reported" (with "sources"), "inferred" or "assumed" (with a "note")`);
      return;
    }
    if (item.evidence === 'reported') {
      if ((item.sources?.length ?? 0) === 0) add([...path, 'sources'], `${name} is graded "reported" but lists no sources: give the ids of the sources that report it`);
      return;
    }
    const note = item.note?.trim() ?? '';
    if (note.length < MIN_NOTE_LENGTH) {
      const why = item.evidence === 'inferred' ? 'the argument it is inferred by' : 'what was assumed and why';
      add([...path, 'note'], `${name} is graded "${item.evidence}" but its note ${note ? 'is too short' : 'is missing'}: write ${why} (a sentence at least)`);
    }
  };
  file.nodes.forEach((node, i) => check(node, ['nodes', i], `nodes[${i}] ("${node.id}")`));
  file.edges.forEach((edge, j) => check(edge, ['edges', j], `edges[${j}] (${edge.from} → ${edge.to})`));
  return issues;
}

