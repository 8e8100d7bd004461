// Benchmark of the availability engine (src/engine/availability): exact evaluation of a 30-component,
// 8-domain system (2 providers x 3 regions, every block spread over regions of both providers so the
// domains are shared across the whole tree), and 1,000,000 plain Monte Carlo trials of it.
// Times are medians of several runs after warm-up; the exact answer must take under 50 ms.
import type { BenchCheck } from './contagion.ts';
import type { Block, FailureDomain, SystemDescription } from '../src/engine/availability/index.ts';
import { evaluate, monteCarloAvailability } from '../src/engine/availability/schema.ts';

const EXACT_BUDGET_MS = 50;

export function benchSystem(): SystemDescription {
  const domains: FailureDomain[] = [];
  const regions: string[] = [];
  for (const p of ['p1', 'p2']) {
    domains.push({ id: p, kind: 'provider', availability: 0.99995 });
    for (const r of ['r1', 'r2', 'r3']) {
      domains.push({ id: `${p}-${r}`, kind: 'region', parent: p, availability: 0.9995 });
      regions.push(`${p}-${r}`);
    }
  }
  let n = 0;
  const copies = (count: number, availability: number): Block[] =>
    Array.from({ length: count }, () => ({ type: 'component', id: `c${n}`, availability, domains: [regions[n++ % regions.length]!] }));
  const root: Block = {
    type: 'series',
    parts: [
      { type: 'k-of-n', k: 1, parts: copies(3, 0.999) }, // front ends
      { type: 'k-of-n', k: 2, parts: copies(4, 0.995) }, // API servers
      { type: 'k-of-n', k: 2, parts: copies(3, 0.999) }, // database replicas
      { type: 'threshold', share: 2 / 3, comparison: 'more-than', weights: [5, 4, 4, 3, 3, 2, 2, 1, 1, 1], parts: copies(10, 0.99) }, // validators
      { type: 'k-of-n', k: 1, beta: 0.05, parts: copies(5, 0.995) }, // RPC endpoints, with a common cause
      { type: 'k-of-n', k: 1, parts: copies(3, 0.99) }, // indexers
      { type: 'k-of-n', k: 1, parts: copies(2, 0.9995) }, // caches
    ],
  };
  return { domains, root };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time<T>(runs: number, warmup: number, f: () => T): { ms: number; value: T } {
  let value = f();
  for (let i = 1; i < warmup; i++) value = f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = f();
    times.push(performance.now() - start);
  }
  return { ms: median(times), value };
}

export function runAvailabilityBench(): BenchCheck[] {
  const system = benchSystem();
  const core = time(21, 5, () => evaluate(system, { importance: false }));
  const full = time(11, 3, () => evaluate(system));
  const mc = time(3, 1, () => monteCarloAvailability(system, { trials: 1_000_000, seed: 1 }));
  const conditional = time(3, 1, () => monteCarloAvailability(system, { trials: 100_000, seed: 1, estimator: 'conditional' }));

  const r = full.value;
  const fmt = (x: number) => x.toExponential(6);
  console.log('\n# Availability engine\n');
  console.log('30 components, 8 domains (2 providers x 3 regions), 1 beta group');
  console.log(`  exact answer            ${fmt(r.unavailability)} unavailability, ${r.nines.toFixed(3)} nines (independent answer ${fmt(r.independent!.unavailability)})`);
  console.log(`  exact work estimate     ${r.exactWork.toFixed(0)} steps; ${r.counts.conditionedDomains} domains conditioned`);
  console.log(`  exact, core             ${core.ms.toFixed(3)} ms (median of 21 after warm-up)`);
  console.log(`  exact, full result      ${full.ms.toFixed(3)} ms (with importance of ${r.importance!.length} elements and the independent answer; median of 11)`);
  const pass = full.ms < EXACT_BUDGET_MS;
  console.log(`  exact under ${EXACT_BUDGET_MS} ms       ${pass ? 'PASS' : 'FAIL'} (${full.ms.toFixed(3)} ms)`);
  const m = mc.value;
  console.log(`  Monte Carlo, plain      1,000,000 trials in ${mc.ms.toFixed(1)} ms (${((1e6 / mc.ms) * 1000).toExponential(2)} trials/s): ${fmt(m.unavailability)}, 99% interval [${fmt(m.unavailabilityInterval[0])}, ${fmt(m.unavailabilityInterval[1])}] ${inside(r.unavailability, m.unavailabilityInterval)}`);
  const cm = conditional.value;
  console.log(`  Monte Carlo, conditional 100,000 trials in ${conditional.ms.toFixed(1)} ms: ${fmt(cm.unavailability)}, 99% interval [${fmt(cm.unavailabilityInterval[0])}, ${fmt(cm.unavailabilityInterval[1])}] ${inside(r.unavailability, cm.unavailabilityInterval)}`);
  // Baseline: the plain Monte Carlo of the same system, measured above in this run.
  const ratio = mc.ms / full.ms;
  console.log(`  exact vs baseline       ${ratio.toFixed(0)}x faster than 1,000,000 plain Monte Carlo trials, and exact where they give an interval`);
  const contains = (i: [number, number]) => r.unavailability >= i[0] && r.unavailability <= i[1];
  return [
    { name: `exact evaluation of the 30-component, 8-domain system < ${EXACT_BUDGET_MS} ms`, pass, detail: `${full.ms.toFixed(3)} ms (${ratio.toFixed(0)}x faster than 1M Monte Carlo trials)` },
    { name: '1,000,000 Monte Carlo trials agree with the exact answer', pass: contains(m.unavailabilityInterval), detail: `${mc.ms.toFixed(0)} ms; 99% interval ${inside(r.unavailability, m.unavailabilityInterval)}` },
    { name: 'conditional Monte Carlo agrees with the exact answer', pass: contains(cm.unavailabilityInterval), detail: `${conditional.ms.toFixed(0)} ms for 100,000 trials` },
  ];
}

function inside(x: number, [lo, hi]: [number, number]): string {
  return x >= lo && x <= hi ? '(contains the exact answer)' : '(does NOT contain the exact answer)';
}
