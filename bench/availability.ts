// Benchmark of the availability engine (src/engine/availability): exact evaluation of a 30-component,
// 8-domain system (2 providers x 3 regions, every block spread over regions of both providers so the
// domains are shared across the whole tree), and 1,000,000 plain Monte Carlo trials of it.
// Times are medians of several runs after warm-up; the exact answer must take under 50 ms.
// Then the cost model behind the exact-or-Monte-Carlo switch (measured time per estimated step on
// differently shaped systems) and the scale cases of issue 11: a threshold block of 1,000 distinct
// weights and a 10,000-deep domain chain must be answered, or refused, in under a second.
import type { BenchCheck } from './contagion.ts';
import { AvailabilityError, evaluate, monteCarloAvailability, type Block, type FailureDomain, type SystemDescription } from '../src/engine/availability/index.ts';

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
  const costChecks = runCostModel(core.ms);
  const scaleChecks = runScale(core.ms);
  return [
    ...costChecks,
    ...scaleChecks,
    { name: `exact evaluation of the 30-component, 8-domain system < ${EXACT_BUDGET_MS} ms`, pass, detail: `${full.ms.toFixed(3)} ms (${ratio.toFixed(0)}x faster than 1M Monte Carlo trials)` },
    { name: '1,000,000 Monte Carlo trials agree with the exact answer', pass: contains(m.unavailabilityInterval), detail: `${mc.ms.toFixed(0)} ms; 99% interval ${inside(r.unavailability, m.unavailabilityInterval)}` },
    { name: 'conditional Monte Carlo agrees with the exact answer', pass: contains(cm.unavailabilityInterval), detail: `${conditional.ms.toFixed(0)} ms for 100,000 trials` },
  ];
}

function inside(x: number, [lo, hi]: [number, number]): string {
  return x >= lo && x <= hi ? '(contains the exact answer)' : '(does NOT contain the exact answer)';
}

/** A ring of n components of 0.99, component i in domains d(i mod D) and d((i+1) mod D), k-of-n at the root. */
function ring(n: number, domainCount: number, k: number): SystemDescription {
  return {
    domains: Array.from({ length: domainCount }, (_, i) => ({ id: `d${i}`, availability: 0.999 })),
    root: { type: 'k-of-n', k, parts: Array.from({ length: n }, (_, i): Block => ({ type: 'component', availability: 0.99, domains: [`d${i % domainCount}`, `d${(i + 1) % domainCount}`] })) },
  };
}

/** Weighted threshold over n components sharing D domains round robin. */
function stake(n: number, domainCount: number): SystemDescription {
  const weights = Array.from({ length: n }, (_, i) => 1 + (i % 7));
  return {
    domains: Array.from({ length: domainCount }, (_, i) => ({ id: `h${i}`, availability: 0.999 })),
    root: { type: 'threshold', share: 2 / 3, comparison: 'more-than', weights, parts: weights.map((_, i): Block => ({ type: 'component', availability: 0.995, domains: [`h${i % domainCount}`] })) },
  };
}

/**
 * The switch between exact and Monte Carlo compares the estimated work with maxExactWork (default
 * 2^27): the estimate is worth only as much as its steps cost the same time whatever the shape.
 */
function runCostModel(baselineMs: number): BenchCheck[] {
  console.log('\nCost model of the exact method (time per estimated step, runs of at least 1e6 steps; the default budget is 2^27 steps)');
  const shapes: [string, SystemDescription][] = [
    ['ring, 30 parts, 16 domains, 20-of-30 (issue 11)', ring(30, 16, 20)],
    ['ring, 24 parts, 12 domains, 12-of-24', ring(24, 12, 12)],
    ['stake, 40 parts, 14 domains', stake(40, 14)],
    ['the 30-component system above', benchSystem()],
  ];
  // Rates of runs long enough to measure the steps rather than the fixed set-up (allocations, planning).
  const rates: number[] = [];
  for (const [name, system] of shapes) {
    const run = time(3, 1, () => evaluate(system, { importance: false, method: 'exact' }));
    const work = run.value.exactWork;
    const ns = (run.ms * 1e6) / work;
    if (work >= 1e6) rates.push(ns);
    console.log(`  ${name.padEnd(50)} ${work.toExponential(2)} steps in ${run.ms.toFixed(1)} ms: ${ns.toFixed(2)} ns/step (${(run.ms / baselineMs).toFixed(0)}x the 30-component exact evaluation)`);
  }
  const worst = Math.max(...rates);
  const budgetMs = (2 ** 27 * worst) / 1e6;
  console.log(`  at the slowest rate, the default budget of 2^27 steps is ${budgetMs.toFixed(0)} ms; the old 2^24 was ${(budgetMs / 8).toFixed(0)} ms`);
  return [{ name: 'the default exact budget (2^27 steps) takes under a second at the slowest measured rate', pass: budgetMs < 1000, detail: `${budgetMs.toFixed(0)} ms (${Math.min(...rates).toFixed(2)} to ${worst.toFixed(2)} ns/step)` }];
}

function runScale(baselineMs: number): BenchCheck[] {
  console.log('\nScale (issue 11): answered or refused in under a second');
  const checks: BenchCheck[] = [];
  // A threshold block of 1,000 distinct weights: no exact plan (too many partial sums), so Monte Carlo
  // with as many trials as fit the work budget.
  const weights = Array.from({ length: 1_000 }, (_, i) => 1 + i / 997 + ((i * 7919) % 1000) / 1e6);
  const threshold: SystemDescription = { root: { type: 'threshold', share: 2 / 3, weights, parts: weights.map((): Block => ({ type: 'component', availability: 0.99 })) } };
  const t = time(3, 1, () => evaluate(threshold, { importance: false }));
  const r = t.value;
  console.log(`  threshold of 1,000 distinct weights  ${t.ms.toFixed(0)} ms (${(t.ms / baselineMs).toFixed(0)}x the 30-component exact evaluation): ${r.method}, ${r.estimate} ${r.unavailability.toExponential(3)}, 99% interval [${r.unavailabilityInterval[0].toExponential(2)}, ${r.unavailabilityInterval[1].toExponential(2)}]`);
  console.log(`    ${r.methodNote}`);
  checks.push({ name: 'a threshold block of 1,000 distinct weights is answered in under a second', pass: t.ms < 1000, detail: `${t.ms.toFixed(0)} ms, ${r.method} (${r.estimate}); it took 11.6 s before` });
  // A 10,000-deep domain chain: refused (domains nest at most 100 deep), quickly.
  const n = 10_000;
  const chain: SystemDescription = {
    domains: Array.from({ length: n }, (_, i) => ({ id: `z${i}`, availability: 0.9999, ...(i > 0 ? { parent: `z${i - 1}` } : {}) })),
    root: { type: 'k-of-n', k: 1, parts: [{ type: 'component', availability: 0.9, domains: [`z${n - 1}`] }, { type: 'component', availability: 0.9, domains: [`z${n - 1}`] }] },
  };
  let message = '';
  const c = time(3, 1, () => {
    try {
      evaluate(chain);
      return 'answered';
    } catch (error) {
      if (!(error instanceof AvailabilityError)) throw error;
      message = error.message;
      return 'refused';
    }
  });
  console.log(`  10,000-deep domain chain             ${c.ms.toFixed(1)} ms (${(c.ms / baselineMs).toFixed(1)}x the 30-component exact evaluation): ${c.value}: ${message}`);
  checks.push({ name: 'a 10,000-deep domain chain is answered or refused in under a second', pass: c.ms < 1000, detail: `${c.ms.toFixed(1)} ms, ${c.value}; it took over 5 s before` });
  return checks;
}
