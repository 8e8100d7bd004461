/**
 * Benchmark of the contagion engine (run through bench/run.ts). Every figure is measured in this run;
 * the baseline is the same cascade written plainly with graphology, on the same graph and seeds.
 *
 *  1. A random 1,000,000-node / 5,000,000-edge dependency graph with mixed rules: compile time and memory
 *     (typed arrays and heap delta), cascade time, and the ratio against graphology (target >= 10x).
 *  2. The simulator's random layered graph (the one its editor generates, src/features/simulator/
 *     random-scenario.ts) at 10,000 components: Monte Carlo trials per second with about one random
 *     failure per trial, raw single-seed cascades per second (target >= 10,000/s), and blastRadius()
 *     (target < 1 s).
 */
import Graph from 'graphology';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import {
  blastRadius,
  cascade,
  cascadeIndices,
  compile,
  createRandom,
  createWorkspace,
  graphByteLength,
  monteCarlo,
  runCascade,
  toScenario,
  type Random,
  type Rule,
  type Scenario,
} from '../src/engine/contagion/index.ts';
import { randomScenario } from '../src/features/simulator/random-scenario.ts';

export interface BenchCheck {
  name: string;
  pass: boolean;
  detail: string;
}

const MB = 1e6;
const TYPES = ['cloud_region', 'cloud_service', 'hosting_provider', 'rpc_provider', 'chain', 'wallet', 'frontend', 'cex'];

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function memory(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const int = (x: number): string => Math.round(x).toLocaleString('en-US');

/** Edges as typed arrays: exactly m edges, no self-loops, no duplicate (from, to) pairs. */
function randomEdges(n: number, m: number, random: Random): { from: Int32Array; to: Int32Array } {
  const outDegree = new Int32Array(n);
  for (let e = 0; e < m; e++) outDegree[random.nextUint32() % n]!++;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  let e = 0;
  for (let a = 0; a < n; a++) {
    const first = e;
    for (let k = 0; k < outDegree[a]!; k++) {
      let b: number;
      let clash: boolean;
      do {
        b = random.nextUint32() % n;
        clash = b === a;
        for (let j = first; j < e && !clash; j++) clash = to[j] === b;
      } while (clash);
      from[e] = a;
      to[e] = b;
      e++;
    }
  }
  return { from, to };
}

interface RuleSpec {
  kind: 0 | 1 | 2 | 3; // all, any, atLeast, threshold (> 1/3, weighted)
  k: number;
}

/** Mixed rules: half `all`, a fifth `any`, the rest majority k-of-n or stake-like thresholds. */
function ruleSpecs(n: number, degree: Int32Array, random: Random): RuleSpec[] {
  return Array.from({ length: n }, (_, i): RuleSpec => {
    const r = random.next();
    const d = degree[i]!;
    if (d === 0 || r < 0.5) return { kind: 0, k: 0 };
    if (r < 0.7) return { kind: 1, k: 0 };
    if (r < 0.85) return { kind: 2, k: Math.ceil(d / 2) };
    return { kind: 3, k: 0 };
  });
}

function toRule(spec: RuleSpec): Rule | undefined {
  switch (spec.kind) {
    case 0:
      return undefined;
    case 1:
      return { kind: 'any' };
    case 2:
      return { kind: 'atLeast', k: spec.k };
    case 3:
      return { kind: 'threshold', fraction: 1 / 3, strict: true };
  }
}

interface PlainNode {
  kind: number;
  k: number;
  dependencies: number;
  totalWeight: number;
}

/** The baseline: the same synchronous cascade, written plainly over a graphology graph. */
function graphologyCascade(graph: Graph<PlainNode, { weight: number }>, seeds: readonly string[]): { failed: number; waves: number } {
  const failed = new Set<string>();
  const failedCount = new Map<string, number>();
  const failedWeight = new Map<string, number>();
  let frontier: string[] = [];
  for (const s of seeds) {
    if (!failed.has(s)) {
      failed.add(s);
      frontier.push(s);
    }
  }
  let waves = frontier.length > 0 ? 1 : 0;
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const b of frontier) {
      // In-edges of b come from the nodes that depend on b.
      graph.forEachInEdge(b, (_edge, attributes, a, _b, node) => {
        if (failed.has(a)) return;
        const count = (failedCount.get(a) ?? 0) + 1;
        const weight = (failedWeight.get(a) ?? 0) + attributes.weight;
        failedCount.set(a, count);
        failedWeight.set(a, weight);
        let broken: boolean;
        if (node.kind === 0) broken = count >= 1;
        else if (node.kind === 1) broken = count === node.dependencies;
        else if (node.kind === 2) broken = node.dependencies - count < node.k;
        else broken = weight * 3 > node.totalWeight; // failed share > 1/3, in integers
        if (broken) {
          failed.add(a);
          next.push(a);
        }
      });
    }
    frontier = next;
    if (next.length > 0) waves++;
  }
  return { failed: failed.size, waves };
}

function bigGraph(log: (line: string) => void): BenchCheck[] {
  const n = 1_000_000;
  const m = 5_000_000;
  const seedCount = 1000;
  const random = createRandom('contagion-bench-1m');
  log(`\n## Cascade on a random graph: ${int(n)} nodes, ${int(m)} edges`);

  const [{ from, to }, genMs] = time(() => randomEdges(n, m, random));
  const degree = new Int32Array(n);
  for (let e = 0; e < m; e++) degree[from[e]!]!++;
  const specs = ruleSpecs(n, degree, random);
  const weight = new Uint8Array(m);
  for (let e = 0; e < m; e++) weight[e] = specs[from[e]!]!.kind === 3 ? 1 + (random.nextUint32() % 4) : 1;
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  const seeds: string[] = [];
  const seedSet = new Set<number>();
  while (seedSet.size < seedCount) seedSet.add(random.nextUint32() % n);
  for (const s of seedSet) seeds.push(ids[s]!);
  const seedIndex = Int32Array.from(seedSet);
  log(`generated in ${fmt(genMs)}; rules: 50% all, 20% any, 15% majority k-of-n, 15% threshold > 1/3 with weights 1-4; ${seedCount} random seeds`);

  // --- engine: compile from a Scenario of plain objects --------------------------------------
  let scenario: Scenario | null = {
    nodes: ids.map((id, i) => {
      const rule = toRule(specs[i]!);
      return rule ? { id, type: TYPES[i % TYPES.length]!, rule } : { id, type: TYPES[i % TYPES.length]! };
    }),
    edges: Array.from({ length: m }, (_, e) => (weight[e] === 1 ? { from: ids[from[e]!]!, to: ids[to[e]!]! } : { from: ids[from[e]!]!, to: ids[to[e]!]!, weight: weight[e]! })),
  };
  const before = memory();
  const [graph, compileMs] = time(() => compile(scenario!));
  const heapDelta = memory() - before;
  scenario = null;
  const typed = graphByteLength(graph);
  log(`engine compile: ${fmt(compileMs)}`);
  log(`memory of the compiled graph: typed arrays ${(typed / MB).toFixed(1)} MB; heap delta (heapUsed + arrayBuffers, ids and id index included) ${(heapDelta / MB).toFixed(1)} MB`);

  // --- engine cascades -----------------------------------------------------------------------
  const engineIndexMs: number[] = [];
  const engineStringMs: number[] = [];
  let engineFailed = 0;
  let engineWaves = 0;
  for (let r = 0; r < 5; r++) {
    const [result, ms] = time(() => cascadeIndices(graph, seedIndex));
    engineIndexMs.push(ms);
    engineFailed = result.failed.length;
    engineWaves = result.waveOffsets.length - 1;
    const [named, ms2] = time(() => cascade(graph, seeds));
    engineStringMs.push(ms2);
    if (named.failed.length !== engineFailed) throw new Error('string and index APIs disagree');
  }
  log(`engine cascade: ${int(engineFailed)} nodes failed in ${engineWaves} waves`);
  log(`  index API cascadeIndices(): median ${fmt(median(engineIndexMs))} of 5 runs`);
  log(`  string API cascade():       median ${fmt(median(engineStringMs))} of 5 runs`);

  // --- graphology baseline -------------------------------------------------------------------
  gc();
  const [plain, buildMs] = time(() => {
    const g = new Graph<PlainNode, { weight: number }>({ type: 'directed', multi: false, allowSelfLoops: false });
    const total = new Float64Array(n);
    for (let e = 0; e < m; e++) total[from[e]!]! += weight[e]!;
    for (let i = 0; i < n; i++) g.addNode(ids[i]!, { kind: specs[i]!.kind, k: specs[i]!.k, dependencies: degree[i]!, totalWeight: total[i]! });
    for (let e = 0; e < m; e++) g.addEdge(ids[from[e]!]!, ids[to[e]!]!, { weight: weight[e]! });
    return g;
  });
  log(`graphology build: ${fmt(buildMs)} (${int(plain.order)} nodes, ${int(plain.size)} edges)`);
  const plainMs: number[] = [];
  let plainResult = { failed: 0, waves: 0 };
  for (let r = 0; r < 3; r++) {
    const [result, ms] = time(() => graphologyCascade(plain, seeds));
    plainMs.push(ms);
    plainResult = result;
  }
  log(`graphology cascade: median ${fmt(median(plainMs))} of 3 runs (${int(plainResult.failed)} failed, ${plainResult.waves} waves)`);
  const agree = plainResult.failed === engineFailed && plainResult.waves === engineWaves;
  log(`results agree: ${agree ? 'yes' : 'NO'}`);

  const ratioString = median(plainMs) / median(engineStringMs);
  const ratioIndex = median(plainMs) / median(engineIndexMs);
  log(`speed-up vs graphology: ${ratioString.toFixed(1)}x (string API), ${ratioIndex.toFixed(1)}x (index API)`);
  return [
    { name: 'same result as graphology', pass: agree, detail: `${int(engineFailed)} failed, ${engineWaves} waves` },
    { name: 'cascade >= 10x faster than graphology (string API)', pass: ratioString >= 10, detail: `${ratioString.toFixed(1)}x (${fmt(median(engineStringMs))} vs ${fmt(median(plainMs))})` },
    { name: 'compiled 1M-node graph <= 100 MB (typed arrays)', pass: typed <= 100 * MB, detail: `${(typed / MB).toFixed(1)} MB` },
    { name: 'compiled 1M-node graph <= 100 MB (heap delta)', pass: heapDelta <= 100 * MB, detail: `${(heapDelta / MB).toFixed(1)} MB` },
  ];
}

function scenarioGraph(log: (line: string) => void): BenchCheck[] {
  const graph = compile(toScenario(randomScenario(10_000, 1)));
  log(`\n## The simulator's random layered graph: ${int(graph.nodeCount)} nodes, ${int(graph.edgeCount)} edges`);

  // Monte Carlo: each node fails on its own with p = 1/n, so a trial has about one random failure.
  const trials = 50_000;
  const mcOptions = { trials, seed: 'bench', nodeProbability: 1 / graph.nodeCount, chunkSize: 5000 };
  monteCarlo(graph, { ...mcOptions, trials: 5000 }); // warm-up
  const [mc, mcMs] = time(() => monteCarlo(graph, mcOptions));
  const mcRate = trials / (mcMs / 1000);
  log(`monteCarlo(): ${int(trials)} trials in ${fmt(mcMs)} = ${int(mcRate)} trials/s (mean ${mc.totalFailed.mean.toFixed(1)} nodes failed per trial, about one random failure each)`);

  // Heavier trials: each cloud region also fails as a whole (a correlated group) with p = 1%.
  const regions = graph.ids.filter((_, i) => graph.types[graph.typeOf[i]!] === 'cloud_region');
  const groups = regions.map((id) => ({ id, probability: 0.01, members: [id] }));
  const [heavy, heavyMs] = time(() => monteCarlo(graph, { ...mcOptions, trials: 20_000, groups }));
  log(`monteCarlo() with ${regions.length} region groups at p = 1%: ${int(20_000 / (heavyMs / 1000))} trials/s (mean ${heavy.totalFailed.mean.toFixed(1)} nodes failed per trial)`);

  // Raw single-seed cascades on a reused workspace, every node in turn.
  const ws = createWorkspace(graph);
  const seed = new Int32Array(1);
  let reached = 0;
  const rounds = 5;
  const [, rawMs] = time(() => {
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < graph.nodeCount; i++) {
        seed[0] = i;
        reached += runCascade(ws, seed);
      }
    }
  });
  const rawCount = rounds * graph.nodeCount;
  const rawRate = rawCount / (rawMs / 1000);
  log(`single-seed cascades (runCascade, each node as the seed): ${int(rawRate)} cascades/s (mean ${(reached / rawCount).toFixed(1)} nodes failed per cascade)`);

  blastRadius(graph); // warm-up
  const [radius, blastMs] = time(() => blastRadius(graph));
  log(`blastRadius(): ${fmt(blastMs)} for ${int(graph.nodeCount)} nodes (largest: ${radius[0]!.id} takes down ${int(radius[0]!.count)})`);

  // For contrast: a random 10,000-node graph with the mixed rules of the big benchmark, where one
  // failure often spreads far; single-seed cascades cost more there.
  const n = 10_000;
  const r2 = createRandom('contagion-bench-10k-random');
  const { from, to } = randomEdges(n, 5 * n, r2);
  const degree = new Int32Array(n);
  for (let e = 0; e < from.length; e++) degree[from[e]!]!++;
  const specs = ruleSpecs(n, degree, r2);
  const randomGraph = compile({
    nodes: specs.map((s, i) => {
      const rule = toRule(s);
      return rule ? { id: `r${i}`, rule } : { id: `r${i}` };
    }),
    edges: Array.from(from, (a, e) => ({ from: `r${a}`, to: `r${to[e]!}` })),
  });
  const ws2 = createWorkspace(randomGraph);
  let reached2 = 0;
  const [, randomMs] = time(() => {
    for (let i = 0; i < n; i++) {
      seed[0] = i;
      reached2 += runCascade(ws2, seed);
    }
  });
  log(`(contrast) random 10,000-node graph, 50,000 edges: ${int(n / (randomMs / 1000))} single-seed cascades/s (mean ${(reached2 / n).toFixed(0)} nodes failed per cascade)`);

  return [
    { name: '>= 10,000 single-seed cascades/s on a 10,000-node graph', pass: rawRate >= 10_000, detail: `${int(rawRate)}/s raw; ${int(mcRate)} Monte Carlo trials/s` },
    { name: 'blastRadius on 10,000 nodes < 1 s', pass: blastMs < 1000, detail: fmt(blastMs) },
  ];
}

export function runContagionBench(log: (line: string) => void = console.log): BenchCheck[] {
  log('# Contagion engine');
  return [...bigGraph(log), ...scenarioGraph(log)];
}
