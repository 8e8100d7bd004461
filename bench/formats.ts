// Benchmark of the format layer (src/engine/contagion/formats): a 20,000-node, 100,000-edge layered random
// graph, written in every text format, imported back (parse, build, the engine's own validation). Each
// import is timed (median of 3 after a warm-up) and printed beside JSON.parse of the same graph as our
// scenario JSON, measured in the same run. The budget: well under 3 s per format.
import type { BenchCheck } from './contagion.ts';
import { createRandom } from '../src/engine/contagion/index.ts';
import { exportScenario, importScenario, type FormatName, type ImportedScenario } from '../src/engine/contagion/formats/index.ts';
import { NODE_TYPE_NAMES } from '../src/engine/contagion/index.ts';

const NODES = 20_000;
const EDGES = 100_000;
const BUDGET_MS = 3000;

/** Ten layers; each edge goes from a node to one in a lower layer (a DAG, as dependency graphs mostly are). */
export function layeredGraph(nodes = NODES, edges = EDGES): ImportedScenario {
  const random = createRandom('formats-bench');
  const layers = 10;
  const per = nodes / layers;
  const out: ImportedScenario['nodes'] = [];
  for (let i = 0; i < nodes; i++) out.push({ id: `n${i}`, label: `Component ${i}`, type: NODE_TYPE_NAMES[i % NODE_TYPE_NAMES.length]! });
  const seen = new Set<number>();
  const list: ImportedScenario['edges'] = [];
  while (list.length < edges) {
    const from = per + Math.floor(random.next() * (nodes - per));
    const layer = Math.floor(from / per);
    const to = Math.floor(random.next() * layer * per);
    const key = from * nodes + to;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push({ from: `n${from}`, to: `n${to}` });
  }
  return { id: 'bench', title: 'Layered benchmark graph', nodes: out, edges: list, trigger: { seeds: ['n0'], description: 'the first component fails' } };
}

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

async function time(runs: number, f: () => unknown): Promise<number> {
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
  const scenario = layeredGraph();
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
    checks.push({ name: `import ${format} (${NODES / 1000}k nodes, ${EDGES / 1000}k edges)`, pass: ms < BUDGET_MS && edges === EDGES, detail: `${ms.toFixed(0)} ms (${(ms / baseline).toFixed(1)}x JSON.parse, budget ${BUDGET_MS} ms)${edges === EDGES ? '' : `; read ${edges} edges, expected ${EDGES}`}` });
  }
  console.log('');
  return checks;
}
