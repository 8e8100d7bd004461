/**
 * The binary cascade: synchronous rounds over the dependents CSR.
 *
 * Round 0 is the seeds. A node fails in round i when its rule is violated by the failures of rounds
 * < i. Processing the queue wave by wave gives exactly that: while wave i-1 is walked, each dependent
 * counts down the failed weight it can still take and joins wave i when that reaches zero; nodes that
 * join are only walked after wave i-1 is finished. Failure is monotone (a failed node never recovers,
 * counts only go down), so the final set is the least fixed point: it ends on cycles (each node fails
 * at most once) and does not depend on the order of nodes, edges or seeds.
 *
 * Cost: O(seeds + entries walked + nodes touched). Buffers live in a reusable Workspace and are reset
 * through a "touched" list, never by clearing whole arrays.
 */
import { shown } from '../issues.ts';
import { ScenarioError } from './errors.ts';
import { NEVER_U32, type CascadeCore, type Graph } from './types.ts';

export interface Workspace {
  readonly core: CascadeCore;
  /**
   * Per node: -cut while untouched, the failed weight still missing before it fails once touched,
   * 0 once failed. One array read per entry walked, and "touched" is known without another array.
   */
  readonly remaining: Int32Array | Float64Array;
  /** `remaining` of an untouched node (-cut), to restore touched nodes quickly. */
  readonly initial: Int32Array | Float64Array;
  /** The failed nodes of the last run in wave order: order[0 .. count). */
  readonly order: Int32Array;
  count: number;
  /** waveEnd[w] is the end offset in `order` of wave w; waves run 0 .. waveCount - 1. */
  readonly waveEnd: Int32Array;
  waveCount: number;
  /** Nodes whose `remaining` changed, to restore them on the next run. */
  readonly touched: Int32Array;
  touchedCount: number;
}

/** "Never fails" in compact (Int32) counters. */
const INT32_NEVER = 0x7fffffff;

export function createWorkspace(core: CascadeCore): Workspace {
  const n = core.nodeCount;
  const cut = core.cut;
  // Int32 halves the memory walked when no node can accumulate INT32_NEVER of failed weight: then a
  // finite cut fits, and a "never" node, starting from the sentinel, cannot be counted down to 0.
  const compact = core.maxLoad < INT32_NEVER;
  const initial = compact ? new Int32Array(n) : new Float64Array(n);
  const neverValue = compact ? INT32_NEVER : Infinity;
  const u32 = cut instanceof Uint32Array;
  for (let i = 0; i < n; i++) {
    const c = cut[i]!;
    initial[i] = c === Infinity || (u32 && c === NEVER_U32) ? -neverValue : -c;
  }
  return {
    core,
    remaining: initial.slice(),
    initial,
    order: new Int32Array(n),
    count: 0,
    waveEnd: new Int32Array(n + 1),
    waveCount: 0,
    touched: new Int32Array(n),
    touchedCount: 0,
  };
}

/** Clears what the previous run left, in time proportional to what it touched. */
export function resetWorkspace(ws: Workspace): void {
  const { remaining, initial, touched } = ws;
  if (ws.touchedCount > remaining.length >>> 3) {
    remaining.set(initial); // a bulk copy beats scattered writes once much of the graph was touched
  } else {
    for (let i = 0; i < ws.touchedCount; i++) {
      const a = touched[i]!;
      remaining[a] = initial[a]!;
    }
  }
  ws.count = 0;
  ws.touchedCount = 0;
  ws.waveCount = 0;
}

/**
 * A compiled graph (or its cascade core), as the functions taking one need: a scenario passed where a
 * graph is expected is a ScenarioError saying to compile it first, not a TypeError from the kernel.
 */
export function checkGraph(graph: unknown, caller: string, coreOnly = false): asserts graph is Graph {
  const g = graph as Partial<Graph> | null;
  if (typeof g !== 'object' || g === null || !(g.dependentsStart instanceof Int32Array) || (!coreOnly && !(g.index instanceof Map)) || typeof g.nodeCount !== 'number') {
    const scenario = typeof g === 'object' && g !== null && Array.isArray((g as { nodes?: unknown }).nodes);
    throw new ScenarioError(`${caller} needs a compiled graph${scenario ? ': this is a scenario, pass compile(scenario) instead' : `, got ${shown(graph)}`}`, ['graph']);
  }
}

/**
 * Runs a cascade from seed indices (the first seedCount entries; duplicates are ignored) and returns
 * the number of failed nodes. Results stay in the workspace until the next run. No allocation.
 */
export function runCascade(ws: Workspace, seeds: ArrayLike<number>, seedCount: number = seeds.length): number {
  const n = ws.core.nodeCount;
  // Check every seed before touching the workspace, so a bad one leaves it consistent.
  if (seeds === null || typeof seeds !== 'object' || typeof seeds.length !== 'number') throw new ScenarioError(`seeds must be a list of node indices, got ${shown(seeds)}`, ['seeds']);
  if (!Number.isInteger(seedCount) || seedCount < 0 || seedCount > seeds.length) throw new ScenarioError(`seedCount must be a whole number from 0 to ${seeds.length}, got ${shown(seedCount)}`, ['seedCount']);
  for (let i = 0; i < seedCount; i++) {
    const s: unknown = seeds[i];
    if (typeof s !== 'number' || !Number.isInteger(s)) throw new ScenarioError(`seed index ${shown(s)} is not a whole number (seeds here are node indices; use cascade() for ids)`, ['seeds', i]);
    if (s < 0 || s >= n) throw new ScenarioError(`seed index ${s} is out of range (the graph has ${n} nodes: 0 to ${n - 1})`, ['seeds', i]);
  }
  resetWorkspace(ws);
  const { remaining, order, touched } = ws;
  let tail = 0;
  for (let i = 0; i < seedCount; i++) {
    const s = seeds[i]!;
    if (remaining[s] !== 0) {
      remaining[s] = 0;
      touched[tail] = s;
      order[tail++] = s;
    }
  }
  ws.count = tail;
  ws.touchedCount = tail;
  if (tail === 0) return 0;
  ws.waveEnd[0] = tail;
  ws.waveCount = 1;
  return propagate(ws);
}

/** Walks the queue wave by wave until no node fails any more. */
function propagate(ws: Workspace): number {
  const core = ws.core;
  const start = core.dependentsStart;
  const dependents = core.dependents;
  const weight = core.dependentWeight;
  const { remaining, order, touched, waveEnd } = ws;
  let head = 0;
  let tail = ws.count;
  let touchedCount = ws.touchedCount;
  let waveCount = ws.waveCount;
  let end = waveEnd[waveCount - 1]!;
  // Two copies of the loop so the common unweighted case has no per-entry weight read.
  if (weight === null) {
    while (head < tail) {
      const b = order[head++]!;
      for (let e = start[b]!, stop = start[b + 1]!; e < stop; e++) {
        const a = dependents[e]!;
        let r = remaining[a]!;
        if (r === 0) continue; // already failed
        if (r < 0) {
          r = -r; // first touch
          touched[touchedCount++] = a;
        }
        r -= 1;
        remaining[a] = r;
        if (r === 0) order[tail++] = a;
      }
      if (head === end && tail > end) {
        waveEnd[waveCount++] = tail;
        end = tail;
      }
    }
  } else {
    while (head < tail) {
      const b = order[head++]!;
      for (let e = start[b]!, stop = start[b + 1]!; e < stop; e++) {
        const a = dependents[e]!;
        let r = remaining[a]!;
        if (r === 0) continue;
        if (r < 0) {
          r = -r;
          touched[touchedCount++] = a;
        }
        r -= weight[e]!;
        if (r <= 0) {
          remaining[a] = 0;
          order[tail++] = a;
        } else {
          remaining[a] = r;
        }
      }
      if (head === end && tail > end) {
        waveEnd[waveCount++] = tail;
        end = tail;
      }
    }
  }
  ws.count = tail;
  ws.touchedCount = touchedCount;
  ws.waveCount = waveCount;
  return tail;
}

const workspaces = new WeakMap<CascadeCore, Workspace>();

/** A workspace kept per graph for the convenience functions (all synchronous, so never shared mid-run). */
export function sharedWorkspace(core: CascadeCore): Workspace {
  let ws = workspaces.get(core);
  if (ws === undefined) {
    ws = createWorkspace(core);
    workspaces.set(core, ws);
  }
  return ws;
}

export interface IndexCascadeResult {
  /** Failed node indices in wave order. */
  failed: Int32Array;
  /** Wave w is failed[waveOffsets[w] .. waveOffsets[w + 1]). */
  waveOffsets: Int32Array;
}

/** The fast entry point: seed indices in, typed arrays out (copied out of the shared workspace). */
export function cascadeIndices(graph: CascadeCore, seeds: ArrayLike<number>): IndexCascadeResult {
  checkGraph(graph, 'cascadeIndices', true);
  const ws = sharedWorkspace(graph);
  runCascade(ws, seeds);
  const waveOffsets = new Int32Array(ws.waveCount + 1);
  waveOffsets.set(ws.waveEnd.subarray(0, ws.waveCount), 1);
  return { failed: ws.order.slice(0, ws.count), waveOffsets };
}

export interface CascadeResult {
  /** Every failed node, wave by wave. */
  failed: string[];
  /** waves[0] is the seeds; waves[i] the nodes that failed in round i. Each wave is in scenario order. */
  waves: string[][];
}

/** Node indices of seed ids; unknown ids throw a ScenarioError. */
export function seedIndices(graph: Graph, seeds: readonly string[]): Int32Array {
  if (!Array.isArray(seeds)) throw new ScenarioError(`seeds must be a list of node ids, got ${shown(seeds)}`, ['seeds']);
  const out = new Int32Array(seeds.length);
  for (let i = 0; i < seeds.length; i++) {
    const index = graph.index.get(seeds[i]!);
    if (index === undefined) throw new ScenarioError(`unknown seed ${shown(seeds[i])}: no node has this id`, ['seeds', i]);
    out[i] = index;
  }
  return out;
}

export function cascade(graph: Graph, seeds: readonly string[]): CascadeResult {
  checkGraph(graph, 'cascade');
  const ws = sharedWorkspace(graph);
  runCascade(ws, seedIndices(graph, seeds));
  return namedWaves(graph, ws);
}

/** The waves of the last run of ws as ids, each wave sorted by node index so output is stable. */
export function namedWaves(graph: Graph, ws: Workspace): CascadeResult {
  const ids = graph.ids;
  const failed = new Array<string>(ws.count);
  const waves: string[][] = [];
  let from = 0;
  let k = 0;
  for (let w = 0; w < ws.waveCount; w++) {
    const to = ws.waveEnd[w]!;
    const wave = ws.order.slice(from, to).sort();
    const names = new Array<string>(wave.length);
    for (let i = 0; i < wave.length; i++) {
      const id = ids[wave[i]!]!;
      names[i] = id;
      failed[k++] = id;
    }
    waves.push(names);
    from = to;
  }
  return { failed, waves };
}
