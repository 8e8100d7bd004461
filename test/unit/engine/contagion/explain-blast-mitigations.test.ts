// explain(), blastRadius() and mitigations on small hand-made graphs whose answers are worked out by hand.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ScenarioError,
  applyMitigation,
  applyMitigations,
  blastRadius,
  blastRadiusCounts,
  cascade,
  compile,
  evaluate,
  explain,
  graphByteLength,
  type Scenario,
} from '../../../../src/engine/contagion/index.ts';
import { jsonErrorOffset } from '../../../../src/engine/contagion/json-location.ts';

// region <- az1, az2 <- db (any of the two zones) ; app -> db ; wallet -> app (soft) ;
// chain -> v1, v2, v3 (threshold > 1/3, weights 1, 1, 1); v1 -> az1.
const stack: Scenario = {
  nodes: [
    { id: 'region', type: 'cloud_region' },
    { id: 'az1', type: 'cloud_az' },
    { id: 'az2', type: 'cloud_az' },
    { id: 'db', type: 'cloud_service', rule: { kind: 'any' } },
    { id: 'app', type: 'frontend' },
    { id: 'wallet', type: 'wallet' },
    { id: 'v1', type: 'validator_set' },
    { id: 'v2', type: 'validator_set' },
    { id: 'v3', type: 'validator_set' },
    { id: 'chain', type: 'chain', rule: { kind: 'threshold', fraction: 1 / 3, strict: true }, degradedRule: { kind: 'threshold', fraction: 0, strict: true } },
  ],
  edges: [
    { from: 'az1', to: 'region' },
    { from: 'az2', to: 'region' },
    { from: 'db', to: 'az1' },
    { from: 'db', to: 'az2' },
    { from: 'app', to: 'db' },
    { from: 'wallet', to: 'app', kind: 'soft' },
    { from: 'v1', to: 'az1' },
    { from: 'v2', to: 'az2' },
    { from: 'chain', to: 'v1', weight: 1 },
    { from: 'chain', to: 'v2', weight: 1 },
    { from: 'chain', to: 'v3', weight: 1 },
  ],
};

describe('explain', () => {
  const graph = compile(stack);

  test('names the failed dependencies and the rule that tripped, round by round', () => {
    const outcome = evaluate(graph, ['region']);
    expect(outcome.waves).toEqual([['region'], ['az1', 'az2'], ['db', 'v1', 'v2'], ['app', 'chain']]);
    expect(outcome.degraded).toEqual(['wallet']);
    const byId = new Map(explain(graph, outcome).map((e) => [e.id, e]));
    expect(byId.get('region')).toMatchObject({ cause: 'seed', wave: 0, causes: [] });
    expect(byId.get('db')).toMatchObject({ cause: 'rule', wave: 2, rule: { kind: 'any' }, causes: ['az1', 'az2'], dependencies: 2 });
    expect(byId.get('chain')).toMatchObject({ wave: 3, causes: ['v1', 'v2'], share: { failed: 2, total: 3 } });
    expect(byId.get('chain')!.text).toBe('chain is down: 2/3 (66.7%) of its dependency weight is lost (v1 and v2), above its limit of 1/3.');
    // A limit of 0 reads as what it means, not "above its limit of 0".
    const one = new Map(explain(graph, evaluate(graph, ['az1'])).map((e) => [e.id, e]));
    expect(one.get('chain')!.text).toBe('chain is degraded: counting degraded dependencies as lost, it is affected by any loss of its dependency weight, and 1/3 (33.3%) is lost (v1).');
    expect(byId.get('wallet')).toMatchObject({ status: 'degraded', cause: 'soft', causes: ['app'] });
    expect(byId.get('db')!.text).toBe('db is down: it needs any one of its 2 redundant dependencies, and all of them are lost (az1 and az2).');
  });

  test('degraded by its degradedRule, with labels', () => {
    const outcome = evaluate(graph, ['v3']);
    expect(outcome.failed).toEqual(['v3']);
    expect(outcome.degraded).toEqual(['chain']);
    const [, chain] = explain(graph, outcome, { label: (id) => id.toUpperCase() });
    expect(chain).toMatchObject({ id: 'chain', status: 'degraded', cause: 'rule', causes: ['v3'], share: { failed: 1, total: 3 } });
    expect(chain!.text).toContain('CHAIN is degraded');
    expect(chain!.text).toContain('1/3 (33.3%)');
  });

  test('exactly a third offline keeps a strict > 1/3 chain up', () => {
    expect(evaluate(graph, ['az1']).status.get('chain')).toBe('degraded');
    expect(evaluate(graph, ['az1', 'az2']).status.get('chain')).toBe('down');
  });
});

describe('blastRadius', () => {
  test('counts what each node alone takes down, by type, most harmful first', () => {
    const graph = compile(stack);
    const radius = blastRadius(graph);
    expect(radius[0]).toEqual({ id: 'region', type: 'cloud_region', count: 7, byType: { cloud_az: 2, cloud_service: 1, validator_set: 2, frontend: 1, chain: 1 } });
    expect(radius.find((r) => r.id === 'az1')).toEqual({ id: 'az1', type: 'cloud_az', count: 1, byType: { validator_set: 1 } });
    expect(radius.find((r) => r.id === 'wallet')!.count).toBe(0);
    // Sorted by count, then id.
    for (let i = 1; i < radius.length; i++) {
      const [a, b] = [radius[i - 1]!, radius[i]!];
      expect(a.count > b.count || (a.count === b.count && a.id < b.id)).toBe(true);
    }
    const counts = blastRadiusCounts(graph);
    for (const r of radius) expect(counts[graph.index.get(r.id)!]).toBe(r.count);
  });

  test('matches one cascade per node on random graphs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 40 }))), ([n, pairs]) => {
        const graph = compile({ nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, rule: i % 2 ? { kind: 'any' as const } : undefined })), edges: pairs.map(([a, b]) => ({ from: `n${a}`, to: `n${b}` })) });
        const counts = blastRadiusCounts(graph);
        for (let i = 0; i < n; i++) expect(counts[i]).toBe(cascade(graph, [`n${i}`]).failed.length - 1);
      }),
      { seed: 1234, numRuns: 200 },
    );
  });
});

describe('mitigations', () => {
  test('each op edits a copy and leaves the input alone', () => {
    const before = JSON.stringify(stack);
    const changed = applyMitigation(stack, {
      changes: [
        { op: 'addNode', node: { id: 'az3', type: 'cloud_az' } },
        { op: 'retargetEdge', from: 'v2', to: 'az2', newTo: 'az3' },
        { op: 'addEdge', from: 'app', to: 'az3', kind: 'soft' },
        { op: 'setWeight', from: 'chain', to: 'v3', weight: 5 },
        { op: 'setRule', node: 'chain', rule: { kind: 'any' }, degradedRule: null },
        { op: 'removeEdge', from: 'wallet', to: 'app' },
        { op: 'removeNode', node: 'v1' },
      ],
    });
    expect(JSON.stringify(stack)).toBe(before);
    expect(changed.nodes.map((n) => n.id)).toEqual(['region', 'az1', 'az2', 'db', 'app', 'wallet', 'v2', 'v3', 'chain', 'az3']);
    expect(changed.edges).toContainEqual({ from: 'v2', to: 'az3' });
    expect(changed.edges).toContainEqual({ from: 'app', to: 'az3', kind: 'soft' });
    expect(changed.edges).toContainEqual({ from: 'chain', to: 'v3', weight: 5 });
    expect(changed.edges.some((e) => e.from === 'wallet' || e.from === 'v1' || e.to === 'v1')).toBe(false);
    expect(changed.nodes.find((n) => n.id === 'chain')).toEqual({ id: 'chain', type: 'chain', rule: { kind: 'any' } });
    // chain (now `any`) keeps v2, which moved to az3 outside the region, and v3: it stays up.
    expect(evaluate(compile(changed), ['region']).status.get('chain')).toBe('up');
  });

  test('mitigations compose in order', () => {
    const a = { id: 'a', title: 'A', changes: [{ op: 'addNode' as const, node: { id: 'x' } }] };
    const b = { id: 'b', title: 'B', changes: [{ op: 'addEdge' as const, from: 'app', to: 'x' }, { op: 'setRule' as const, node: 'app', rule: { kind: 'any' as const } }] };
    const both = applyMitigations(stack, [a, b]);
    expect(evaluate(compile(both), ['region']).status.get('app')).toBe('up');
    expect(applyMitigations(stack, [])).toEqual(stack);
  });

  test('errors name the mitigation and the change', () => {
    const run = (changes: Parameters<typeof applyMitigation>[1]['changes']) => () => applyMitigation(stack, { id: 'm', changes });
    expect(run([{ op: 'addEdge', from: 'app', to: 'ghost' }])).toThrow('mitigation "m": changes[0].to: unknown node "ghost"');
    expect(run([{ op: 'removeEdge', from: 'app', to: 'region' }])).toThrow('mitigation "m": changes[0]: there is no edge app -> region');
    expect(run([{ op: 'addNode', node: { id: 'db' } }])).toThrow(ScenarioError);
  });
});

describe('memory and JSON locations', () => {
  test('graphByteLength sums the typed arrays', () => {
    const graph = compile(stack);
    const core = graph.dependentsStart.byteLength + graph.dependents.byteLength + (graph.dependentWeight?.byteLength ?? 0) + graph.cut.byteLength + graph.ruleOf.byteLength + graph.typeOf.byteLength;
    expect(graphByteLength(graph)).toBeGreaterThan(core); // plus the degradation arrays
    expect(graph.degradation).not.toBeNull();
  });

  test('jsonErrorOffset agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', '"', ']', '{', 'x', ' '), (json, at, insert) => {
        const text = json.slice(0, at % (json.length + 1)) + insert + json.slice(at % (json.length + 1));
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(text) === -1).toBe(valid);
        expect(jsonErrorOffset(json)).toBe(-1);
      }),
      { seed: 77, numRuns: 500 },
    );
  });
});
