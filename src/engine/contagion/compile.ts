/**
 * compile(): validates a scenario and turns it into compact typed arrays.
 *
 * Layout: a CSR list of dependents (reverse adjacency), so a failure walks straight to the nodes that
 * depend on it; an integer weight per entry (null when all are 1); and per node the failed weight at
 * which it fails (its "cut"). Every rule becomes a cut:
 *   all        -> 1 failed dependency
 *   any        -> n failed dependencies (all of them)
 *   atLeast k  -> n - k + 1 failed dependencies (fewer than k healthy)
 *   threshold  -> ceil(p * T / q) failed weight for `>= p/q`, floor(p * T / q) + 1 for `> p/q`,
 *                 with T the node's integer total weight (see rational.ts).
 * so the cascade kernel needs no branching on the rule and no floating-point comparison.
 *
 * Limits: at most MAX_NODES (2^24) nodes and MAX_EDGES (2^26) edges; each threshold node's weights,
 * scaled to integers, must total at most 2^53.
 */
import { shown } from '../issues.ts';
import { ScenarioError, fieldError, type ErrorPath } from './errors.ts';
import { gcd, thresholdCut, toRational } from './rational.ts';
import { canonicalRule, ruleKey, ruleRangeProblem, ruleShapeProblem } from './rules.ts';
import {
  MAX_EDGES,
  MAX_NODES,
  NEVER_U32,
  type CascadeCore,
  type DegradationCore,
  type Graph,
  type Rule,
  type ScenarioInput,
} from './types.ts';

/** Weight of a soft entry in the degradation pass: above any cut (cuts are at most 2^53). */
const SOFT_WEIGHT = 2 ** 60;
const DEFAULT_RULE: Rule = { kind: 'all' };

export function compile(scenario: ScenarioInput): Graph {
  if (scenario === null || typeof scenario !== 'object' || !Array.isArray(scenario.nodes) || !Array.isArray(scenario.edges)) {
    throw new ScenarioError(`a scenario needs a "nodes" list and an "edges" list, got ${shown(scenario)}`);
  }
  const nodes = scenario.nodes;
  const edges = scenario.edges;
  const n = nodes.length;
  const m = edges.length;
  if (n > MAX_NODES) throw fieldError('', ['nodes'], `too many nodes: ${n} (the limit is ${MAX_NODES})`);
  if (m > MAX_EDGES) throw fieldError('', ['edges'], `too many edges: ${m} (the limit is ${MAX_EDGES})`);

  // --- nodes: ids, types, rules -------------------------------------------------------------
  const ids = new Array<string>(n);
  const index = new Map<string, number>();
  const types: string[] = [];
  const typeIds = new Map<string, number>();
  const typeOf = new Uint16Array(n);
  const rules: Rule[] = [];
  const ruleIds = new Map<string, number>();
  const ruleOf = new Uint32Array(n);
  let degradedOf: Uint32Array | null = null;
  const ruleIdOf = (rule: Rule): number => {
    const key = ruleKey(rule);
    let id = ruleIds.get(key);
    if (id === undefined) {
      id = rules.length;
      rules.push(canonicalRule(rule));
      ruleIds.set(key, id);
    }
    return id;
  };
  const defaultRuleId = ruleIdOf(DEFAULT_RULE);

  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    if (node === null || typeof node !== 'object') throw fieldError('', ['nodes', i], `a node must be an object, got ${shown(node)}`);
    const id = node.id;
    if (typeof id !== 'string' || id === '') {
      throw fieldError('', ['nodes', i, 'id'], `id must be a non-empty string, got ${shown(id)}`);
    }
    const first = index.get(id);
    if (first !== undefined) {
      throw fieldError('', ['nodes', i, 'id'], `duplicate node id ${JSON.stringify(id)} (already used by nodes[${first}])`);
    }
    index.set(id, i);
    ids[i] = id;

    const type = node.type ?? 'untyped';
    if (typeof type !== 'string') throw fieldError(nodeText(id), ['nodes', i, 'type'], `type must be a string, got ${shown(type)}`);
    let t = typeIds.get(type);
    if (t === undefined) {
      t = types.length;
      if (t > 0xffff) throw fieldError(nodeText(id), ['nodes', i, 'type'], 'too many distinct node types (the limit is 65536)');
      types.push(type);
      typeIds.set(type, t);
    }
    typeOf[i] = t;

    ruleOf[i] = node.rule === undefined ? defaultRuleId : ruleIdOf(checkedRule(node.rule, id, ['nodes', i, 'rule']));
    if (node.degradedRule !== undefined) {
      degradedOf ??= new Uint32Array(n).fill(0xffffffff);
      degradedOf[i] = ruleIdOf(checkedRule(node.degradedRule, id, ['nodes', i, 'degradedRule']));
    }
  }
  const isThresholdRule = rules.map((r) => r.kind === 'threshold');
  const needsWeights = isThresholdRule.some(Boolean);

  // --- edges: resolve ids, count, keep hard edges apart from soft ones -----------------------
  const dependencyCount = new Int32Array(n);
  const start = new Int32Array(n + 1); // first counts dependents per node, then prefix sums
  const hardFrom = new Int32Array(m);
  const hardTo = new Int32Array(m);
  const hardWeight = needsWeights ? new Float64Array(m) : null;
  const softFrom: number[] = [];
  const softTo: number[] = [];
  let h = 0;
  // Edges usually come grouped by dependent: remembering the last "from" saves half the map lookups.
  let lastFrom: unknown = undefined;
  let lastA: number | undefined = undefined;
  for (let j = 0; j < m; j++) {
    const edge = edges[j];
    if (edge === null || typeof edge !== 'object') throw fieldError('', ['edges', j], `an edge must be an object, got ${shown(edge)}`);
    const a: number | undefined = edge.from === lastFrom ? lastA : index.get(edge.from);
    lastFrom = edge.from;
    lastA = a;
    if (a === undefined) {
      throw fieldError(edgeText(edge.from, edge.to), ['edges', j, 'from'], `unknown node ${shown(edge.from)}`);
    }
    const b = index.get(edge.to);
    if (b === undefined) {
      throw fieldError(edgeText(edge.from, edge.to), ['edges', j, 'to'], `unknown node ${shown(edge.to)}`);
    }
    const w = edge.weight;
    if (w !== undefined && (typeof w !== 'number' || !Number.isFinite(w) || w < 0)) {
      throw fieldError(edgeText(edge.from, edge.to), ['edges', j, 'weight'], `weight must be a finite number >= 0, got ${shown(w)}`);
    }
    const kind = edge.kind;
    if (kind === 'soft') {
      softFrom.push(a);
      softTo.push(b);
      continue;
    }
    if (kind !== undefined && kind !== 'hard') {
      throw fieldError(edgeText(edge.from, edge.to), ['edges', j, 'kind'], `kind must be "hard" or "soft", got ${shown(kind)}`);
    }
    hardFrom[h] = a;
    hardTo[h] = b;
    if (hardWeight) hardWeight[h] = w ?? 1;
    h++;
    dependencyCount[a]!++;
    start[b + 1]!++;
  }

  // --- rules against dependency counts ------------------------------------------------------
  for (let i = 0; i < n; i++) {
    checkRange(rules[ruleOf[i]!]!, dependencyCount[i]!, ids[i]!, ['nodes', i, 'rule']);
    if (degradedOf && degradedOf[i] !== 0xffffffff) {
      checkRange(rules[degradedOf[i]!]!, dependencyCount[i]!, ids[i]!, ['nodes', i, 'degradedRule']);
    }
  }

  // --- exact integer weights for nodes with a threshold rule --------------------------------
  let total: Float64Array | null = null;
  let maxWeight = 0;
  let allUnit = true; // every weighted entry is exactly 1: the CSR needs no weight array
  if (hardWeight) {
    const weighted = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (isThresholdRule[ruleOf[i]!] || (degradedOf && degradedOf[i] !== 0xffffffff && isThresholdRule[degradedOf[i]!])) weighted[i] = 1;
    }
    total = scaleWeights(n, h, hardFrom, hardWeight, weighted, ids);
    for (let e = 0; e < h; e++) {
      if (!isThresholdRule[ruleOf[hardFrom[e]!]!]) continue;
      const w = hardWeight[e]!;
      if (w !== 1) allUnit = false;
      if (w > maxWeight) maxWeight = w;
    }
  }

  // --- the binary core ----------------------------------------------------------------------
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const maxTotal = total ? Math.max(maxOf(total), maxOf(dependencyCount)) : maxOf(dependencyCount);
  const compactCut = maxTotal < NEVER_U32;
  const cut = compactCut ? new Uint32Array(n) : new Float64Array(n);
  const never = compactCut ? NEVER_U32 : Infinity;
  for (let i = 0; i < n; i++) {
    const c = cutOf(rules[ruleOf[i]!]!, dependencyCount[i]!, total ? total[i]! : 0);
    cut[i] = c === Infinity ? never : c;
  }
  const dependents = new Int32Array(h);
  let dependentWeight: Uint32Array | Float64Array | null = null;
  if (hardWeight && !allUnit) {
    dependentWeight = maxWeight <= 0xffffffff ? new Uint32Array(h) : new Float64Array(h);
  }
  {
    const fill = start.slice(0, n);
    for (let e = 0; e < h; e++) {
      const a = hardFrom[e]!;
      const p = fill[hardTo[e]!]!++;
      dependents[p] = a;
      if (dependentWeight) dependentWeight[p] = isThresholdRule[ruleOf[a]!] ? hardWeight![e]! : 1;
    }
  }

  let degradation: DegradationCore | null = null;
  if (softFrom.length > 0 || degradedOf) {
    degradation = degradationCore(n, h, hardFrom, hardTo, hardWeight, softFrom, softTo, ruleOf, degradedOf, rules, isThresholdRule, dependencyCount, total);
  }

  const compactRules = rules.length <= 0x10000;
  return {
    nodeCount: n,
    edgeCount: h,
    ids,
    index,
    types,
    typeOf,
    rules,
    ruleOf: compactRules ? Uint16Array.from(ruleOf) : ruleOf,
    dependentsStart: start,
    dependents,
    dependentWeight,
    cut,
    maxLoad: maxTotal,
    degradation,
  };
}

function nodeText(id: string): string {
  return `node ${JSON.stringify(id)}`;
}

function edgeText(from: unknown, to: unknown): string {
  return `edge ${shown(from)} -> ${shown(to)}`;
}

function checkedRule(rule: unknown, id: string, path: ErrorPath): Rule {
  const problem = ruleShapeProblem(rule);
  if (problem) {
    const [field, message] = problem;
    throw fieldError(nodeText(id), field ? [...path, field] : path, message);
  }
  return rule as Rule;
}

function checkRange(rule: Rule, dependencyCount: number, id: string, path: ErrorPath): void {
  const problem = ruleRangeProblem(rule, dependencyCount);
  if (problem) {
    const [field, message] = problem;
    throw fieldError(nodeText(id), [...path, field], message);
  }
}

function maxOf(a: Float64Array | Int32Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) if (a[i]! > max) max = a[i]!;
  return max;
}

/** The failed weight at which a node with this rule fails (see the table at the top). */
function cutOf(rule: Rule, dependencyCount: number, totalWeight: number): number {
  if (dependencyCount === 0) return Infinity; // a node with no dependencies fails only as a seed
  switch (rule.kind) {
    case 'all':
      return 1;
    case 'any':
      return dependencyCount;
    case 'atLeast':
      return dependencyCount - rule.k + 1;
    case 'threshold': {
      const [p, q] = toRational(rule.fraction)!; // checked by ruleShapeProblem
      return thresholdCut(p, q, totalWeight, rule.strict === true);
    }
  }
}

/**
 * Rewrites hardWeight in place as exact integers, per node with a threshold rule: weights are read as
 * simplest fractions, multiplied by the lcm of the node's denominators and divided by the gcd of the
 * results. Returns each node's integer total (0 for nodes without weights).
 */
function scaleWeights(n: number, h: number, from: Int32Array, weight: Float64Array, weighted: Uint8Array, ids: readonly string[]): Float64Array {
  const fractions = new Map<number, [number, number]>();
  const fractionOf = (w: number, a: number): [number, number] => {
    let r = fractions.get(w);
    if (r === undefined) {
      const exact = toRational(w);
      if (exact === null) throw fieldError(nodeText(ids[a]!), ['nodes', a], `the weight ${w} of one of its edges is too precise to compare exactly; round it`);
      r = exact;
      fractions.set(w, r);
    }
    return r;
  };
  const scale = new Float64Array(n).fill(1); // lcm of denominators, then gcd of scaled weights
  let fractional = false;
  for (let e = 0; e < h; e++) {
    const a = from[e]!;
    const w = weight[e]!;
    if (!weighted[a] || Number.isInteger(w)) continue;
    fractional = true;
    const q = fractionOf(w, a)[1];
    const l = scale[a]!;
    const next = (l / gcd(l, q)) * q;
    if (!Number.isSafeInteger(next)) throw tooFine(ids, a);
    scale[a] = next;
  }
  if (fractional) {
    for (let e = 0; e < h; e++) {
      const a = from[e]!;
      if (!weighted[a]) continue;
      const [p, q] = fractionOf(weight[e]!, a);
      const scaled = p * (scale[a]! / q);
      if (!Number.isSafeInteger(scaled)) throw tooFine(ids, a);
      weight[e] = scaled;
    }
  }
  scale.fill(0);
  for (let e = 0; e < h; e++) {
    const a = from[e]!;
    if (weighted[a]) scale[a] = gcd(scale[a]!, weight[e]!);
  }
  const total = new Float64Array(n);
  for (let e = 0; e < h; e++) {
    const a = from[e]!;
    if (!weighted[a]) continue;
    const g = scale[a]!;
    if (g > 1) weight[e] = weight[e]! / g;
    total[a] = total[a]! + weight[e]!;
  }
  for (let a = 0; a < n; a++) if (weighted[a] && !Number.isSafeInteger(total[a]!)) throw tooFine(ids, a);
  return total;
}

/** Total entry weight per dependent node of a CSR. */
function weightTotals(n: number, dependents: Int32Array, weight: Float64Array, start: Int32Array): Float64Array {
  const totals = new Float64Array(n);
  for (let e = 0; e < start[n]!; e++) totals[dependents[e]!]! += weight[e]!;
  return totals;
}

function tooFine(ids: readonly string[], a: number): ScenarioError {
  return fieldError(
    nodeText(ids[a]!),
    ['nodes', a],
    'its dependency weights, scaled to whole numbers, exceed 2^53 and cannot be compared exactly; use coarser weights (e.g. at most 6 decimals, or larger units)',
  );
}

/** The CSR of the degradation pass: hard edges under each node's degradedRule, plus soft edges. */
function degradationCore(
  n: number,
  h: number,
  hardFrom: Int32Array,
  hardTo: Int32Array,
  hardWeight: Float64Array | null,
  softFrom: number[],
  softTo: number[],
  ruleOf: Uint32Array,
  degradedOf: Uint32Array | null,
  rules: Rule[],
  isThresholdRule: boolean[],
  dependencyCount: Int32Array,
  total: Float64Array | null,
): DegradationCore {
  const s = softFrom.length;
  const dRuleOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) dRuleOf[i] = degradedOf && degradedOf[i] !== 0xffffffff ? degradedOf[i]! : ruleOf[i]!;
  const hasSoft = new Uint8Array(n);
  for (const a of softFrom) hasSoft[a] = 1;
  const cut = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = cutOf(rules[dRuleOf[i]!]!, dependencyCount[i]!, total ? total[i]! : 0);
    cut[i] = hasSoft[i] && c > SOFT_WEIGHT ? SOFT_WEIGHT : c;
  }
  const start = new Int32Array(n + 1);
  for (let e = 0; e < h; e++) start[hardTo[e]! + 1]!++;
  for (const b of softTo) start[b + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const dependents = new Int32Array(h + s);
  const weight = new Float64Array(h + s);
  const softEntry = new Uint8Array(h + s);
  const fill = start.slice(0, n);
  for (let e = 0; e < h; e++) {
    const a = hardFrom[e]!;
    const p = fill[hardTo[e]!]!++;
    dependents[p] = a;
    weight[p] = hardWeight && isThresholdRule[dRuleOf[a]!] ? hardWeight[e]! : 1;
  }
  for (let e = 0; e < s; e++) {
    const p = fill[softTo[e]!]!++;
    dependents[p] = softFrom[e]!;
    weight[p] = SOFT_WEIGHT;
    softEntry[p] = 1;
  }
  const core: CascadeCore = {
    nodeCount: n,
    dependentsStart: start,
    dependents,
    dependentWeight: weight,
    cut,
    ruleOf: rules.length <= 0x10000 ? Uint16Array.from(dRuleOf) : dRuleOf,
    maxLoad: s > 0 ? Infinity : maxOf(weightTotals(n, dependents, weight, start)),
  };
  return { ...core, softEntry };
}
