// The pure pieces behind the simulator's panels: field parsing, the scenario editor's operations,
// the random graph generator, Monte Carlo formatting and worker messages, and canvas hit-testing.
import { describe, expect, test } from 'vitest';
import { compile, createMonteCarlo, layerOf, toScenario } from '../../../src/engine/contagion/index.ts';
import { parseScenarioFile } from '../../../src/engine/contagion/schema.ts';
import { layeredLayout } from '../../../src/features/simulator/layered-positions.ts';
import type { SimScenario } from '../../../src/features/simulator/simulation.ts';
import { nearestNode, prepareCanvasGraph, statusCodes, viewOf } from '../../../src/features/simulator/graph/canvas-model.ts';
import { formatMean, formatMeanInterval, formatPercent, formatPercentInterval } from '../../../src/features/simulator/monte-carlo/estimate-text.ts';
import { graphFingerprint, layerProbabilities } from '../../../src/features/simulator/monte-carlo/monte-carlo-protocol.ts';
import { layerSizes, randomScenario } from '../../../src/features/simulator/random-scenario.ts';
import {
  addEdge,
  addNode,
  checkScenario,
  draftOf,
  edgeProblem,
  emptyScenario,
  hardDependencyCount,
  ownScenario,
  removeEdge,
  removeNode,
  ruleFromDraft,
  setRule,
} from '../../../src/features/simulator/editor/scenario-edits.ts';
import { parseFraction, parseK, parseLabel, parseNodeId, parseProbability, parseSeed, parseWeight, parseWhole } from '../../../src/features/simulator/simulator-fields.ts';

const value = <T>(p: { ok: true; value: T } | { ok: false; error: string }) => (p.ok ? p.value : `error: ${p.error}`);
const isError = (p: { ok: boolean }) => !p.ok;

const toy: SimScenario = {
  id: 'toy',
  title: 'Toy incident',
  nodes: [
    { id: 'cdn', label: 'CDN', type: 'cdn' },
    { id: 'cdn2', label: 'Second CDN', type: 'cdn' },
    { id: 'web', label: 'Web', type: 'frontend', rule: { kind: 'atLeast', k: 2 } },
    { id: 'app', label: 'App', type: 'wallet' },
  ],
  edges: [
    { from: 'web', to: 'cdn' },
    { from: 'web', to: 'cdn2' },
    { from: 'app', to: 'web' },
  ],
  trigger: { seeds: ['cdn'], description: 'the CDN fails' },
  expected: { down: ['cdn', 'web', 'app'], degraded: [], up: ['cdn2'], chains: [] },
};

describe('field parsing keeps what was typed and explains what is wrong', () => {
  test('whole numbers', () => {
    expect(value(parseWhole('20000', 100, 1_000_000))).toBe(20000);
    expect(value(parseWhole(' 20,000 ', 100, 1_000_000))).toBe(20000);
    expect(value(parseWhole('1e6', 100, 1_000_000))).toBe(1_000_000);
    for (const bad of ['', '99', '1000001', '1.5', 'abc', '20,00', '-5']) expect(isError(parseWhole(bad, 100, 1_000_000)), bad).toBe(true);
    expect(parseWhole('99', 100, 1_000_000)).toEqual({ ok: false, error: 'Must be from 100 to 1,000,000.' });
  });
  test('probabilities, as decimals or percentages', () => {
    expect(value(parseProbability('0.01'))).toBe(0.01);
    expect(value(parseProbability('1%'))).toBe(0.01);
    expect(value(parseProbability('.5'))).toBe(0.5);
    expect(value(parseProbability('1e-3'))).toBe(0.001);
    expect(value(parseProbability('0'))).toBe(0);
    expect(value(parseProbability('1'))).toBe(1);
    for (const bad of ['', '2', '-0.1', '150%', 'x', '0.0.1']) expect(isError(parseProbability(bad)), bad).toBe(true);
  });
  test('seeds', () => {
    expect(value(parseSeed('1'))).toBe(1);
    expect(value(parseSeed('0'))).toBe(0);
    for (const bad of ['', '-1', '1.5', 'one']) expect(isError(parseSeed(bad)), bad).toBe(true);
  });
  test('node ids follow the file format and are unique', () => {
    const taken = new Set(['aws_use1']);
    expect(value(parseNodeId('aws_use2', taken))).toBe('aws_use2');
    expect(value(parseNodeId('a-b_c1', taken))).toBe('a-b_c1');
    expect(parseNodeId('aws_use1', taken)).toEqual({ ok: false, error: 'Another component already has the id “aws_use1”.' });
    expect(parseNodeId('AWS', taken)).toEqual({ ok: false, error: 'Use lowercase letters only.' });
    for (const bad of ['', ' x', 'a__b', '-a', 'a-', 'a b', 'é']) expect(isError(parseNodeId(bad, taken)), bad).toBe(true);
  });
  test('labels', () => {
    expect(value(parseLabel('  AWS us-east-1 '))).toBe('AWS us-east-1');
    expect(isError(parseLabel('   '))).toBe(true);
    expect(isError(parseLabel('x'.repeat(121)))).toBe(true);
  });
  test('k is between 1 and the number of hard dependencies', () => {
    expect(value(parseK('2', 3))).toBe(2);
    expect(value(parseK('3', 3))).toBe(3);
    for (const bad of ['0', '4', '1.5', '', 'k']) expect(isError(parseK(bad, 3)), bad).toBe(true);
    expect(value(parseK('1', 0))).toMatch(/no hard dependencies/);
  });
  test('fractions as decimals, percentages or exact ratios', () => {
    expect(value(parseFraction('1/3'))).toBe(1 / 3);
    expect(value(parseFraction('50%'))).toBe(0.5);
    expect(value(parseFraction('0.45'))).toBe(0.45);
    expect(value(parseFraction('0'))).toBe(0);
    for (const bad of ['', '2', '-0.5', '1/0', '3/2', 'half']) expect(isError(parseFraction(bad)), bad).toBe(true);
  });
  test('weights are finite and not negative', () => {
    expect(value(parseWeight('0'))).toBe(0);
    expect(value(parseWeight('2.5'))).toBe(2.5);
    for (const bad of ['', '-1', 'Infinity', '1e400', 'w']) expect(isError(parseWeight(bad)), bad).toBe(true);
  });
});

describe('scenario editing', () => {
  test('removing a node removes its edges', () => {
    const m = removeNode(toy, 'web');
    expect(m.nodes.map((n) => n.id)).toEqual(['cdn', 'cdn2', 'app']);
    expect(m.edges).toEqual([]);
  });
  test('the reader’s scenario keeps the id, drops the incident’s record and keeps a seed', () => {
    const next = ownScenario(toy, removeNode(toy, 'cdn'));
    expect(next.id).toBe('toy');
    expect(next.title).toBe('Your scenario (based on Toy incident)');
    expect(next.expected).toBeUndefined();
    expect(next.mitigations).toBeUndefined();
    expect(next.trigger.seeds).toEqual(['cdn2']); // the first infrastructure node left
    expect(next.trigger.description.length).toBeGreaterThanOrEqual(10);
    // Editing again keeps the reader's title.
    expect(ownScenario(next, next).title).toBe(next.title);
  });
  test('a rule that no longer fits is caught by compile() before it is handed over', () => {
    const broken = ownScenario(toy, removeEdge(toy, 'web', 'cdn2'));
    expect(checkScenario(broken)).toMatch(/k must be between 1 and 1/);
    expect(checkScenario(ownScenario(toy, toy))).toBeNull();
  });
  test('edges: no self-dependency, no duplicate; the check catches them too', () => {
    expect(edgeProblem(toy, 'app', 'app')).toMatch(/itself/);
    expect(edgeProblem(toy, 'app', 'web')).toMatch(/already exists/);
    expect(edgeProblem(toy, 'app', 'cdn')).toBeNull();
    expect(checkScenario(ownScenario(toy, addEdge(toy, { from: 'app', to: 'web' })))).toMatch(/duplicate edge app -> web/);
    expect(checkScenario(ownScenario(toy, addEdge(toy, { from: 'app', to: 'app' })))).toMatch(/itself/);
  });
  test('rules: setting `all` leaves the default; drafts parse against the dependency count', () => {
    expect(setRule(toy, 'web', { kind: 'all' }).nodes[2]).toEqual({ id: 'web', label: 'Web', type: 'frontend' });
    expect(hardDependencyCount(toy, 'web')).toBe(2);
    expect(hardDependencyCount(addEdge(toy, { from: 'web', to: 'app', kind: 'soft' }), 'web')).toBe(2);
    expect(ruleFromDraft({ ...draftOf(undefined), kind: 'atLeast', k: '2' }, 2).rule).toEqual({ kind: 'atLeast', k: 2 });
    expect(ruleFromDraft({ ...draftOf(undefined), kind: 'atLeast', k: '3' }, 2).kError).toMatch(/1 to 2/);
    expect(ruleFromDraft({ kind: 'threshold', k: '1', fraction: '1/3', strict: true }, 3).rule).toEqual({ kind: 'threshold', fraction: 1 / 3, strict: true });
    expect(ruleFromDraft({ kind: 'threshold', k: '1', fraction: '4/3', strict: false }, 3).fractionError).toMatch(/0 to 1/);
    expect(draftOf({ kind: 'threshold', fraction: 0.5, strict: true })).toEqual({ kind: 'threshold', k: '1', fraction: '0.5', strict: true });
  });
  test('what the editor produces loads as a file again (so exports and shared links work)', () => {
    const edited = ownScenario(toy, addNode(removeNode(toy, 'app'), { id: 'new_one', label: 'New one', type: 'rpc_provider' }));
    expect(() => parseScenarioFile(JSON.stringify(edited), 'edited.json', { userImport: true })).not.toThrow();
    expect(() => parseScenarioFile(JSON.stringify(emptyScenario()), 'empty.json', { userImport: true })).not.toThrow();
    expect(checkScenario(emptyScenario())).toBeNull();
  });
});

describe('random graphs', () => {
  test('reproducible: same size and seed, same graph; another seed, another graph', () => {
    expect(JSON.stringify(randomScenario(300, 7))).toBe(JSON.stringify(randomScenario(300, 7)));
    expect(JSON.stringify(randomScenario(300, 8))).not.toBe(JSON.stringify(randomScenario(300, 7)));
  });
  test('size limits', () => {
    expect(() => randomScenario(9)).toThrow(RangeError);
    expect(() => randomScenario(20_001)).toThrow(RangeError);
    expect(randomScenario(10).nodes).toHaveLength(10);
  });
  test('layered: every service and product depends on 1 to 3 distinct components in lower layers', () => {
    const s = randomScenario(2000, 3);
    expect(s.nodes).toHaveLength(2000);
    const [ni, ns] = layerSizes(2000);
    const rank = { infrastructure: 0, service: 1, product: 2 } as Record<string, number>;
    const layer = new Map(s.nodes.map((n) => [n.id, rank[layerOf(n)]!]));
    expect(s.nodes.filter((n) => layerOf(n) === 'infrastructure')).toHaveLength(ni);
    expect(s.nodes.filter((n) => layerOf(n) === 'service')).toHaveLength(ns);
    const hard = new Map<string, string[]>();
    for (const e of s.edges) {
      expect(layer.get(e.to)!, `${e.from} -> ${e.to}`).toBeLessThan(layer.get(e.from)!);
      if (e.kind !== 'soft') hard.set(e.from, [...(hard.get(e.from) ?? []), e.to]);
    }
    for (const n of s.nodes) {
      const deps = hard.get(n.id) ?? [];
      if (layer.get(n.id) === 0) expect(deps).toEqual([]);
      else {
        expect(deps.length).toBeGreaterThanOrEqual(1);
        expect(deps.length).toBeLessThanOrEqual(3);
        expect(new Set(deps).size).toBe(deps.length);
      }
    }
    const kinds = new Set(s.nodes.map((n) => n.rule?.kind ?? 'all'));
    expect([...kinds].sort()).toEqual(['all', 'any', 'atLeast', 'threshold']);
    expect(s.edges.some((e) => e.kind === 'soft')).toBe(true);
  });
  test('valid by the file format, at the smallest and the largest size', () => {
    for (const n of [10, 2000]) {
      const s = randomScenario(n, 1);
      expect(checkScenario(s)).toBeNull();
      expect(() => parseScenarioFile(JSON.stringify(s), 'random.json', { userImport: true })).not.toThrow();
    }
    const big = randomScenario(20_000, 1);
    expect(checkScenario(big)).toBeNull();
    expect(compile(toScenario(big)).nodeCount).toBe(20_000);
  });
});

describe('Monte Carlo helpers', () => {
  test('percentages carry as many digits as they deserve and never round to certainty', () => {
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(0.01234)).toBe('1.23%');
    expect(formatPercent(0.01)).toBe('1.00%');
    expect(formatPercent(0.00042)).toBe('0.0420%');
    expect(formatPercent(0.5)).toBe('50.0%');
    expect(formatPercent(0.99996)).toBe('99.9960%');
    expect(formatPercent(0.9999999, 1)).toBe('99.99999%');
    expect(formatPercent(1e-9)).toBe('< 0.0001%');
    expect(formatPercent(0.000001)).toBe('0.000100%');
    // Intervals share the estimate's precision.
    expect(formatPercentInterval(0.0169, 0.0152, 0.015)).toBe('1.52% to 1.50%');
    expect(formatPercentInterval(0, 0, 0.000192)).toBe('0% to 0.0192%');
    expect(formatMean(0.04213)).toBe('0.0421');
    expect(formatMean(12.34)).toBe('12.3');
    expect(formatMeanInterval(0.0242, 0.022, 0.02634)).toBe('0.0220 to 0.0263');
  });
  test('failure probabilities by layer (from the type)', () => {
    const graph = compile(toScenario(toy));
    expect(Object.fromEntries(layerProbabilities(graph, 0.01, 0.001))).toEqual({ cdn: 0.01, cdn2: 0.01, web: 0.001, app: 0.001 });
    expect(Object.fromEntries(layerProbabilities(graph, 0.01, 0))).toEqual({ cdn: 0.01, cdn2: 0.01 });
  });
  test('a compiled graph survives structured cloning (what postMessage does) and gives the same estimates', () => {
    const graph = compile(toScenario(randomScenario(500, 2)));
    const copy = structuredClone(graph);
    const options = { trials: 2000, seed: 5, nodeProbability: layerProbabilities(graph, 0.02, 0.002), groups: [{ id: 'g', probability: 0.01, members: ['infra-2', 'infra-3'] }] };
    const a = createMonteCarlo(graph, options);
    const b = createMonteCarlo(copy, options);
    a.step(2000);
    b.step(2000);
    expect(b.result().nodes).toEqual(a.result().nodes);
    expect(graphFingerprint(copy)).toBe(graphFingerprint(graph));
  });
  test('the fingerprint changes with the structure, not with a recompile', () => {
    const a = graphFingerprint(compile(toScenario(toy)));
    expect(graphFingerprint(compile(toScenario(toy)))).toBe(a);
    expect(graphFingerprint(compile(toScenario(setRule(toy, 'web', { kind: 'any' }))))).not.toBe(a);
    expect(graphFingerprint(compile(toScenario(removeEdge(toy, 'app', 'web'))))).not.toBe(a);
  });
});

describe('canvas hit-testing', () => {
  const s = randomScenario(3000, 4);
  const nodes = s.nodes.map((n) => ({ id: n.id, label: n.label, type: n.type }));
  const layout = layeredLayout(s);
  const graph = prepareCanvasGraph(layout, nodes, s.edges, new Map([['cdn', '#123456']]));
  test('batches cover every node once, edges point from dependency to dependent', () => {
    expect([...graph.order].sort((a, b) => a - b)).toEqual(nodes.map((_, i) => i));
    expect(graph.edgeA.length).toBe(s.edges.length);
    const e = s.edges[0]!;
    expect(graph.ids[graph.edgeA[0]!]).toBe(e.to);
    expect(graph.ids[graph.edgeB[0]!]).toBe(e.from);
    expect(graph.rows.length).toBe(3);
    expect(graph.gap).toBe(150);
  });
  test('a click finds the nearest node within reach, at any zoom', () => {
    for (const t of [{ k: 1, x: 0, y: 0 }, { k: 40, x: -5000, y: -300 }]) {
      const view = viewOf(layout, 1000, 600, t);
      for (const i of [0, 17, 1500, 2999]) {
        const px = view.tx + view.sx * graph.x[i]!;
        const py = view.ty + view.sy * graph.y[i]!;
        const found = nearestNode(graph, view, px + 0.1, py - 0.1, 6);
        // When nodes overlap on screen, any node at the same spot is a fair answer.
        const fx = view.tx + view.sx * graph.x[found]!;
        const fy = view.ty + view.sy * graph.y[found]!;
        expect(Math.hypot(fx - px, fy - py)).toBeLessThanOrEqual(0.2);
      }
      expect(nearestNode(graph, view, -500, -500, 6)).toBe(-1);
    }
  });
  test('status codes and counts', () => {
    const status = new Map<string, 'up' | 'down' | 'degraded'>([
      [s.nodes[0]!.id, 'down'],
      [s.nodes[1]!.id, 'degraded'],
    ]);
    const codes = statusCodes(graph, status, new Set([s.nodes[0]!.id, 'missing']));
    expect(codes.down).toBe(1);
    expect(codes.degraded).toBe(1);
    expect(codes.seed[0]).toBe(1);
    expect(codes.seed.reduce((a, b) => a + b, 0)).toBe(1);
  });
});
