/**
 * Mermaid export: a top-down flowchart (dependents above their dependencies), each node with its label,
 * hard dependencies as `-->` and soft ones as `-.->`, types as classes (`class a,b cloud_region`), and the
 * fields Mermaid cannot draw in `%% atlas` comments that Mermaid ignores and our import reads back (see
 * mermaid.ts). Ids that Mermaid reserves (end, class, style...) are written under an alias whose comment
 * carries the real id. A double quote in a label is written #quot;, as Mermaid expects.
 */
import { edgeExtras, nodeExtras, scenarioMetadata } from './export-fields.ts';
import type { ImportedScenario } from './types.ts';

const RESERVED = new Set(['end', 'subgraph', 'graph', 'flowchart', 'class', 'classdef', 'style', 'linkstyle', 'click', 'direction', 'acctitle', 'accdescr', 'default']);

export function exportMermaid(scenario: ImportedScenario): string {
  const lines = ['flowchart TD', `%% atlas scenario ${JSON.stringify(scenarioMetadata(scenario))}`];
  const used = new Set(scenario.nodes.map((n) => n.id));
  const alias = new Map<string, string>();
  for (const node of scenario.nodes) {
    if (!RESERVED.has(node.id.toLowerCase())) continue;
    let name = `${node.id}_node`;
    while (used.has(name)) name += '_';
    used.add(name);
    alias.set(node.id, name);
  }
  const idOf = (id: string): string => alias.get(id) ?? id;
  const byType = new Map<string, string[]>();
  for (const node of scenario.nodes) {
    lines.push(`  ${idOf(node.id)}["${node.label.replace(/"/g, '#quot;')}"]`);
    const group = byType.get(node.type) ?? [];
    group.push(idOf(node.id));
    byType.set(node.type, group);
  }
  for (const edge of scenario.edges) lines.push(`  ${idOf(edge.from)} ${edge.kind === 'soft' ? '-.->' : '-->'} ${idOf(edge.to)}`);
  for (const [type, ids] of byType) lines.push(`  class ${ids.join(',')} ${type}`);
  for (const node of scenario.nodes) {
    const extras: Record<string, unknown> = nodeExtras(node);
    if (alias.has(node.id)) extras.id = node.id;
    if (Object.keys(extras).length > 0) lines.push(`%% atlas node ${idOf(node.id)} ${JSON.stringify(extras)}`);
  }
  for (const edge of scenario.edges) {
    const { kind: _kind, ...extras } = edgeExtras(edge);
    if (Object.keys(extras).length > 0) lines.push(`%% atlas edge ${idOf(edge.from)} ${idOf(edge.to)} ${JSON.stringify(extras)}`);
  }
  return `${lines.join('\n')}\n`;
}
