/**
 * Mitigations: named, declarative edits of a scenario (add a fallback RPC, switch a rule to `any`,
 * move a replica to another zone). Applying one returns a NEW scenario; the input is never changed, so
 * the simulator can compare the outcome with and without it.
 */
import { shown } from '../issues.ts';
import { ScenarioError, formatPath, type ErrorPath } from './errors.ts';
import type { Rule, Scenario, ScenarioEdge, ScenarioInput, ScenarioNode } from './types.ts';

export type MitigationChange =
  /** Add a component, e.g. a second RPC provider. */
  | { op: 'addNode'; node: ScenarioNode }
  /** Remove a component and every edge touching it. */
  | { op: 'removeNode'; node: string }
  | { op: 'addEdge'; from: string; to: string; weight?: number; kind?: 'hard' | 'soft' }
  /** Remove the edge(s) from -> to. */
  | { op: 'removeEdge'; from: string; to: string }
  /** Point the edge from -> to at newTo instead (e.g. move a replica to another zone). */
  | { op: 'retargetEdge'; from: string; to: string; newTo: string }
  | { op: 'setWeight'; from: string; to: string; weight: number }
  /** Replace a node's rule and/or degradedRule (null removes the degradedRule override). */
  | { op: 'setRule'; node: string; rule?: Rule; degradedRule?: Rule | null };

export interface Mitigation {
  id: string;
  title: string;
  description?: string;
  changes: readonly MitigationChange[];
}

/**
 * Applies the changes in order to a copy of the scenario. Errors name the change: path
 * ['changes', j, field] relative to the mitigation.
 */
export function applyMitigation(scenario: ScenarioInput, mitigation: Pick<Mitigation, 'changes'> & { id?: string }): Scenario {
  const given = scenario as Partial<ScenarioInput> | null;
  if (typeof given !== 'object' || given === null || !Array.isArray(given.nodes) || !Array.isArray(given.edges) || !given.nodes.every(isObject) || !given.edges.every(isObject)) {
    throw new ScenarioError(`applyMitigation needs a scenario ({ nodes, edges } lists of objects), got ${shown(scenario)}`, ['scenario']);
  }
  const m = mitigation as Partial<Mitigation> | null;
  if (typeof m !== 'object' || m === null || !Array.isArray(m.changes)) {
    throw new ScenarioError(`a mitigation needs a list of changes ({ changes: [...] }), got ${shown(mitigation)}`, ['changes']);
  }
  m.changes.forEach((change: unknown, j) => {
    if (!isObject(change)) throw new ScenarioError(`changes[${j}]: a change must be an object such as { op: 'removeEdge', from, to }, got ${shown(change)}`, ['changes', j]);
  });
  const nodes: ScenarioNode[] = scenario.nodes.map((node) => ({ ...node }));
  let edges: ScenarioEdge[] = scenario.edges.map((edge) => ({ ...edge }));
  const ids = new Set(nodes.map((node) => node.id));
  const prefix = mitigation.id === undefined ? '' : `mitigation ${shown(mitigation.id)}: `;
  const fail = (message: string, path: ErrorPath): never => {
    throw new ScenarioError(`${prefix}${formatPath(path)}: ${message}`, path, [{ path: formatPath(path), message }]);
  };
  const known = (id: string, path: ErrorPath): void => {
    if (!ids.has(id)) fail(`unknown node ${shown(id)}`, path);
  };
  const matching = (from: string, to: string, path: ErrorPath): ScenarioEdge[] => {
    known(from, [...path, 'from']);
    known(to, [...path, 'to']);
    const found = edges.filter((edge) => edge.from === from && edge.to === to);
    if (found.length === 0) fail(`there is no edge ${from} -> ${to}`, path);
    return found;
  };

  mitigation.changes.forEach((change, j) => {
    const path: ErrorPath = ['changes', j];
    switch (change.op) {
      case 'addNode':
        if (!isObject(change.node)) fail(`node must be an object such as { id, label, type }, got ${shown(change.node)}`, [...path, 'node']);
        if (ids.has(change.node.id)) fail(`node ${shown(change.node.id)} already exists`, [...path, 'node', 'id']);
        nodes.push({ ...change.node });
        ids.add(change.node.id);
        break;
      case 'removeNode':
        known(change.node, [...path, 'node']);
        nodes.splice(nodes.findIndex((node) => node.id === change.node), 1);
        ids.delete(change.node);
        edges = edges.filter((edge) => edge.from !== change.node && edge.to !== change.node);
        break;
      case 'addEdge': {
        known(change.from, [...path, 'from']);
        known(change.to, [...path, 'to']);
        const edge: ScenarioEdge = { from: change.from, to: change.to };
        if (change.weight !== undefined) edge.weight = change.weight;
        if (change.kind !== undefined) edge.kind = change.kind;
        edges.push(edge);
        break;
      }
      case 'removeEdge': {
        const gone = new Set(matching(change.from, change.to, path));
        edges = edges.filter((edge) => !gone.has(edge));
        break;
      }
      case 'retargetEdge':
        known(change.newTo, [...path, 'newTo']);
        for (const edge of matching(change.from, change.to, path)) edge.to = change.newTo;
        break;
      case 'setWeight':
        for (const edge of matching(change.from, change.to, path)) edge.weight = change.weight;
        break;
      case 'setRule': {
        known(change.node, [...path, 'node']);
        const node = nodes.find((candidate) => candidate.id === change.node)!;
        if (change.rule !== undefined) node.rule = change.rule;
        if (change.degradedRule === null) delete node.degradedRule;
        else if (change.degradedRule !== undefined) node.degradedRule = change.degradedRule;
        break;
      }
      default:
        fail(`unknown op ${shown((change as { op?: unknown }).op)}`, [...path, 'op']);
    }
  });
  return { nodes, edges };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Applies several mitigations one after another (e.g. the ones a user ticked). */
export function applyMitigations(scenario: ScenarioInput, mitigations: readonly Mitigation[]): Scenario {
  if (!Array.isArray(mitigations)) throw new ScenarioError(`applyMitigations needs a list of mitigations, got ${shown(mitigations)}`, ['mitigations']);
  let current: ScenarioInput = scenario;
  for (const mitigation of mitigations) current = applyMitigation(current, mitigation);
  return current === scenario ? { nodes: scenario.nodes.map((n) => ({ ...n })), edges: scenario.edges.map((e) => ({ ...e })) } : (current as Scenario);
}
