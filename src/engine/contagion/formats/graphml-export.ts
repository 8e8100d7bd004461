/**
 * GraphML export: plain GraphML (read by Gephi, yEd, NetworkX, Cytoscape) with one declared key per
 * field of ours (label, type, layer, rule, degradedRule, note, evidence, sources on nodes; weight, kind,
 * note, evidence, sources on edges) and the scenario's other fields as the graph's `atlas_scenario`.
 * Reading it back gives the same scenario. yEd shows the keys as custom properties rather than drawing
 * labels, since its own label lives in its graphics data.
 */
import { EDGE_FIELDS, NODE_FIELDS, scenarioMetadata } from './export-fields.ts';
import { ruleToText } from './rule-text.ts';
import type { ImportedScenario } from './types.ts';

function xml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function valueText(name: string, value: unknown): string {
  if (name === 'rule' || name === 'degradedRule') return ruleToText(value as Parameters<typeof ruleToText>[0]);
  if (name === 'sources') return (value as string[]).join(' ');
  return String(value);
}

export function exportGraphml(scenario: ImportedScenario): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  lines.push('  <key id="g_atlas" for="graph" attr.name="atlas_scenario" attr.type="string"/>');
  for (const field of ['label', 'type', ...NODE_FIELDS]) lines.push(`  <key id="n_${field}" for="node" attr.name="${field}" attr.type="string"/>`);
  for (const field of EDGE_FIELDS) lines.push(`  <key id="e_${field}" for="edge" attr.name="${field}" attr.type="${field === 'weight' ? 'double' : 'string'}"/>`);
  lines.push(`  <graph id="${xml(scenario.id)}" edgedefault="directed">`);
  lines.push(`    <data key="g_atlas">${xml(JSON.stringify(scenarioMetadata(scenario)))}</data>`);
  for (const node of scenario.nodes) {
    const data = [`<data key="n_label">${xml(node.label)}</data>`, `<data key="n_type">${xml(node.type)}</data>`];
    for (const field of NODE_FIELDS) if (node[field] !== undefined) data.push(`<data key="n_${field}">${xml(valueText(field, node[field]))}</data>`);
    lines.push(`    <node id="${xml(node.id)}">${data.join('')}</node>`);
  }
  for (const edge of scenario.edges) {
    const data: string[] = [];
    for (const field of EDGE_FIELDS) if (edge[field] !== undefined) data.push(`<data key="e_${field}">${xml(valueText(field, edge[field]))}</data>`);
    lines.push(`    <edge source="${xml(edge.from)}" target="${xml(edge.to)}">${data.join('')}</edge>`);
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
