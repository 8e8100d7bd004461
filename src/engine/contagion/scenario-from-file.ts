/**
 * A validated scenario file as engine input: the model (nodes with their labels, types, layers and
 * rules; edges) without the file's story and sources, and a file's mitigation as the engine type.
 * Zod-free, so the core entry can offer it to the simulator without loading the schema.
 */
import type { Mitigation, MitigationChange } from './mitigations.ts';
import type { ScenarioFileMitigation, UserScenarioFile } from './scenario-file.ts';
import type { Rule, Scenario } from './types.ts';

/** The engine scenario of a file (labels, types, layers, rules, edges). */
export function toScenario(file: Pick<UserScenarioFile, 'nodes' | 'edges'>): Scenario {
  return {
    nodes: file.nodes.map((node) => {
      const out: Scenario['nodes'][number] = { id: node.id, label: node.label, type: node.type };
      if (node.layer !== undefined) out.layer = node.layer;
      if (node.rule !== undefined) out.rule = node.rule as Rule;
      if (node.degradedRule !== undefined) out.degradedRule = node.degradedRule as Rule;
      return out;
    }),
    edges: file.edges.map((edge) => {
      const out: Scenario['edges'][number] = { from: edge.from, to: edge.to };
      if (edge.weight !== undefined) out.weight = edge.weight;
      if (edge.kind !== undefined) out.kind = edge.kind;
      return out;
    }),
  };
}

/** A file's mitigation as the engine type. */
export function toMitigation(mitigation: ScenarioFileMitigation): Mitigation {
  return { id: mitigation.id, title: mitigation.title, description: mitigation.description, changes: mitigation.changes as MitigationChange[] };
}
