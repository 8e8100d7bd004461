// Issue 11, items 5 to 9, contagion side: every bad input or option is a ScenarioError whose message
// names the field and prints what was given; nothing is silently accepted; user strings used as keys
// stay keys; seeds are whole numbers or strings, used in full.
import { describe, expect, test } from 'vitest';
import {
  applyMitigation,
  blastRadius,
  cascade,
  cascadeIndices,
  compile,
  createRandom,
  explain,
  monteCarlo,
  ScenarioError,
  type Scenario,
} from '../../../../src/engine/contagion/index.ts';
import { parseScenarioFile } from '../../../../src/engine/contagion/schema.ts';

const scenario: Scenario = {
  nodes: [
    { id: 'aws', type: 'cloud_region' },
    { id: 'rpc', type: '__proto__' },
    { id: 'wallet', type: 'constructor' },
  ],
  edges: [
    { from: 'rpc', to: 'aws' },
    { from: 'wallet', to: 'rpc' },
  ],
};
const graph = compile(scenario);

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).message;
  }
  throw new Error('expected a ScenarioError');
}

describe('options are validated like input (item 6, 7, 8)', () => {
  test.each([
    ['no options', () => monteCarlo(graph, undefined as never), /^options: options must be an object/],
    ['a null nodeProbability', () => monteCarlo(graph, { trials: 10, nodeProbability: null as never }), /^options\.nodeProbability: .* got null$/],
    ['a string nodeProbability', () => monteCarlo(graph, { trials: 10, nodeProbability: '0.5' as never }), /^options\.nodeProbability: .*, got "0\.5"$/],
    ['NaN nodeProbability', () => monteCarlo(graph, { trials: 10, nodeProbability: Number.NaN }), /got NaN$/],
    ['groups not a list', () => monteCarlo(graph, { trials: 10, groups: {} as never }), /^options\.groups: groups must be a list/],
    ['a group without members', () => monteCarlo(graph, { trials: 10, groups: [{ id: 'g', probability: 0.1 } as never] }), /^options\.groups\[0\]\.members: /],
    ['a string signal', () => monteCarlo(graph, { trials: 10, signal: 'stop' as never }), /^options\.signal: signal must be an AbortSignal, got "stop"$/],
    ['a number onProgress', () => monteCarlo(graph, { trials: 10, onProgress: 1 as never }), /^options\.onProgress: onProgress must be a function, got 1$/],
    ['a string confidence', () => monteCarlo(graph, { trials: 10, confidence: '0.9' as never }), /^options\.confidence: .* got "0\.9"$/],
    ['Infinity trials', () => monteCarlo(graph, { trials: Infinity }), /^options\.trials: .* got Infinity$/],
    ['an unknown option', () => monteCarlo(graph, { trials: 10, trails: 5 } as never), /^options\.trails: unknown option "trails"/],
  ])('%s', (_, run, message) => {
    expect(messageOf(run)).toMatch(message);
  });
});

describe('wrong arguments are ScenarioErrors, not TypeErrors (item 6)', () => {
  test.each([
    ['cascade of a raw scenario', () => cascade(scenario as never, ['aws']), /^cascade needs a compiled graph: this is a scenario, pass compile\(scenario\) instead$/],
    ['explain of null', () => explain(graph, null as never), /^explain needs the outcome of cascade\(\) or evaluate\(\)/],
    ['parseScenarioFile of undefined', () => parseScenarioFile(undefined as never, 'x.json'), /^x\.json: expected the file's text \(a string\), got nothing$/],
    ['applyMitigation without changes', () => applyMitigation(scenario, {} as never), /^a mitigation needs a list of changes/],
    ['applyMitigation of null', () => applyMitigation(null as never, { changes: [] }), /^applyMitigation needs a scenario/],
    ['applyMitigation with a null change', () => applyMitigation(scenario, { changes: [null as never] }), /^changes\[0\]: a change must be an object/],
    ['blastRadius of a scenario', () => blastRadius(scenario as never), /^blastRadius needs a compiled graph/],
  ])('%s', (_, run, message) => {
    expect(messageOf(run)).toMatch(message);
  });
});

describe('messages print what was given (item 8)', () => {
  test('a string seed index is not reported as an index out of range', () => {
    expect(messageOf(() => cascadeIndices(graph, ['0'] as never))).toBe('seed index "0" is not a whole number (seeds here are node indices; use cascade() for ids)');
  });

  test('NaN and Infinity are printed as such, not as null', () => {
    expect(messageOf(() => compile({ nodes: [{ id: 'a' }, { id: 'b', rule: { kind: 'atLeast', k: Number.NaN } }], edges: [{ from: 'b', to: 'a' }] }))).toMatch(/got NaN$/);
    expect(messageOf(() => compile({ nodes: [{ id: 'a' }, { id: 'b', rule: { kind: 'threshold', fraction: Infinity } }], edges: [{ from: 'b', to: 'a' }] }))).toMatch(/got Infinity$/);
    expect(messageOf(() => compile({ nodes: [{ id: 'a' }, { id: 'b' }], edges: [{ from: 'b', to: 'a', weight: Number.NaN }] }))).toMatch(/got NaN$/);
  });
});

describe('user strings as keys (item 9)', () => {
  test('node types named __proto__ and constructor are counted in byType like any other', () => {
    const aws = blastRadius(graph).find((e) => e.id === 'aws')!;
    expect(aws.count).toBe(2);
    expect(Object.keys(aws.byType).sort()).toEqual(['__proto__', 'constructor']);
    expect(aws.byType['__proto__']).toBe(1);
    expect(aws.byType['constructor']).toBe(1);
  });
});

describe('seeds are whole numbers or strings, used in full (item 9)', () => {
  const stream = (seed: number | string) => {
    const r = createRandom(seed);
    return [r.nextUint32(), r.nextUint32(), r.nextUint32()];
  };

  test('seeds that differ only in their high bits or sign give different streams', () => {
    const seeds = [0, 2 ** 32, -(2 ** 32), 2 ** 52, -1, 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    const streams = new Set(seeds.map((s) => stream(s).join(',')));
    expect(streams.size).toBe(seeds.length);
  });

  test.each([[0.5], [2 ** 64], [1e300], [Number.NaN], [{}], [true], [5n], [null]])('%s is not a seed', (seed) => {
    expect(messageOf(() => createRandom(seed as never))).toMatch(/^seed: seed must be a whole number from -\(2\^53 - 1\) to 2\^53 - 1, or a string, got /);
    expect(messageOf(() => monteCarlo(graph, { trials: 1, seed: seed as never }))).toMatch(/^options\.seed: /);
  });
});
