/**
 * The scenario editor's operations, pure: add or remove a node or an edge, change a rule, and turn
 * the result into the reader's own scenario (kept apart from the real incident: no story, sources,
 * expected outcome or mitigations, which described the original graph). checkScenario() runs the
 * engine's own validation of a scenario file, so whatever the editor produces also loads from an
 * exported file or a shared link. That validation needs the schema entry (zod), which is fine here:
 * the editor loads only when a reader opens it.
 */
import { layerOf, ScenarioError, type ScenarioIssue } from '../../../engine/contagion/index.ts';
import { validateScenarioFile } from '../../../engine/contagion/schema.ts';
import type { SimScenario } from '../simulation.ts';
import { parseFraction, parseK } from '../simulator-fields.ts';

export type SimNode = SimScenario['nodes'][number];
export type SimEdge = SimScenario['edges'][number];
export type SimRule = NonNullable<SimNode['rule']>;
type Model = Pick<SimScenario, 'nodes' | 'edges'>;

/** Number of hard edges from `id` (what its rule counts). */
export function hardDependencyCount(model: Model, id: string): number {
  let count = 0;
  for (const e of model.edges) if (e.from === id && e.kind !== 'soft') count++;
  return count;
}

export function addNode(model: Model, node: SimNode): Model {
  return { nodes: [...model.nodes, node], edges: model.edges };
}

/** Removes the node and every edge to or from it. */
export function removeNode(model: Model, id: string): Model {
  return { nodes: model.nodes.filter((n) => n.id !== id), edges: model.edges.filter((e) => e.from !== id && e.to !== id) };
}

export function addEdge(model: Model, edge: SimEdge): Model {
  return { nodes: model.nodes, edges: [...model.edges, edge] };
}

export function removeEdge(model: Model, from: string, to: string): Model {
  return { nodes: model.nodes, edges: model.edges.filter((e) => !(e.from === from && e.to === to)) };
}

/** Sets the node's rule; `all` (the default) is stored by leaving the rule out. */
export function setRule(model: Model, id: string, rule: SimRule): Model {
  return {
    nodes: model.nodes.map((n) => {
      if (n.id !== id) return n;
      const { rule: _old, ...rest } = n;
      return rule.kind === 'all' ? rest : { ...rest, rule };
    }),
    edges: model.edges,
  };
}

/** A problem with adding this edge (before it is added), or null. */
export function edgeProblem(model: Model, from: string, to: string): string | null {
  if (!from || !to) return 'Choose both components.';
  if (from === to) return 'A component cannot depend on itself.';
  if (model.edges.some((e) => e.from === from && e.to === to)) return 'This dependency already exists; remove it first to change it.';
  return null;
}

/** The reader's own title for an edited scenario. */
export function ownTitle(base: Pick<SimScenario, 'title' | 'expected'>): string {
  const title = base.title?.trim();
  if (!title) return 'Your scenario';
  // The reader's own scenario (imported, generated or already edited) keeps its title.
  if (base.expected === undefined || /^your\b/i.test(title)) return title;
  return `Your scenario (based on ${title})`;
}

/**
 * The edited model as the reader's scenario: same id, the reader's title, and a trigger. Seeds that
 * still exist are kept; when none is left the first infrastructure node (else the first node) fails
 * first, so the cascade has a starting point (none only when no component is left).
 */
export function ownScenario(base: SimScenario, model: Model): SimScenario {
  const ids = new Set(model.nodes.map((n) => n.id));
  const before = base.trigger?.seeds ?? [];
  let seeds = before.filter((id) => ids.has(id));
  let description = base.trigger?.description ?? '';
  if (seeds.length === 0) {
    const first = model.nodes.find((n) => layerOf(n) === 'infrastructure') ?? model.nodes[0];
    seeds = first ? [first.id] : [];
    description = first ? `${first.label} fails first.` : 'Nothing fails at the start.';
  } else if (seeds.length !== before.length || description.length < 10) {
    const names = seeds.map((id) => model.nodes.find((n) => n.id === id)?.label ?? id);
    description = `${names.join(' and ')} ${seeds.length === 1 ? 'fails' : 'fail'} first.`;
  }
  return { id: base.id, title: ownTitle(base), nodes: model.nodes, edges: model.edges, trigger: { seeds, description } };
}

/** Nothing at all: no components, so nothing fails first (a reader's scenario may be empty). */
export function emptyScenario(id = 'my-scenario'): SimScenario {
  return { id, title: 'Your scenario', nodes: [], edges: [], trigger: { seeds: [], description: 'Nothing fails at the start.' } };
}

/**
 * What is wrong with a scenario the editor is about to hand over, as one message, or null: the engine's
 * checks of a reader's scenario file (ids, names, types, edges, rules, then compile()), the first
 * problem named by the component or dependency it is about.
 */
export function checkScenario(next: SimScenario): string | null {
  try {
    validateScenarioFile(next, 'your scenario', { userImport: true });
    return null;
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return describeIssues(next, error.issues);
  }
}

function describeIssues(scenario: SimScenario, issues: readonly ScenarioIssue[]): string {
  const [first, ...rest] = issues;
  if (!first) return 'The scenario is not valid.';
  const node = /^nodes\[(\d+)\]/.exec(first.path);
  const edge = /^edges\[(\d+)\]/.exec(first.path);
  const n = node ? scenario.nodes[Number(node[1])] : undefined;
  const e = edge ? scenario.edges[Number(edge[1])] : undefined;
  const where = n ? `${n.label || n.id} (${first.path})` : e ? `The dependency ${e.from} → ${e.to} (${first.path})` : first.path;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return `${where ? `${where}: ` : ''}${first.message}${more}`;
}

/** A rule as the form holds it: the kind, and k and the fraction as typed. */
export interface RuleDraft {
  kind: SimRule['kind'];
  k: string;
  fraction: string;
  strict: boolean;
}

export function draftOf(rule: SimRule | undefined): RuleDraft {
  const r = rule ?? { kind: 'all' as const };
  return {
    kind: r.kind,
    k: r.kind === 'atLeast' ? String(r.k) : '1',
    fraction: r.kind === 'threshold' ? String(r.fraction) : '0.5',
    strict: r.kind === 'threshold' ? r.strict === true : false,
  };
}

/** The rule of a draft for a node with this many hard dependencies, or what is wrong with it. */
export function ruleFromDraft(draft: RuleDraft, dependencies: number): { rule: SimRule; kError: null; fractionError: null } | { rule: null; kError: string | null; fractionError: string | null } {
  switch (draft.kind) {
    case 'all':
    case 'any':
      return { rule: { kind: draft.kind }, kError: null, fractionError: null };
    case 'atLeast': {
      const k = parseK(draft.k, dependencies);
      return k.ok ? { rule: { kind: 'atLeast', k: k.value }, kError: null, fractionError: null } : { rule: null, kError: k.error, fractionError: null };
    }
    case 'threshold': {
      const f = parseFraction(draft.fraction);
      if (!f.ok) return { rule: null, kError: null, fractionError: f.error };
      return { rule: draft.strict ? { kind: 'threshold', fraction: f.value, strict: true } : { kind: 'threshold', fraction: f.value }, kError: null, fractionError: null };
    }
  }
}
