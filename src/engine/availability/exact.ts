/**
 * The exact method: condition on the states of the shared failure domains, and inside each conditioned
 * world combine independent parts with the precise combinators of kofn.ts.
 *
 * Given the states of the domains, components are independent, so the system's availability is
 *   A = sum over domain states s of P(s) * A(s),
 * and the same for Q; both are sums of non-negative terms, so both keep relative precision.
 *
 * Enumerating every domain at the root costs 2^D full evaluations. Two observations make it cheaper:
 *  - A domain used by a single component is folded into that component's own probability (the
 *    component is up iff it and that domain are up, and nothing else sees the domain).
 *  - A shared domain only couples the components that live in it, so it is conditioned at the lowest
 *    block containing all of them (its "scope"). Above the scope the block's value already averages
 *    over the domain; parts of a block that contain none of its users are evaluated once, not per state.
 *    A domain whose parent is down is down, so the enumeration does not branch on it.
 * The plan estimates the work in elementary steps before running, so `evaluate` can fall back to Monte
 * Carlo when the exact answer would take too long.
 */
import { COMPONENT, K_OF_N, SERIES, type CompiledSystem } from './compile.ts';
import { combineKOfN, combineSeries, combineThreshold } from './kofn.ts';

export interface ExactPlan {
  /** How many components depend on each domain (directly or through a child domain). */
  domainUsers: Int32Array;
  /** Block at which each domain is conditioned, or -1 when it is folded into its one user or unused. */
  domainScope: Int32Array;
  /** Domains conditioned at node i: scoped[scopedStart[i] .. scopedStart[i + 1]), parents first. */
  scopedStart: Int32Array;
  scoped: Int32Array;
  /** Per component: domains folded into its own probability, and domains it must check are up. */
  foldedStart: Int32Array;
  folded: Int32Array;
  checkedStart: Int32Array;
  checked: Int32Array;
  /** Per entry of `children`: 1 when that part contains a user of a domain conditioned at its block. */
  childDynamic: Uint8Array;
  /** Estimated elementary steps for one evaluation. */
  work: number;
  /** Estimated steps of one evaluation with every conditioned domain's state given (runSampled). */
  sampledWork: number;
  /** Number of domains conditioned on (shared ones). */
  conditioned: number;
}

export interface PlanOptions {
  /** Fold every domain into every component that uses it: the "independent failures" approximation. */
  independent?: boolean;
}

export function planExact(sys: CompiledSystem, options: PlanOptions = {}): ExactPlan {
  const D = sys.domainCount;
  const C = sys.componentCount;
  const N = sys.nodeCount;
  const domainUsers = new Int32Array(D);
  for (let i = 0; i < sys.componentDomains.length; i++) domainUsers[sys.componentDomains[i]!]!++;

  // Scope = lowest common ancestor (in the block tree) of the domain's users.
  const lca = (x: number, y: number): number => {
    while (sys.nodeDepth[x]! > sys.nodeDepth[y]!) x = sys.nodeParent[x]!;
    while (sys.nodeDepth[y]! > sys.nodeDepth[x]!) y = sys.nodeParent[y]!;
    while (x !== y) {
      x = sys.nodeParent[x]!;
      y = sys.nodeParent[y]!;
    }
    return x;
  };
  const domainScope = new Int32Array(D).fill(-1);
  const usersOf: number[][] = Array.from({ length: D }, () => []);
  for (let c = 0; c < C; c++) {
    for (let i = sys.componentDomainStart[c]!; i < sys.componentDomainStart[c + 1]!; i++) usersOf[sys.componentDomains[i]!]!.push(c);
  }
  for (let d = 0; d < D; d++) {
    if (options.independent || domainUsers[d]! < 2) continue;
    let scope = -1;
    for (const c of usersOf[d]!) {
      const leaf = sys.componentNode[c]!;
      scope = scope < 0 ? leaf : lca(scope, leaf);
    }
    domainScope[d] = scope;
  }

  const scopedLists: number[][] = Array.from({ length: N }, () => []);
  for (const d of sys.domainOrder) if (domainScope[d]! >= 0) scopedLists[domainScope[d]!]!.push(d);
  const scopedStart = new Int32Array(N + 1);
  for (let i = 0; i < N; i++) scopedStart[i + 1] = scopedStart[i]! + scopedLists[i]!.length;
  const scoped = Int32Array.from(scopedLists.flat());

  const foldedLists: number[][] = [];
  const checkedLists: number[][] = [];
  for (let c = 0; c < C; c++) {
    const folded: number[] = [];
    const checked: number[] = [];
    for (let i = sys.componentDomainStart[c]!; i < sys.componentDomainStart[c + 1]!; i++) {
      const d = sys.componentDomains[i]!;
      (domainScope[d]! >= 0 ? checked : folded).push(d);
    }
    foldedLists.push(folded);
    checkedLists.push(checked);
  }
  const csr = (lists: number[][]): [Int32Array, Int32Array] => {
    const start = new Int32Array(lists.length + 1);
    lists.forEach((l, i) => (start[i + 1] = start[i]! + l.length));
    return [start, Int32Array.from(lists.flat())];
  };
  const [foldedStart, folded] = csr(foldedLists);
  const [checkedStart, checked] = csr(checkedLists);

  // A part is dynamic at its block when one of its components uses a domain conditioned at the block.
  const childDynamic = new Uint8Array(sys.children.length);
  const childSlot = new Int32Array(N).fill(-1);
  for (let b = 0; b < N; b++) for (let i = sys.childStart[b]!; i < sys.childStart[b + 1]!; i++) childSlot[sys.children[i]!] = i;
  for (let d = 0; d < D; d++) {
    const scope = domainScope[d]!;
    if (scope < 0) continue;
    for (const c of usersOf[d]!) {
      let node = sys.componentNode[c]!;
      while (sys.nodeParent[node]! !== scope) node = sys.nodeParent[node]!;
      childDynamic[childSlot[node]!] = 1;
    }
  }

  // Work estimate, children before parents (post-order numbering).
  const work = new Float64Array(N);
  let sampledWork = 0;
  for (let b = 0; b < N; b++) {
    const kind = sys.nodeKind[b]!;
    if (kind === COMPONENT) {
      const c = sys.nodeComponent[b]!;
      work[b] = 1 + checkedStart[c + 1]! - checkedStart[c]!;
      sampledWork += work[b]!;
      continue;
    }
    const n = sys.childStart[b + 1]! - sys.childStart[b]!;
    const plan = sys.thresholdPlans[b];
    const local = kind === SERIES ? n : kind === K_OF_N ? n * sys.nodeK[b]! : plan ? plan.states + n : Infinity;
    let staticWork = 0;
    let dynamicWork = 0;
    for (let i = sys.childStart[b]!; i < sys.childStart[b + 1]!; i++) {
      if (childDynamic[i]) dynamicWork += work[sys.children[i]!]!;
      else staticWork += work[sys.children[i]!]!;
    }
    const states = countStates(scopedLists[b]!, sys.domainParent);
    work[b] = staticWork + states * (dynamicWork + local + 1);
    sampledWork += local + 1;
  }

  let conditioned = 0;
  for (let d = 0; d < D; d++) if (domainScope[d]! >= 0) conditioned++;
  return { domainUsers, domainScope, scopedStart, scoped, foldedStart, folded, checkedStart, checked, childDynamic, work: work[sys.root]!, sampledWork, conditioned };
}

/**
 * How many branches the enumeration of `list` takes: a domain that is down cuts off its descendants,
 * so f(d) = 1 + prod f(children of d in the list), and the list's count is the product over its roots.
 */
function countStates(list: readonly number[], parent: Int32Array): number {
  if (list.length === 0) return 1;
  const inList = new Set(list);
  const f = new Map<number, number>();
  const nearest = (d: number): number => {
    for (let p = parent[d]!; p >= 0; p = parent[p]!) if (inList.has(p)) return p;
    return -1;
  };
  const childProduct = new Map<number, number>();
  let roots = 1;
  // Parents come first in `list`, so walk it backwards: children are finished before their parents.
  for (let i = list.length - 1; i >= 0; i--) {
    const d = list[i]!;
    const value = 1 + (childProduct.get(d) ?? 1);
    f.set(d, value);
    const p = nearest(d);
    if (p < 0) roots *= value;
    else childProduct.set(p, (childProduct.get(p) ?? 1) * value);
  }
  return roots;
}

export interface ExactEvaluator {
  /**
   * Availability and unavailability of the root, as [a, q], averaged over every state of the domains.
   * Reads the probabilities from the compiled system each time, so callers may change them in between.
   */
  run(): [number, number];
  /** Folds the current probabilities into the components; call once before a series of `runSampled`. */
  prepare(): void;
  /**
   * [a, q] given the domain states the caller wrote into `effectiveUp` for every conditioned domain
   * (nothing is enumerated): one trial of the conditional Monte Carlo estimator.
   */
  runSampled(): [number, number];
  /** Effective state (1 up, 0 down) of each domain: its own state and its parent's. */
  effectiveUp: Uint8Array;
}

export function createExactEvaluator(sys: CompiledSystem, plan: ExactPlan): ExactEvaluator {
  const N = sys.nodeCount;
  const nodeA = new Float64Array(N);
  const nodeQ = new Float64Array(N);
  const accA = new Float64Array(N);
  const accQ = new Float64Array(N);
  const effectiveUp = new Uint8Array(sys.domainCount).fill(1);
  const effA = new Float64Array(sys.componentCount);
  const effQ = new Float64Array(sys.componentCount);
  const dp = new Float64Array(sys.maxK + 1);
  const cur = new Float64Array(sys.maxThresholdLayer);
  const next = new Float64Array(sys.maxThresholdLayer);
  const out = new Float64Array(2);
  const { nodeKind, nodeComponent, childStart, children, nodeK, thresholdPlans, domainA, domainQ, domainParent } = sys;
  const { scopedStart, scoped, checkedStart, checked, childDynamic } = plan;
  let sampled = false;

  // Folded domains join their component's own probability: up iff the component and each of them is up.
  const prepare = (): void => {
    for (let c = 0; c < sys.componentCount; c++) {
      let a = sys.componentA[c]!;
      let q = sys.componentQ[c]!;
      for (let i = plan.foldedStart[c]!; i < plan.foldedStart[c + 1]!; i++) {
        const d = plan.folded[i]!;
        q += a * domainQ[d]!;
        a *= domainA[d]!;
      }
      effA[c] = a;
      effQ[c] = q;
    }
  };

  const combine = (node: number): void => {
    const kind = nodeKind[node]!;
    if (kind === SERIES) combineSeries(nodeA, nodeQ, children, childStart[node]!, childStart[node + 1]!, out);
    else if (kind === K_OF_N) combineKOfN(nodeA, nodeQ, children, childStart[node]!, childStart[node + 1]!, nodeK[node]!, dp, out);
    else combineThreshold(thresholdPlans[node]!, nodeA, nodeQ, children, childStart[node]!, cur, next, out);
  };

  const evalNode = (node: number): void => {
    if (nodeKind[node] === COMPONENT) {
      const c = nodeComponent[node]!;
      for (let i = checkedStart[c]!; i < checkedStart[c + 1]!; i++) {
        if (effectiveUp[checked[i]!] === 0) {
          nodeA[node] = 0;
          nodeQ[node] = 1;
          return;
        }
      }
      nodeA[node] = effA[c]!;
      nodeQ[node] = effQ[c]!;
      return;
    }
    const s0 = scopedStart[node]!;
    const s1 = scopedStart[node + 1]!;
    if (sampled || s0 === s1) {
      for (let i = childStart[node]!; i < childStart[node + 1]!; i++) evalNode(children[i]!);
      combine(node);
      nodeA[node] = out[0]!;
      nodeQ[node] = out[1]!;
      return;
    }
    // Parts that do not see this block's domains do not change with them: evaluate them once.
    for (let i = childStart[node]!; i < childStart[node + 1]!; i++) if (childDynamic[i] === 0) evalNode(children[i]!);
    accA[node] = 0;
    accQ[node] = 0;
    enumerate(node, s0, s1, 1);
    nodeA[node] = accA[node]!;
    nodeQ[node] = accQ[node]!;
  };

  const enumerate = (node: number, i: number, end: number, weight: number): void => {
    if (i === end) {
      for (let j = childStart[node]!; j < childStart[node + 1]!; j++) if (childDynamic[j] === 1) evalNode(children[j]!);
      combine(node);
      accA[node] = accA[node]! + weight * out[0]!;
      accQ[node] = accQ[node]! + weight * out[1]!;
      return;
    }
    const d = scoped[i]!;
    const p = domainParent[d]!;
    if (p >= 0 && effectiveUp[p] === 0) {
      effectiveUp[d] = 0;
      enumerate(node, i + 1, end, weight);
      return;
    }
    const a = domainA[d]!;
    const q = domainQ[d]!;
    if (a > 0) {
      effectiveUp[d] = 1;
      enumerate(node, i + 1, end, weight * a);
    }
    if (q > 0) {
      effectiveUp[d] = 0;
      enumerate(node, i + 1, end, weight * q);
    }
  };

  return {
    effectiveUp,
    prepare,
    run(): [number, number] {
      sampled = false;
      prepare();
      evalNode(sys.root);
      return [nodeA[sys.root]!, nodeQ[sys.root]!];
    },
    runSampled(): [number, number] {
      sampled = true;
      evalNode(sys.root);
      return [nodeA[sys.root]!, nodeQ[sys.root]!];
    },
  };
}
