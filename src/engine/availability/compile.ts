/**
 * From a validated system description to flat typed arrays that the exact evaluator and the Monte Carlo
 * loop walk without allocating. Blocks are numbered in post-order (children before their block, the root
 * last), so a single forward pass evaluates the structure bottom-up.
 *
 * Beta-factor groups become extra domains here ("common-cause" domains): see README.md, "Beta factor".
 */
import { ancestorsOf, buildForest } from './domains.ts';
import { formatPath, type ErrorPath } from './errors.ts';
import { planThreshold, thresholdTolerance, type ThresholdPlan } from './kofn.ts';
import { probabilityOf, type Prob } from './probability.ts';
import type { Block, SystemDescription } from './types.ts';

export const COMPONENT = 0;
export const SERIES = 1;
export const K_OF_N = 2;
export const THRESHOLD = 3;

export type ElementKind = 'component' | 'domain' | 'common-cause';

/** Something whose availability can be improved: a component, a domain, or a beta group's common cause. */
export interface ElementInfo {
  kind: ElementKind;
  id: string;
  label: string;
  /** Where it is defined in the description: ['root', 'parts', 1] or ['domains', 0]. */
  path: ErrorPath;
}

export interface CompiledSystem {
  domainCount: number;
  /** Own availability / unavailability of each domain (user domains in input order, then common causes). */
  domainA: Float64Array;
  domainQ: Float64Array;
  domainParent: Int32Array;
  domainDepth: Int32Array;
  /** Parents before children. */
  domainOrder: Int32Array;
  domains: ElementInfo[];

  componentCount: number;
  /** Own (independent) availability of each component, after a beta split. */
  componentA: Float64Array;
  componentQ: Float64Array;
  /** Every domain a component depends on (listed ones, their ancestors, its common cause), deduplicated. */
  componentDomainStart: Int32Array;
  componentDomains: Int32Array;
  componentNode: Int32Array;
  components: ElementInfo[];

  nodeCount: number;
  root: number;
  nodeKind: Uint8Array;
  nodeParent: Int32Array;
  nodeDepth: Int32Array;
  /** Children of node i: children[childStart[i] .. childStart[i + 1]). */
  childStart: Int32Array;
  children: Int32Array;
  /** Weight of each entry of `children` (threshold blocks; 1 elsewhere). */
  childWeight: Float64Array;
  nodeK: Int32Array;
  nodeComponent: Int32Array;
  nodeThreshold: Float64Array;
  nodeTolerance: Float64Array;
  nodeStrict: Uint8Array;
  thresholdPlans: (ThresholdPlan | null)[];
  nodePath: ErrorPath[];
  maxK: number;
  maxThresholdLayer: number;
  /** False when some threshold block has too many distinct partial sums for the exact method. */
  thresholdsTractable: boolean;
}

export interface CompileOptions {
  /** Cap on the states of one threshold block's exact plan. */
  maxThresholdStates?: number;
}

/** A beta-group member's independent part (see addCommonCause): increasing in the member's own q. */
export function independentPart(own: Prob, beta: number): Prob {
  if (beta === 1) return own.q === 1 ? { a: 0, q: 1 } : { a: 1, q: 0 };
  const rest = 1 - beta * own.q;
  return { a: own.a / rest, q: ((1 - beta) * own.q) / rest };
}

/**
 * Threshold weights scaled by a power of two so the largest is in [0.5, 1): exact (only the exponent
 * changes), and their sum can neither overflow (1e308 + 1e308) nor vanish below the comparison tolerance.
 */
export function normalisedWeights(weights: readonly number[]): number[] {
  let max = 0;
  for (const w of weights) if (w > max) max = w; // a loop: Math.max(...list) overflows the stack on long lists
  if (max === 0) return [...weights];
  const exponent = Math.floor(Math.log2(max)) + 1;
  // Two factors, each representable, for exponents near the ends of the double range.
  const half = Math.trunc(exponent / 2);
  const f1 = 2 ** -half;
  const f2 = 2 ** -(exponent - half);
  return weights.map((w) => w * f1 * f2);
}

export function compileSystem(system: SystemDescription, options: CompileOptions = {}): CompiledSystem {
  // 2^18 states: about 200 ms to find a block out of reach (npm run bench, the 1,000-weight threshold).
  const maxThresholdStates = options.maxThresholdStates ?? 1 << 18;
  const userDomains = system.domains ?? [];
  const forest = buildForest(userDomains);

  const domainProbs: Prob[] = userDomains.map((d) => probabilityOf(d));
  const domainParent: number[] = Array.from(forest.parent);
  const domains: ElementInfo[] = userDomains.map((d, i) => ({ kind: 'domain', id: d.id, label: d.label ?? d.id, path: ['domains', i] }));

  const componentProbs: Prob[] = [];
  const componentDomainLists: number[][] = [];
  const components: ElementInfo[] = [];
  const componentNode: number[] = [];

  const nodeKind: number[] = [];
  const nodeChildren: number[][] = [];
  const nodeWeights: number[][] = [];
  const nodeK: number[] = [];
  const nodeComponent: number[] = [];
  const nodeThreshold: number[] = [];
  const nodeTolerance: number[] = [];
  const nodeStrict: number[] = [];
  const thresholdPlans: (ThresholdPlan | null)[] = [];
  const nodePath: ErrorPath[] = [];
  let maxK = 1;
  let maxThresholdLayer = 1;
  let thresholdsTractable = true;

  const closureOf = (ids: readonly string[]): number[] => {
    const set = new Set<number>();
    for (const id of ids) for (const d of ancestorsOf(forest, forest.index.get(id)!)) set.add(d);
    return [...set].sort((x, y) => x - y);
  };

  const addNode = (path: ErrorPath): number => {
    const node = nodeKind.length;
    nodeKind.push(0);
    nodeChildren.push([]);
    nodeWeights.push([]);
    nodeK.push(0);
    nodeComponent.push(-1);
    nodeThreshold.push(0);
    nodeTolerance.push(0);
    nodeStrict.push(0);
    thresholdPlans.push(null);
    nodePath.push(path);
    return node;
  };

  const visit = (block: Block, path: ErrorPath): number => {
    if (block.type === 'component') {
      const node = addNode(path);
      const c = components.length;
      nodeKind[node] = COMPONENT;
      nodeComponent[node] = c;
      const name = block.id ?? formatPath(path);
      components.push({ kind: 'component', id: name, label: block.label ?? name, path });
      componentProbs.push(probabilityOf(block));
      componentDomainLists.push(closureOf(block.domains ?? []));
      componentNode.push(node);
      return node;
    }
    const childNodes = block.parts.map((part, j) => visit(part, [...path, 'parts', j]));
    const node = addNode(path);
    nodeChildren[node] = childNodes;
    nodeWeights[node] = block.type === 'threshold' ? [...block.weights] : childNodes.map(() => 1);
    if (block.type === 'series') nodeKind[node] = SERIES;
    else if (block.type === 'k-of-n') {
      nodeKind[node] = K_OF_N;
      nodeK[node] = block.k;
      maxK = Math.max(maxK, block.k);
    } else {
      nodeKind[node] = THRESHOLD;
      const weights = normalisedWeights(block.weights);
      nodeWeights[node] = weights;
      const total = weights.reduce((s, w) => s + w, 0);
      const strict = block.comparison === 'more-than';
      nodeThreshold[node] = block.share * total;
      nodeTolerance[node] = thresholdTolerance(total);
      nodeStrict[node] = strict ? 1 : 0;
      const plan = planThreshold(weights, block.share, strict, maxThresholdStates);
      thresholdPlans[node] = plan;
      if (plan === null) thresholdsTractable = false;
      else maxThresholdLayer = Math.max(maxThresholdLayer, plan.maxLayer);
    }
    if ((block.type === 'k-of-n' || block.type === 'threshold') && block.beta !== undefined && block.beta > 0) {
      addCommonCause(block.beta, childNodes, path);
    }
    return node;
  };

  // Beta factor (README.md, "Beta factor"): the group's common cause is a domain with
  // q_C = beta * min q_i over its members, and member i keeps the independent part it would have if the
  // common cause were its own beta share: (1 - q_ind)(1 - beta q_i) = 1 - q_i, i.e.
  // q_ind = (1 - beta) q_i / (1 - beta q_i). q_ind depends on the member's own availability only and
  // q_C never rises when a member improves, so raising any availability never lowers the answer.
  // Members as available as the best one keep their availability exactly; the others come out better
  // by the factor (1 - q_C) / (1 - beta q_i).
  const addCommonCause = (beta: number, memberNodes: readonly number[], path: ErrorPath): void => {
    const members = memberNodes.map((n) => nodeComponent[n]!);
    let minQ = Infinity;
    for (const c of members) minQ = Math.min(minQ, componentProbs[c]!.q);
    const qC = beta * minQ;
    const d = domains.length;
    domains.push({ kind: 'common-cause', id: `${formatPath(path)}#common-cause`, label: `common cause of ${formatPath(path)} (beta ${beta})`, path });
    domainProbs.push({ a: 1 - qC, q: qC });
    domainParent.push(-1);
    for (const c of members) {
      componentProbs[c] = independentPart(componentProbs[c]!, beta);
      componentDomainLists[c]!.push(d);
    }
  };

  const root = visit(system.root, ['root']);

  const nodeCount = nodeKind.length;
  const nodeParent = new Int32Array(nodeCount).fill(-1);
  const childStart = new Int32Array(nodeCount + 1);
  for (let i = 0; i < nodeCount; i++) childStart[i + 1] = childStart[i]! + nodeChildren[i]!.length;
  const children = new Int32Array(childStart[nodeCount]!);
  const childWeight = new Float64Array(children.length);
  for (let i = 0; i < nodeCount; i++) {
    nodeChildren[i]!.forEach((c, j) => {
      children[childStart[i]! + j] = c;
      childWeight[childStart[i]! + j] = nodeWeights[i]![j]!;
      nodeParent[c] = i;
    });
  }
  const nodeDepth = new Int32Array(nodeCount);
  for (let i = nodeCount - 1; i >= 0; i--) if (nodeParent[i]! >= 0) nodeDepth[i] = nodeDepth[nodeParent[i]!]! + 1;

  const domainCount = domains.length;
  const domainDepth = new Int32Array(domainCount);
  for (let i = 0; i < domainCount; i++) domainDepth[i] = i < forest.depth.length ? forest.depth[i]! : 0;
  const domainOrder = Int32Array.from({ length: domainCount }, (_, i) => i).sort((x, y) => domainDepth[x]! - domainDepth[y]! || x - y);

  const componentCount = components.length;
  const componentDomainStart = new Int32Array(componentCount + 1);
  for (let c = 0; c < componentCount; c++) componentDomainStart[c + 1] = componentDomainStart[c]! + componentDomainLists[c]!.length;

  return {
    domainCount,
    domainA: Float64Array.from(domainProbs, (p) => p.a),
    domainQ: Float64Array.from(domainProbs, (p) => p.q),
    domainParent: Int32Array.from(domainParent),
    domainDepth,
    domainOrder,
    domains,
    componentCount,
    componentA: Float64Array.from(componentProbs, (p) => p.a),
    componentQ: Float64Array.from(componentProbs, (p) => p.q),
    componentDomainStart,
    componentDomains: Int32Array.from(componentDomainLists.flat()),
    componentNode: Int32Array.from(componentNode),
    components,
    nodeCount,
    root,
    nodeKind: Uint8Array.from(nodeKind),
    nodeParent,
    nodeDepth,
    childStart,
    children,
    childWeight,
    nodeK: Int32Array.from(nodeK),
    nodeComponent: Int32Array.from(nodeComponent),
    nodeThreshold: Float64Array.from(nodeThreshold),
    nodeTolerance: Float64Array.from(nodeTolerance),
    nodeStrict: Uint8Array.from(nodeStrict),
    thresholdPlans,
    nodePath,
    maxK,
    maxThresholdLayer,
    thresholdsTractable,
  };
}
