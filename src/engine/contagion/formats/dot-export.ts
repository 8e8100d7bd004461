/**
 * DOT export: every node with its label and our fields as attributes (type, layer, rule and
 * degradedRule as text, note, evidence, sources), every edge with dependency_weight (Graphviz's own
 * `weight` must be an integer and steers the layout, so ours has its own name), kind=soft drawn dashed,
 * note, evidence and sources; the scenario's other fields in the graph attribute `atlas_scenario`.
 * Reading it back gives the same scenario. Edges point from the dependent to its dependency.
 */
import { EDGE_FIELDS, NODE_FIELDS, scenarioMetadata } from './export-fields.ts';
import { ruleToText } from './rule-text.ts';
import type { ImportedScenario } from './types.ts';

/** A DOT double-quoted string. DOT escapes only the double quote. */
export function dotString(value: string): string {
  return `"${value.replace(/"/g, '\\"')}"`;
}

function attributeText(name: string, value: unknown): string {
  if (name === 'rule' || name === 'degradedRule') return ruleToText(value as Parameters<typeof ruleToText>[0]);
  if (name === 'sources') return (value as string[]).join(' ');
  return String(value);
}

export function exportDot(scenario: ImportedScenario): string {
  const lines = [`digraph ${dotString(scenario.id)} {`];
  lines.push(`  label=${dotString(scenario.title ?? scenario.id)};`);
  lines.push(`  atlas_scenario=${dotString(JSON.stringify(scenarioMetadata(scenario)))};`);
  lines.push('  node [shape=box];');
  for (const node of scenario.nodes) {
    const attributes = [`label=${dotString(node.label)}`, `type=${dotString(node.type)}`];
    for (const field of NODE_FIELDS) if (node[field] !== undefined) attributes.push(`${field}=${dotString(attributeText(field, node[field]))}`);
    lines.push(`  ${dotString(node.id)} [${attributes.join(', ')}];`);
  }
  for (const edge of scenario.edges) {
    const attributes: string[] = [];
    for (const field of EDGE_FIELDS) {
      if (edge[field] === undefined) continue;
      attributes.push(`${field === 'weight' ? 'dependency_weight' : field}=${dotString(attributeText(field, edge[field]))}`);
    }
    if (edge.kind === 'soft') attributes.push('style=dashed');
    lines.push(`  ${dotString(edge.from)} -> ${dotString(edge.to)}${attributes.length > 0 ? ` [${attributes.join(', ')}]` : ''};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
