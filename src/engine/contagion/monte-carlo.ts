/**
 * Monte Carlo over random failures: in each trial every node fails on its own with its probability,
 * and every correlated group (e.g. everything hosted on one provider) fails as a whole with the group's
 * probability; the cascade then runs from those seeds.
 *
 * - Sampling skips ahead geometrically inside each bucket of equal probabilities, so a trial costs
 *   O(seeds drawn + cascade), not O(nodes).
 * - The generator is seeded (random.ts) and consumed in a fixed order, so equal seeds give equal results
 *   whatever the chunk size.
 * - Built for web workers: createMonteCarlo() returns a step API (run N more trials, read partial
 *   results, stop whenever you like; the simulator's worker yields between steps so an abort is seen);
 *   monteCarlo() runs to the end synchronously with progress callbacks and an AbortSignal checked
 *   between chunks.
 * - Options are validated (options.ts): a bad one is a ScenarioError naming it, never a TypeError.
 */
import { checkGraph, createWorkspace, runCascade } from './cascade.ts';
import { checkMonteCarloOptions } from './options.ts';
import { createRandom, type Random } from './random.ts';
import { meanInterval, wilsonInterval } from '../statistics.ts';
import type { Graph } from './types.ts';

export interface FailureGroup {
  id: string;
  /** Probability that the whole group fails in a trial. */
  probability: number;
  members: readonly string[];
}

export interface MonteCarloProgress {
  done: number;
  total: number;
}

export interface MonteCarloOptions {
  trials: number;
  /** A whole number below 2^53 in size, or a string. Equal seeds give equal results. Default 1. */
  seed?: number | string;
  /** Independent failure probability per trial: one value for every node, or per node id (others 0). */
  nodeProbability?: number | Readonly<Record<string, number>> | ReadonlyMap<string, number>;
  /** Correlated failure domains. */
  groups?: readonly FailureGroup[];
  /** Confidence level of the intervals, in (0, 1); default 0.95. */
  confidence?: number;
  /** Trials between progress reports and abort checks; default 1000. */
  chunkSize?: number;
  onProgress?: (progress: MonteCarloProgress) => void;
  signal?: AbortSignal;
}

export interface NodeFailureEstimate {
  id: string;
  type: string;
  failures: number;
  probability: number;
  /** Wilson score interval. */
  low: number;
  high: number;
}

export interface TypeFailureEstimate {
  type: string;
  /** Number of nodes of this type. */
  nodes: number;
  /** Mean number of failed nodes of this type per trial, with a normal interval. */
  meanFailed: number;
  low: number;
  high: number;
  /** Probability that at least one node of this type fails, with a Wilson interval. */
  probabilityAny: number;
  anyLow: number;
  anyHigh: number;
}

export interface MonteCarloResult {
  trials: number;
  confidence: number;
  z: number;
  /** One entry per node, in scenario order. */
  nodes: NodeFailureEstimate[];
  types: TypeFailureEstimate[];
  totalFailed: {
    mean: number;
    low: number;
    high: number;
    /** histogram[k] = number of trials in which exactly k nodes failed. */
    histogram: Uint32Array;
  };
}

export interface MonteCarloRun {
  readonly total: number;
  readonly done: number;
  /** Runs up to maxTrials more trials (default: chunkSize); returns true when all trials are done. */
  step(maxTrials?: number): boolean;
  /** Estimates from the trials done so far. */
  result(): MonteCarloResult;
}

interface Bucket {
  probability: number;
  /** log(1 - p), for geometric skipping. */
  logMiss: number;
  members: Int32Array;
}

export function createMonteCarlo(graph: Graph, options: MonteCarloOptions): MonteCarloRun {
  checkGraph(graph, 'createMonteCarlo');
  const checked = checkMonteCarloOptions(graph, options);
  const { trials: total, confidence, z, chunkSize } = checked;
  const n = graph.nodeCount;
  const random = createRandom(checked.seed, ['options', 'seed']);
  const nodeBuckets = bucketsOf(checked.nodeProbability);
  const groupMembers = checked.groups.map((g) => g.members);
  const groupProbability = Float64Array.from(checked.groups, (g) => g.probability);
  let memberTotal = 0;
  for (const members of groupMembers) memberTotal += members.length;
  const groupBuckets = bucketsOf(groupProbability);

  const ws = createWorkspace(graph);
  const seeds = new Int32Array(n + memberTotal);
  const nodeFailures = new Uint32Array(n);
  const typeCount = new Int32Array(graph.types.length);
  const touchedTypes = new Int32Array(graph.types.length);
  const typeSum = new Float64Array(graph.types.length);
  const typeSumSquares = new Float64Array(graph.types.length);
  const typeAny = new Uint32Array(graph.types.length);
  const histogram = new Uint32Array(n + 1);
  const typeOf = graph.typeOf;
  let sum = 0;
  let sumSquares = 0;
  let done = 0;

  const trial = (): void => {
    let seedCount = 0;
    for (const bucket of nodeBuckets) {
      seedCount = sample(bucket, random, seeds, seedCount, null);
    }
    for (const bucket of groupBuckets) {
      seedCount = sample(bucket, random, seeds, seedCount, groupMembers);
    }
    const count = runCascade(ws, seeds, seedCount);
    const order = ws.order;
    let touched = 0;
    for (let k = 0; k < count; k++) {
      const i = order[k]!;
      nodeFailures[i]!++;
      const t = typeOf[i]!;
      if (typeCount[t]!++ === 0) touchedTypes[touched++] = t;
    }
    for (let k = 0; k < touched; k++) {
      const t = touchedTypes[k]!;
      const c = typeCount[t]!;
      typeSum[t]! += c;
      typeSumSquares[t]! += c * c;
      typeAny[t]!++;
      typeCount[t] = 0;
    }
    sum += count;
    sumSquares += count * count;
    histogram[count]!++;
  };

  const result = (): MonteCarloResult => {
    const nodes: NodeFailureEstimate[] = new Array(n);
    const typeSize = new Int32Array(graph.types.length);
    for (let i = 0; i < n; i++) {
      const failures = nodeFailures[i]!;
      const [low, high] = wilsonInterval(failures, done, z);
      nodes[i] = { id: graph.ids[i]!, type: graph.types[typeOf[i]!]!, failures, probability: done ? failures / done : 0, low, high };
      typeSize[typeOf[i]!]!++;
    }
    const types = graph.types.map((type, t): TypeFailureEstimate => {
      const [meanFailed, low, high] = meanInterval(typeSum[t]!, typeSumSquares[t]!, done, z, 0, typeSize[t]!);
      const [anyLow, anyHigh] = wilsonInterval(typeAny[t]!, done, z);
      return { type, nodes: typeSize[t]!, meanFailed, low, high, probabilityAny: done ? typeAny[t]! / done : 0, anyLow, anyHigh };
    });
    const [mean, low, high] = meanInterval(sum, sumSquares, done, z, 0, n);
    return { trials: done, confidence, z, nodes, types, totalFailed: { mean, low, high, histogram: histogram.slice() } };
  };

  return {
    total,
    get done() {
      return done;
    },
    step(maxTrials = chunkSize) {
      const stop = Math.min(total, done + maxTrials);
      while (done < stop) {
        trial();
        done++;
      }
      return done >= total;
    },
    result,
  };
}

/** Runs every trial synchronously; progress after each chunk; the signal is checked between chunks. */
export function monteCarlo(graph: Graph, options: MonteCarloOptions): MonteCarloResult {
  const run = createMonteCarlo(graph, options);
  options.signal?.throwIfAborted();
  while (!run.step()) {
    options.onProgress?.({ done: run.done, total: run.total });
    options.signal?.throwIfAborted();
  }
  options.onProgress?.({ done: run.done, total: run.total });
  return run.result();
}

/** Groups indices by equal probability (skipping zeros), in a deterministic order. */
function bucketsOf(probability: Float64Array): Bucket[] {
  const byValue = new Map<number, number[]>();
  for (let i = 0; i < probability.length; i++) {
    const p = probability[i]!;
    if (p === 0) continue;
    let list = byValue.get(p);
    if (list === undefined) byValue.set(p, (list = []));
    list.push(i);
  }
  return [...byValue.entries()].map(([p, members]) => ({ probability: p, logMiss: Math.log1p(-p), members: Int32Array.from(members) }));
}

/**
 * Draws the members of a bucket that fail in this trial: the gap to the next failure is geometric,
 * floor(log(U) / log(1 - p)), which has exactly the distribution of independent Bernoulli(p) draws.
 * With groups, a drawn group adds all its members.
 */
function sample(bucket: Bucket, random: Random, seeds: Int32Array, count: number, groups: Int32Array[] | null): number {
  const members = bucket.members;
  const length = members.length;
  const certain = bucket.probability >= 1;
  let i = -1;
  for (;;) {
    if (certain) i++;
    else i += 1 + Math.floor(Math.log(1 - random.next()) / bucket.logMiss);
    if (i >= length) return count;
    const m = members[i]!;
    if (groups === null) {
      seeds[count++] = m;
    } else {
      const group = groups[m]!;
      seeds.set(group, count);
      count += group.length;
    }
  }
}
