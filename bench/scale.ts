// Issue 12, "Scale": the steps between a reader's 20,000-node, ~100,000-edge file and the first drawing,
// and between a click and the first wave, timed in Node (no browser: the drawing itself is measured by
// test/browser/simulator-scale.test.ts). The graph is the simulator's own random layered graph
// (src/features/simulator/random-scenario.ts) made denser, exported as scenario JSON and as a CSV edge list.
// Each step is printed with its ratio to a baseline measured in this run: the same step on the 2,000-node
// graph of the same generator (linear growth is 10x), and import against JSON.parse of the same text.
import type { BenchCheck } from './contagion.ts';
import { time } from './formats.ts';
import { cascadeIndices } from '../src/engine/contagion/index.ts';
import { exportScenario, importScenario, type ImportedScenario } from '../src/engine/contagion/formats/index.ts';
import { randomScenario } from '../src/features/simulator/random-scenario.ts';
import { layeredLayout } from '../src/features/simulator/layered-positions.ts';
import { cascadeOn, prepare, simulate, statusAtStep } from '../src/features/simulator/simulation.ts';
import { prepareCanvasGraph, statusCodes } from '../src/features/simulator/graph/canvas-model.ts';

/** Up to ten dependencies per service or product: 20,000 nodes give about 100,000 edges. */
export const SCALE_DEPENDENCIES = 10;
const BUDGET_MS = 3000;

interface Figures {
  nodes: number;
  edges: number;
  steps: Map<string, number>;
}

async function measure(n: number): Promise<Figures> {
  const file = randomScenario(n, 1, SCALE_DEPENDENCIES);
  const json = await exportScenario(file as ImportedScenario, 'json');
  const csv = await exportScenario(file as ImportedScenario, 'csv');
  const steps = new Map<string, number>();
  const runs = 3;
  steps.set('JSON.parse (scenario JSON)', await time(runs, () => JSON.parse(json)));
  steps.set('import JSON (parse + validate)', await time(runs, () => importScenario(json, 'json')));
  steps.set('import CSV (parse + validate)', await time(runs, () => importScenario(csv, 'csv')));
  const imported = (await importScenario(json, 'json')).scenario;
  steps.set('layered layout', await time(runs, () => layeredLayout(imported)));
  const layout = layeredLayout(imported);
  const drawn = imported.nodes.map((node) => ({ id: node.id, label: node.label ?? node.id, type: node.type ?? 'untyped' }));
  steps.set('canvas model (prepareCanvasGraph)', await time(runs, () => prepareCanvasGraph(layout, drawn, imported.edges, new Map())));
  // What the island computes on a click: the cascade on the prepared scenario (prepare() runs once per
  // scenario, not per click), the states at the first wave, and the canvas's state bytes. The seed is the
  // infrastructure node with the most dependants, as a reader would pick (the first node, a product, has none).
  const prepared = prepare(file);
  const seed = mostDepended(file);
  steps.set('prepare() once per scenario (compile)', await time(runs, () => prepare(file)));
  steps.set('cascadeOn() per click (cascade + explanations)', await time(runs, () => cascadeOn(prepared, [seed])));
  const clicked = cascadeOn(prepared, [seed]);
  const canvasGraph = prepareCanvasGraph(layout, drawn, imported.edges, new Map());
  steps.set('states at the first wave (statusAtStep + statusCodes)', await time(runs, () => statusCodes(canvasGraph, statusAtStep(clicked, 0), new Set([seed]))));
  steps.set('simulate() = prepare + cascadeOn', await time(runs, () => simulate(file, [seed])));
  const { graph } = prepared;
  const seedIndex = Int32Array.of(graph.index.get(seed)!);
  steps.set('cascade, full run (engine)', await time(runs, () => cascadeIndices(graph, seedIndex)));
  const full = cascadeIndices(graph, seedIndex);
  console.log(`  ${n.toLocaleString('en')} nodes, ${file.edges.length.toLocaleString('en')} edges: failing ${seed} takes down ${full.failed.length.toLocaleString('en')} in ${full.waveOffsets.length - 1} waves (first wave after the seed: ${((full.waveOffsets[2] ?? full.waveOffsets[1]!) - full.waveOffsets[1]!).toLocaleString('en')} nodes; the engine computes every wave in one pass)`);
  return { nodes: n, edges: file.edges.length, steps };
}

export async function runScaleBench(): Promise<BenchCheck[]> {
  console.log('# Scale: a reader\'s 20,000-node graph, from text to layout and from a click to the cascade (median of 3)');
  const small = await measure(2_000);
  const big = await measure(20_000);
  const width = Math.max(...[...big.steps.keys()].map((k) => k.length));
  console.log(`  ${'step'.padEnd(width)}   2k nodes   20k nodes   20k / 2k   20k / JSON.parse`);
  const parse = big.steps.get('JSON.parse (scenario JSON)')!;
  for (const [step, ms] of big.steps) {
    const base = small.steps.get(step)!;
    console.log(`  ${step.padEnd(width)} ${base.toFixed(2).padStart(8)} ms ${ms.toFixed(2).padStart(8)} ms ${(ms / base).toFixed(1).padStart(9)}x ${(ms / parse).toFixed(1).padStart(9)}x`);
  }
  const importJson = big.steps.get('import JSON (parse + validate)')!;
  const layout = big.steps.get('layered layout')!;
  // A click reuses the prepared scenario, its layout and canvas model (keyed on it): it costs the cascade and the states.
  const click = big.steps.get('cascadeOn() per click (cascade + explanations)')! + big.steps.get('states at the first wave (statusAtStep + statusCodes)')!;
  console.log('');
  return [
    { name: 'import JSON + layout of 20k nodes in Node, leaving room in the 3 s browser budget (< 1.5 s)', pass: importJson + layout < BUDGET_MS / 2, detail: `${(importJson + layout).toFixed(0)} ms (import ${importJson.toFixed(0)} ms, layout ${layout.toFixed(0)} ms)` },
    { name: 'click to cascade and states on 20k nodes in Node, leaving room in the 100 ms browser budget (< 50 ms)', pass: click < 50, detail: `${click.toFixed(0)} ms cascadeOn() + states for ${big.edges.toLocaleString('en')} edges` },
  ];
}

/** The node the most others depend on directly (hard or soft): the reader's likeliest click. */
function mostDepended(file: { nodes: { id: string }[]; edges: { to: string }[] }): string {
  const count = new Map<string, number>();
  for (const e of file.edges) count.set(e.to, (count.get(e.to) ?? 0) + 1);
  let best = file.nodes[0]!.id;
  for (const [id, c] of count) if (c > (count.get(best) ?? 0)) best = id;
  return best;
}
