// The outcome panel's statements come from the same status map the graph shows: a degraded block
// producer keeps producing blocks (the Base case of issue 9 §2), only a down one stops, and the
// comparison with the real incident covers every node and every chain statement of the expected data.
import { describe, expect, test } from 'vitest';
import { chainSentence, chainStatements, compareWithIncident } from '../../../src/features/simulator/outcome-statements.ts';
import type { ShownStatus, SimScenario } from '../../../src/features/simulator/simulation.ts';

const chains = [
  { chain: 'Base', blocks: { node: 'seq', continued: true }, finality: null },
  { chain: 'Ethereum', blocks: { node: 'el', continued: true }, finality: { node: 'cl', continued: false } },
];
const status = (entries: Record<string, ShownStatus>) => new Map(Object.entries(entries));

describe('chain statements', () => {
  test('each state gives its own words: degraded keeps going, down stops', () => {
    const said = chainStatements(chains, status({ seq: 'degraded', el: 'up', cl: 'down' }));
    expect(said.map((s) => [s.chain, s.aspect, s.state, s.continued])).toEqual([
      ['Base', 'blocks', 'degraded', true],
      ['Ethereum', 'blocks', 'up', true],
      ['Ethereum', 'finality', 'down', false],
    ]);
    expect(chainSentence(said.slice(0, 1))).toBe('Base keeps producing blocks, degraded (slower or partial).');
    expect(chainSentence(said.slice(1))).toBe('Ethereum keeps producing blocks; finality stalls.');
    expect(chainSentence(chainStatements(chains.slice(0, 1), status({ seq: 'down' })))).toBe('Base stops producing blocks.');
  });
});

describe('comparison with the real incident', () => {
  const file: SimScenario = {
    id: 't',
    nodes: ['seq', 'el', 'cl', 'aws'].map((id) => ({ id, label: id.toUpperCase(), type: 'other' as const })),
    edges: [],
    trigger: { seeds: ['aws'], description: 'AWS fails' },
    expected: { down: ['aws', 'cl'], degraded: ['seq'], up: ['el'], chains },
  };
  const label = (id: string) => id.toUpperCase();
  test('agreement counts every node and every chain statement', () => {
    const c = compareWithIncident(file, status({ aws: 'down', cl: 'down', seq: 'degraded', el: 'up' }), ['aws'], [], label);
    expect(c).toEqual({ applicable: true, compared: 7, agreeing: 7, differs: [] });
  });
  test('a chain statement that contradicts the data is listed, with the node it comes from', () => {
    const c = compareWithIncident(file, status({ aws: 'down', cl: 'down', seq: 'down', el: 'up' }), ['aws'], [], label);
    expect(c.differs).toEqual([
      { key: 'seq', text: 'SEQ: degraded in reality, down in the model' },
      { key: 'chain:Base:blocks', text: 'Base: blocks continued in reality; in the model it stops producing blocks' },
    ]);
    expect(c.agreeing).toBe(5);
  });
  test('another trigger or a mitigation makes it a what-if', () => {
    expect(compareWithIncident(file, new Map(), ['el'], [], label).applicable).toBe(false);
    expect(compareWithIncident(file, new Map(), ['aws'], ['m'], label).applicable).toBe(false);
  });
});
