/**
 * The edits made on the picture, pure: a new component with a fresh id, a dependency, a removal and a
 * rename, each returning the reader's own scenario (ownScenario) or a message saying why not. No schema
 * (zod) here, so the picture editor stays in the first download: each edit is valid by construction
 * (fresh ids, edgeProblem's checks, parseLabel).
 */
import { parseLabel } from '../simulator-fields.ts';
import type { SimScenario } from '../simulation.ts';
import { addEdge, addNode, edgeProblem, ownScenario, removeEdge, removeNode } from './scenario-edits.ts';

export type PictureEdit = { ok: true; scenario: SimScenario; said: string } | { ok: false; error: string };

const nameOf = (scenario: SimScenario, id: string) => scenario.nodes.find((n) => n.id === id)?.label ?? id;

/** A new component, "Component N", of the neutral type, needing every dependency (rule `all`, the default). */
export function addComponent(scenario: SimScenario): PictureEdit & { id?: string } {
  const ids = new Set(scenario.nodes.map((n) => n.id));
  let n = scenario.nodes.length + 1;
  while (ids.has(`component_${n}`)) n += 1;
  const node = { id: `component_${n}`, label: `Component ${n}`, type: 'other' as const };
  return { ok: true, id: node.id, scenario: ownScenario(scenario, addNode(scenario, node)), said: `Added ${node.label}.` };
}

/** `from` depends on `to`: when `to` fails, `from` feels it. */
export function addDependency(scenario: SimScenario, from: string, to: string): PictureEdit {
  const problem = edgeProblem(scenario, from, to);
  if (problem) return { ok: false, error: problem };
  return { ok: true, scenario: ownScenario(scenario, addEdge(scenario, { from, to })), said: `${nameOf(scenario, from)} now depends on ${nameOf(scenario, to)}.` };
}

export function removeComponent(scenario: SimScenario, id: string): PictureEdit {
  return { ok: true, scenario: ownScenario(scenario, removeNode(scenario, id)), said: `Removed ${nameOf(scenario, id)}.` };
}

export function removeDependency(scenario: SimScenario, from: string, to: string): PictureEdit {
  return { ok: true, scenario: ownScenario(scenario, removeEdge(scenario, from, to)), said: `${nameOf(scenario, from)} no longer depends on ${nameOf(scenario, to)}.` };
}

export function renameComponent(scenario: SimScenario, id: string, text: string): PictureEdit {
  const label = parseLabel(text);
  if (!label.ok) return { ok: false, error: label.error };
  const nodes = scenario.nodes.map((n) => (n.id === id ? { ...n, label: label.value } : n));
  return { ok: true, scenario: ownScenario(scenario, { nodes, edges: scenario.edges }), said: `Renamed to ${label.value}.` };
}
