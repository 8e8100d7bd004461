// Benchmark of the format layer (src/engine/contagion/formats): the simulator's 20,000-node random layered
// graph with about 100,000 edges (the one bench/scale.ts uses), written in every text format, imported back
// (parse, build, the engine's own validation). Each import is timed (median of 3 after a warm-up) and
// printed beside JSON.parse of the same graph as our scenario JSON, measured in the same run. The budget: well under 3 s per format.
import type { BenchCheck } from './contagion.ts';
import { exportScenario, importScenario, type FormatName, type ImportedScenario } from '../src/engine/contagion/formats/index.ts';
import { randomScenario } from '../src/features/simulator/random-scenario.ts';
import { SCALE_DEPENDENCIES } from './scale.ts';

const NODES = 20_000;
const BUDGET_MS = 3000;

function jaegerText(s: ImportedScenario): string {
  return JSON.stringify({ data: s.edges.map((e) => ({ parent: e.from, child: e.to, callCount: 1 })) });
}

function backstageText(s: ImportedScenario): string {
  const deps = new Map<string, string[]>();
  for (const e of s.edges) (deps.get(e.from) ?? deps.set(e.from, []).get(e.from)!).push(e.to);
  return s.nodes
    .map((n) => {
      const list = deps.get(n.id);
      return `---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${n.id}\n  title: ${n.label}\nspec:\n  type: service\n  owner: team\n${list ? `  dependsOn:\n${list.map((d) => `    - component:${d}`).join('\n')}\n` : ''}`;
    })
    .join('');
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Median of `runs` after one warm-up. */
export async function time(runs: number, f: () => unknown): Promise<number> {
  await f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await f();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function runFormatsBench(): Promise<BenchCheck[]> {
  const scenario = randomScenario(NODES, 1, SCALE_DEPENDENCIES) as ImportedScenario;
  const EDGES = scenario.edges.length;
  const texts: [FormatName, string][] = [
    ['json', await exportScenario(scenario, 'json')],
    ['jaeger', jaegerText(scenario)],
    ['backstage', backstageText(scenario)],
    ['dot', await exportScenario(scenario, 'dot')],
    ['mermaid', await exportScenario(scenario, 'mermaid')],
    ['csv', await exportScenario(scenario, 'csv')],
    ['graphml', await exportScenario(scenario, 'graphml')],
  ];
  const baselineText = texts[0]![1];
  const baseline = await time(5, () => JSON.parse(baselineText));
  console.log(`# Formats: import of ${NODES.toLocaleString('en')} nodes and ${EDGES.toLocaleString('en')} edges (parse + build + validation), median of 3`);
  console.log(`baseline: JSON.parse of the same graph as scenario JSON (${(baselineText.length / 1e6).toFixed(1)} MB): ${baseline.toFixed(0)} ms`);
  const checks: BenchCheck[] = [];
  for (const [format, text] of texts) {
    let edges = 0;
    const ms = await time(3, async () => {
      edges = (await importScenario(text, format, { fileName: `bench.${format}` })).scenario.edges.length;
    });
    const line = `${format.padEnd(9)} ${(text.length / 1e6).toFixed(1).padStart(5)} MB  ${ms.toFixed(0).padStart(5)} ms  ${(ms / baseline).toFixed(1).padStart(5)}x JSON.parse`;
    console.log(line);
    checks.push({ name: `import ${format} (${NODES / 1000}k nodes, ${Math.round(EDGES / 1000)}k edges)`, pass: ms < BUDGET_MS && edges === EDGES, detail: `${ms.toFixed(0)} ms (${(ms / baseline).toFixed(1)}x JSON.parse, budget ${BUDGET_MS} ms)${edges === EDGES ? '' : `; read ${edges} edges, expected ${EDGES}`}` });
  }
  console.log('');
  return checks;
}
