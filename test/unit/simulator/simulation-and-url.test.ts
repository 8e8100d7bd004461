// The simulator's pure pieces: stepping through waves, before/after comparison, matching the real
// incident, the layered layout, and reading shared links (including hostile ones).
import { describe, expect, test } from 'vitest';
import { compare, simulate, statusAtStep, type SimScenario } from '../../../src/features/simulator/simulation.ts';
import { compareWithIncident } from '../../../src/features/simulator/outcome-statements.ts';
import { layeredLayout } from '../../../src/features/simulator/layered-positions.ts';
import { decodeModel, encodeModel } from '../../../src/features/shared/compressed-json.ts';
import { readShareParams, reconcile } from '../../../src/features/simulator/simulator-url.ts';

// A chain of hard dependencies: cdn ← web ← app, plus a redundant app2 on {cdn, cdn2}.
const file: SimScenario = {
  id: 'toy',
  title: 'Toy',
  nodes: [
    { id: 'cdn', label: 'CDN', type: 'cdn' },
    { id: 'cdn2', label: 'Second CDN', type: 'cdn' },
    { id: 'web', label: 'Web', type: 'frontend' },
    { id: 'app', label: 'App', type: 'wallet' },
    { id: 'app2', label: 'App 2', type: 'wallet', rule: { kind: 'any' } },
    { id: 'chain', label: 'Chain', type: 'chain' },
  ],
  edges: [
    { from: 'web', to: 'cdn' },
    { from: 'app', to: 'web' },
    { from: 'app2', to: 'cdn' },
    { from: 'app2', to: 'cdn2' },
  ],
  trigger: { seeds: ['cdn'], description: 'the CDN fails' },
  mitigations: [
    {
      id: 'second-cdn',
      title: 'Second CDN for the web',
      description: 'The web front end can fail over to a second CDN.',
      changes: [
        { op: 'addEdge', from: 'web', to: 'cdn2' },
        { op: 'setRule', node: 'web', rule: { kind: 'any' } },
      ],
      expect: { up: ['web', 'app'] },
    },
  ],
  expected: { down: ['cdn', 'web', 'app'], degraded: [], up: ['cdn2', 'app2', 'chain'], chains: [] },
};

describe('simulate and step', () => {
  const r = simulate(file, ['cdn']);
  test('waves follow the dependency chain', () => {
    expect(r.outcome.waves).toEqual([['cdn'], ['web'], ['app']]);
  });
  test('statusAtStep reveals one wave at a time', () => {
    const down = (s: number) => [...statusAtStep(r, s)].filter(([, v]) => v === 'down').map(([k]) => k).sort();
    expect(down(0)).toEqual(['cdn']);
    expect(down(1)).toEqual(['cdn', 'web']);
    expect(down(2)).toEqual(['app', 'cdn', 'web']);
    expect(down(99)).toEqual(['app', 'cdn', 'web']);
  });
  test('each failure is explained by its dependency and rule', () => {
    expect(r.explanations.get('web')?.causes).toEqual(['cdn']);
    expect(r.explanations.get('app')?.causes).toEqual(['web']);
    expect(r.explanations.get('cdn')?.cause).toBe('seed');
  });
  test('unknown seeds are ignored rather than crashing the island', () => {
    expect(simulate(file, ['nope', 'cdn']).outcome.failed.sort()).toEqual(['app', 'cdn', 'web']);
  });
});

describe('mitigations, comparison and the real incident', () => {
  const before = simulate(file, ['cdn']);
  const after = simulate(file, ['cdn'], ['second-cdn']);
  test('the mitigation saves what its description claims', () => {
    expect(after.outcome.status.get('web')).toBe('up');
    expect(compare(before, after)).toEqual({ saved: ['web', 'app'], worse: [] });
  });
  test('the real trigger without mitigations matches the expected outcome', () => {
    const m = compareWithIncident(file, before.outcome.status, ['cdn'], [], String);
    expect(m.applicable).toBe(true);
    expect(m.differs).toEqual([]);
    expect([m.compared, m.agreeing]).toEqual([6, 6]);
  });
  test('a what-if is not compared with the incident', () => {
    expect(compareWithIncident(file, after.outcome.status, ['cdn'], ['second-cdn'], String).applicable).toBe(false);
    expect(compareWithIncident(file, simulate(file, ['web']).outcome.status, ['web'], [], String).applicable).toBe(false);
  });
});

describe('layered layout', () => {
  const l = layeredLayout(file);
  test('infrastructure is drawn below products, and every node is placed once', () => {
    expect(l.nodes.size).toBe(file.nodes.length);
    expect(l.nodes.get('cdn')!.y).toBeGreaterThan(l.nodes.get('web')!.y);
    expect(l.nodes.get('cdn')!.y).toBeGreaterThan(l.nodes.get('chain')!.y);
    const spots = new Set([...l.nodes.values()].map((n) => `${n.x},${n.y}`));
    expect(spots.size).toBe(file.nodes.length);
  });
  test('it is deterministic', () => {
    expect([...layeredLayout(file).nodes.values()]).toEqual([...l.nodes.values()]);
  });
});

describe('share links', () => {
  test('a well-formed link is read back', () => {
    const p = readShareParams(new URLSearchParams('sim=toy&fail=cdn,web&mit=second-cdn&step=2'));
    expect(p.state).toEqual({ scenario: 'toy', failed: ['cdn', 'web'], mitigations: ['second-cdn'], step: 2 });
    expect(p.problems).toEqual([]);
  });
  test('hostile values are dropped with a message, never passed on', () => {
    const p = readShareParams(new URLSearchParams('sim=<script>&fail=cdn,"><img src=x>&step=1e9'));
    expect(p.state.scenario).toBeUndefined();
    expect(p.state.failed).toEqual(['cdn']);
    expect(p.state.step).toBeUndefined();
    expect(p.problems).toHaveLength(3);
  });
  test('ids the scenario does not have are reported and removed', () => {
    const r = reconcile({ failed: ['cdn', 'ghost'], mitigations: ['nope'] }, { nodes: new Set(['cdn']), mitigations: new Set(['second-cdn']) });
    expect(r.failed).toEqual(['cdn']);
    expect(r.mitigations).toEqual([]);
    expect(r.problems).toHaveLength(2);
  });
  test('a custom model survives the compressed round trip, and garbage is rejected', async () => {
    const json = JSON.stringify(file);
    const enc = await encodeModel(json);
    expect(enc).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeModel(enc)).toBe(json);
    await expect(decodeModel('not*base64')).rejects.toThrow(/base64url/);
    await expect(decodeModel('AAAA')).rejects.toThrow();
  });
});
