/**
 * Why each node is down or degraded: which dependencies caused it and which rule tripped.
 *
 * Kept apart from the cascade so the hot path stays lean: it needs each node's DEPENDENCIES (the
 * forward adjacency), which the kernel never uses. That list is built on first use by transposing the
 * dependents CSR and cached per graph.
 */
import { shown } from '../issues.ts';
import { checkGraph, type CascadeResult } from './cascade.ts';
import { ScenarioError } from './errors.ts';
import { formatFraction } from './rational.ts';
import { fractionText } from './rules.ts';
import type { CascadeCore, Graph, Rule } from './types.ts';

export interface Explanation {
  id: string;
  status: 'down' | 'degraded';
  /** Round in which the node failed; null for degraded nodes. */
  wave: number | null;
  /** seed: a trigger; rule: its rule tripped; soft: a soft dependency is down or degraded. */
  cause: 'seed' | 'rule' | 'soft';
  /** The rule that tripped (the degradedRule for degraded nodes); null for seeds. */
  rule: Rule | null;
  /** Number of hard dependencies. */
  dependencies: number;
  /** Down: dependencies that failed in earlier rounds. Degraded: dependencies that are down or degraded. */
  causes: string[];
  /** For threshold rules: failed and total dependency weight, as exact integers in the node's own scale. */
  share: { failed: number; total: number } | null;
  /** One sentence for people. */
  text: string;
}

export interface ExplainOptions {
  /** Display name of a node in `text`; default: the id. */
  label?: (id: string) => string;
}

interface Forward {
  start: Int32Array;
  dependencies: Int32Array;
  weight: Float64Array;
  soft: Uint8Array;
}

const forwards = new WeakMap<CascadeCore, Forward>();

/** Dependencies of each node (the transpose of the dependents CSR), with entry weights and soft flags. */
function forwardOf(core: CascadeCore): Forward {
  const cached = forwards.get(core);
  if (cached) return cached;
  const n = core.nodeCount;
  const { dependentsStart, dependents, dependentWeight } = core;
  const softEntry = 'softEntry' in core ? (core.softEntry as Uint8Array) : null;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < dependents.length; e++) start[dependents[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const dependencies = new Int32Array(dependents.length);
  const weight = new Float64Array(dependents.length);
  const soft = new Uint8Array(dependents.length);
  for (let b = 0; b < n; b++) {
    for (let e = dependentsStart[b]!; e < dependentsStart[b + 1]!; e++) {
      const p = fill[dependents[e]!]!++;
      dependencies[p] = b;
      weight[p] = dependentWeight ? dependentWeight[e]! : 1;
      soft[p] = softEntry ? softEntry[e]! : 0;
    }
  }
  const forward = { start, dependencies, weight, soft };
  forwards.set(core, forward);
  return forward;
}

/**
 * Explains every down node (in wave order) and every degraded node of an outcome from cascade() or
 * evaluate() on this graph.
 */
export function explain(graph: Graph, outcome: CascadeResult & { degraded?: readonly string[] }, options: ExplainOptions = {}): Explanation[] {
  checkGraph(graph, 'explain');
  const o = outcome as Partial<CascadeResult & { degraded: unknown }> | null;
  if (typeof o !== 'object' || o === null || !Array.isArray(o.waves) || !o.waves.every(Array.isArray) || (o.degraded !== undefined && !Array.isArray(o.degraded))) {
    throw new ScenarioError(`explain needs the outcome of cascade() or evaluate() on this graph ({ waves, degraded }), got ${shown(outcome)}`, ['outcome']);
  }
  if (typeof options !== 'object' || options === null || (options.label !== undefined && typeof options.label !== 'function')) {
    throw new ScenarioError(`explain's options must be an object whose label, if given, is a function, got ${shown(options === null || typeof options !== 'object' ? options : options.label)}`, ['options']);
  }
  const label = options.label ?? ((id: string) => id);
  const name = (i: number): string => label(graph.ids[i]!);
  const n = graph.nodeCount;
  const waveOf = new Int32Array(n).fill(-1);
  outcome.waves.forEach((wave, w) => {
    for (const id of wave) waveOf[indexOf(graph, id)] = w;
  });
  const main = forwardOf(graph);
  const out: Explanation[] = [];

  outcome.waves.forEach((wave, w) => {
    for (const id of wave) {
      const i = indexOf(graph, id);
      const dependencies = main.start[i + 1]! - main.start[i]!;
      if (w === 0) {
        out.push({ id, status: 'down', wave: 0, cause: 'seed', rule: null, dependencies, causes: [], share: null, text: `${label(id)} is down: it is a trigger of the scenario.` });
        continue;
      }
      const rule = graph.rules[graph.ruleOf[i]!]!;
      const causes: number[] = [];
      let failedWeight = 0;
      let totalWeight = 0;
      for (let e = main.start[i]!; e < main.start[i + 1]!; e++) {
        const b = main.dependencies[e]!;
        totalWeight += main.weight[e]!;
        const wb = waveOf[b]!;
        if (wb >= 0 && wb < w) {
          causes.push(b);
          failedWeight += main.weight[e]!;
        }
      }
      const share = rule.kind === 'threshold' ? { failed: failedWeight, total: totalWeight } : null;
      out.push({
        id,
        status: 'down',
        wave: w,
        cause: 'rule',
        rule,
        dependencies,
        causes: causes.map((b) => graph.ids[b]!),
        share,
        text: `${label(id)} is down: ${ruleSentence(rule, dependencies, causes.map(name), share)}.`,
      });
    }
  });

  const degraded = outcome.degraded ?? [];
  const core = graph.degradation;
  if (core && degraded.length > 0) {
    const impaired = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (waveOf[i]! >= 0) impaired[i] = 1;
    for (const id of degraded) impaired[indexOf(graph, id)] = 1;
    const forward = forwardOf(core);
    for (const id of degraded) {
      const i = indexOf(graph, id);
      const rule = graph.rules[core.ruleOf[i]!]!;
      const soft: number[] = [];
      const hard: number[] = [];
      let failedWeight = 0;
      let totalWeight = 0;
      for (let e = forward.start[i]!; e < forward.start[i + 1]!; e++) {
        const b = forward.dependencies[e]!;
        if (forward.soft[e]) {
          if (impaired[b]) soft.push(b);
          continue;
        }
        totalWeight += forward.weight[e]!;
        if (impaired[b]) {
          hard.push(b);
          failedWeight += forward.weight[e]!;
        }
      }
      const dependencies = main.start[i + 1]! - main.start[i]!;
      if (soft.length > 0) {
        const list = soft.map(name);
        out.push({
          id,
          status: 'degraded',
          wave: null,
          cause: 'soft',
          rule: null,
          dependencies,
          causes: [...soft, ...hard].map((b) => graph.ids[b]!),
          share: null,
          text: `${label(id)} is degraded: it leans on ${listText(list)}, which ${list.length === 1 ? 'is' : 'are'} down or degraded, without failing itself.`,
        });
      } else {
        const share = rule.kind === 'threshold' ? { failed: failedWeight, total: totalWeight } : null;
        out.push({
          id,
          status: 'degraded',
          wave: null,
          cause: 'rule',
          rule,
          dependencies,
          causes: hard.map((b) => graph.ids[b]!),
          share,
          text: `${label(id)} is degraded: counting degraded dependencies as lost, ${ruleSentence(rule, dependencies, hard.map(name), share)}.`,
        });
      }
    }
  }
  return out;
}

function indexOf(graph: Graph, id: string): number {
  const i = graph.index.get(id);
  if (i === undefined) throw new ScenarioError(`explain: ${shown(id)} in the outcome is not a node of this graph`, ['outcome']);
  return i;
}

function listText(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'nothing';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function ruleSentence(rule: Rule, dependencies: number, causes: string[], share: { failed: number; total: number } | null): string {
  const list = listText(causes);
  switch (rule.kind) {
    case 'all':
      return `it needs every dependency, and ${list} ${causes.length === 1 ? 'is' : 'are'} lost`;
    case 'any':
      return dependencies === 1
        ? `its only dependency, ${list}, is lost`
        : `it needs any one of its ${dependencies} redundant dependencies, and all of them are lost (${list})`;
    case 'atLeast':
      return `it needs at least ${rule.k} of its ${dependencies} dependencies, but ${causes.length} ${causes.length === 1 ? 'is' : 'are'} lost (${list}), leaving ${dependencies - causes.length}`;
    case 'threshold': {
      const s = share ?? { failed: 0, total: 1 };
      const percent = Math.round((s.failed / s.total) * 1000) / 10;
      // A limit of 0 means "any loss at all": say that, not "above its limit of 0".
      if (rule.fraction === 0) return `it is affected by any loss of its dependency weight, and ${formatFraction(s.failed, s.total)} (${percent}%) is lost (${list})`;
      return `${formatFraction(s.failed, s.total)} (${percent}%) of its dependency weight is lost (${list}), ${rule.strict === true ? 'above' : 'at or above'} its limit of ${fractionText(rule.fraction)}`;
    }
  }
}
