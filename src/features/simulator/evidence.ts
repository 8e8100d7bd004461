/**
 * Evidence grades (issue 9): how well each edge and node of a scenario is supported. Catalogue
 * scenarios grade everything (reported with sources, inferred or assumed with a note); a reader's own
 * graph, and edges a mitigation adds, carry no grade and are "unstated".
 */
import type { Explanation } from '../../engine/contagion/index.ts';
import type { SimScenario } from './simulation.ts';

export type Grade = 'reported' | 'inferred' | 'assumed' | 'unstated';
export const GRADES: readonly Grade[] = ['reported', 'inferred', 'assumed', 'unstated'];

export const GRADE_TEXT: Record<Grade, string> = {
  reported: 'reported by a cited source',
  inferred: 'inferred from reported facts',
  assumed: 'assumed (a modelling choice)',
  unstated: 'grade not stated',
};

export function gradeOf(item: { evidence?: string } | undefined): Grade {
  const e = item?.evidence;
  return e === 'reported' || e === 'inferred' || e === 'assumed' ? e : 'unstated';
}

export const edgeKey = (from: string, to: string): string => `${from}\u0000${to}`;

export interface Evidence {
  edge: (from: string, to: string) => Grade;
  node: (id: string) => Grade;
  /** the note an inferred or assumed item gives, if any */
  edgeNote: (from: string, to: string) => string | undefined;
  /** does the scenario grade anything at all? (a reader's own graph does not) */
  graded: boolean;
}

export function evidenceOf(file: SimScenario): Evidence {
  const edges = new Map(file.edges.map((e) => [edgeKey(e.from, e.to), e]));
  const nodes = new Map(file.nodes.map((n) => [n.id, n]));
  return {
    edge: (from, to) => gradeOf(edges.get(edgeKey(from, to))),
    node: (id) => gradeOf(nodes.get(id)),
    edgeNote: (from, to) => edges.get(edgeKey(from, to))?.note,
    graded: [...file.edges, ...file.nodes].some((x) => gradeOf(x) !== 'unstated'),
  };
}

export type GradeCounts = Record<Grade, number>;

/**
 * The edges a down or degraded node's state rests on: the edges to the dependencies that caused it,
 * and, through them, everything that caused those, back to the nodes failed by the reader. Counted by
 * grade.
 */
export function supportCounts(id: string, explanations: ReadonlyMap<string, Explanation>, evidence: Evidence): GradeCounts {
  const counts: GradeCounts = { reported: 0, inferred: 0, assumed: 0, unstated: 0 };
  const seenEdges = new Set<string>();
  const seenNodes = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const at = stack.pop()!;
    if (seenNodes.has(at)) continue;
    seenNodes.add(at);
    for (const cause of explanations.get(at)?.causes ?? []) {
      const key = edgeKey(at, cause);
      if (!seenEdges.has(key)) {
        seenEdges.add(key);
        counts[evidence.edge(at, cause)]++;
      }
      stack.push(cause);
    }
  }
  return counts;
}

/** "rests on 2 assumed and 1 inferred edges", or null when it rests on reported edges only (or none). */
export function supportText(counts: GradeCounts): string | null {
  const parts = (['inferred', 'assumed', 'unstated'] as const).filter((g) => counts[g] > 0).map((g) => `${counts[g]} ${g === 'unstated' ? 'ungraded' : g}`);
  if (parts.length === 0) return counts.reported > 0 ? `rests on ${counts.reported} reported edge${counts.reported === 1 ? '' : 's'} only` : null;
  const total = (['inferred', 'assumed', 'unstated'] as const).reduce((a, g) => a + counts[g], 0);
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `rests on ${list} edge${total === 1 ? '' : 's'}${counts.reported ? ` (and ${counts.reported} reported)` : ''}`;
}
