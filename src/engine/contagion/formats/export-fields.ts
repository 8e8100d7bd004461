/**
 * What exports carry besides the graph's shape: the scenario-level fields (everything but nodes and
 * edges: id, title, trigger, sources, mitigations, expected outcome, story...) as one JSON value, and each
 * node's and edge's own fields in a fixed order. Shared by the DOT, Mermaid and GraphML writers.
 */
import type { ImportedEdge, ImportedNode, ImportedScenario } from './types.ts';

export function scenarioMetadata(scenario: ImportedScenario): Record<string, unknown> {
  const { nodes: _nodes, edges: _edges, ...rest } = scenario;
  return rest;
}

/** Node fields beyond id, label and type, in a fixed order. */
export const NODE_FIELDS = ['layer', 'rule', 'degradedRule', 'note', 'evidence', 'sources'] as const;
/** Edge fields beyond from and to. */
export const EDGE_FIELDS = ['weight', 'kind', 'note', 'evidence', 'sources'] as const;

export function nodeExtras(node: ImportedNode): Partial<Pick<ImportedNode, (typeof NODE_FIELDS)[number]>> {
  const out: Record<string, unknown> = {};
  for (const field of NODE_FIELDS) if (node[field] !== undefined) out[field] = node[field];
  return out;
}

export function edgeExtras(edge: ImportedEdge): Partial<Pick<ImportedEdge, (typeof EDGE_FIELDS)[number]>> {
  const out: Record<string, unknown> = {};
  for (const field of EDGE_FIELDS) if (edge[field] !== undefined) out[field] = edge[field];
  return out;
}
