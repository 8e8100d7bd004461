/**
 * From a dependency graph to the availability engine's system description, for one service.
 *
 * A node is up when it is up by itself (its own availability) and its rule is met by its hard
 * dependencies, each up in the same sense. Unfolding that definition from the service gives a block tree:
 * each node is a series of its own component and a rule block over its dependencies' blocks:
 *   all -> series, any -> 1-of-n, atLeast k -> k-of-n,
 *   threshold (fails when failed weight >= f of the total, or > f when strict) -> a weighted threshold that
 *   is up when the up weight is more than (1 - f) of the total (at least, when strict); f = 0 means "up only
 *   while no weight has failed", i.e. at least all of it.
 * A node reached along several paths appears several times in the tree; its copies must fail together, so
 * its own component becomes a failure domain shared by all copies (each copy a component of availability 1
 * inside it). The availability engine conditions on those domains exactly, and its "independent" answer
 * treats every copy as separate: the naive product that ignores the shared dependency.
 * Soft edges and degraded rules do not enter: degraded counts as up.
 * A self-dependency can never fail its node (engine semantics), so it is a part that is always up.
 */
import type { Block, FailureDomain, SystemDescription } from '../availability/index.ts';
import type { Rule, ScenarioInput } from '../contagion/index.ts';

export interface DependencyIndex {
  ids: readonly string[];
  index: ReadonlyMap<string, number>;
  rules: readonly Rule[];
  /** Hard dependencies of node i: deps[i] as [dependency index, weight] pairs (parallel edges repeat). */
  deps: readonly (readonly [number, number][])[];
}

export function dependencyIndex(scenario: ScenarioInput): DependencyIndex {
  const ids = scenario.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const deps: [number, number][][] = ids.map(() => []);
  for (const edge of scenario.edges) {
    if (edge.kind === 'soft') continue;
    deps[index.get(edge.from)!]!.push([index.get(edge.to)!, edge.weight ?? 1]);
  }
  return { ids, index, rules: scenario.nodes.map((n) => n.rule ?? { kind: 'all' }), deps };
}

/** Longest chain of dependencies translated (recursion depth of building and evaluating the tree). */
export const MAX_DEPTH = 2000;

export type Translation =
  | { kind: 'system'; system: SystemDescription; sharedDomains: number; blocks: number }
  | { kind: 'cycle'; cycle: string[] }
  | { kind: 'too-large'; blocks: number };

/** The nodes the service needs (hard edges), in an order where each comes after everything that needs it; or a cycle. */
function closureOrder(graph: DependencyIndex, service: number): { order: number[] } | { cycle: number[] } {
  const state = new Uint8Array(graph.ids.length); // 0 unseen, 1 on the stack, 2 done
  const post: number[] = [];
  const stack: [number, number][] = [[service, 0]];
  const path: number[] = [service];
  state[service] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [v, k] = top;
    const list = graph.deps[v]!;
    if (k < list.length) {
      top[1]++;
      const c = list[k]![0];
      if (c === v) continue; // a self-dependency is not a cycle here: it can never fail its node
      if (state[c] === 1) return { cycle: [...path.slice(path.indexOf(c)), c] };
      if (state[c] === 0) {
        state[c] = 1;
        stack.push([c, 0]);
        path.push(c);
      }
    } else {
      state[v] = 2;
      post.push(v);
      stack.pop();
      path.pop();
    }
  }
  return { order: post.reverse() };
}

/** The service's system description, or why there is none. `availability[i]` is node i's own availability. */
export function translateService(graph: DependencyIndex, service: number, availability: ArrayLike<number>, maxBlocks: number): Translation {
  const closure = closureOrder(graph, service);
  if ('cycle' in closure) return { kind: 'cycle', cycle: closure.cycle.map((i) => graph.ids[i]!) };
  const { order } = closure;
  // Copies of each node in the unfolded tree = number of paths from the service to it.
  // Depth too: the tree is built and evaluated recursively, so very long chains are out of reach.
  const copies = new Map<number, number>([[service, 1]]);
  const depth = new Map<number, number>([[service, 0]]);
  let blocks = 0;
  let deepest = 0;
  for (const v of order) {
    const n = copies.get(v)!;
    const d = depth.get(v)!;
    deepest = Math.max(deepest, d);
    blocks += n * 2;
    for (const [c] of graph.deps[v]!) {
      if (c === v) continue;
      copies.set(c, (copies.get(c) ?? 0) + n);
      depth.set(c, Math.max(depth.get(c) ?? 0, d + 1));
    }
  }
  if (!(blocks <= maxBlocks) || deepest > MAX_DEPTH) return { kind: 'too-large', blocks };

  const domains: FailureDomain[] = [];
  for (const v of order) if (copies.get(v)! > 1) domains.push({ id: `node:${graph.ids[v]}`, label: graph.ids[v], availability: availability[v]! });
  const own = (v: number): Block =>
    copies.get(v)! > 1
      ? { type: 'component', label: graph.ids[v], availability: 1, domains: [`node:${graph.ids[v]}`] }
      : { type: 'component', id: graph.ids[v], label: graph.ids[v], availability: availability[v]! };
  const alwaysUp = (): Block => ({ type: 'component', label: 'self-dependency (never fails its node)', availability: 1 });

  const block = (v: number): Block => {
    const deps = graph.deps[v]!;
    if (deps.length === 0) return own(v);
    const parts = deps.map(([c]) => (c === v ? alwaysUp() : block(c)));
    const rule = graph.rules[v]!;
    let ruleBlock: Block | null;
    switch (rule.kind) {
      case 'all':
        return { type: 'series', label: graph.ids[v], parts: [own(v), ...parts] };
      case 'any':
        ruleBlock = { type: 'k-of-n', k: 1, parts };
        break;
      case 'atLeast':
        ruleBlock = { type: 'k-of-n', k: rule.k, parts };
        break;
      case 'threshold': {
        const weights = deps.map(([, w]) => w);
        if (!weights.some((w) => w > 0)) {
          ruleBlock = null; // no weight can fail: the rule never trips
          break;
        }
        const f = rule.fraction;
        if (f >= 1 && rule.strict === true) {
          ruleBlock = null; // failed weight can never exceed the whole: the rule never trips
          break;
        }
        ruleBlock =
          f === 0
            ? { type: 'threshold', share: 1, comparison: 'at-least', weights, parts }
            : { type: 'threshold', share: 1 - f, comparison: rule.strict === true ? 'at-least' : 'more-than', weights, parts };
        break;
      }
    }
    return ruleBlock === null ? own(v) : { type: 'series', label: graph.ids[v], parts: [own(v), ruleBlock] };
  };
  return { kind: 'system', system: { label: graph.ids[service], root: block(service), domains }, sharedDomains: domains.length, blocks };
}
