// Edge sensitivity checked against brute force: for every edge of random small graphs (all four rules,
// soft edges, degraded rules, cycles), the naive reference in reference.ts is run on the graph without
// that edge, and the nodes whose state differs must be exactly the ones edgeSensitivity lists.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { edgeSensitivity, ScenarioError, type NodeStatus } from '../../../../src/engine/contagion/index.ts';
import { modelWithSeedsArb, nodeId, referenceDegraded, referenceWaves, toEngineScenario, type RefModel } from './reference.ts';

function referenceStatus(model: RefModel, seeds: readonly number[]): NodeStatus[] {
  const failed = new Set(referenceWaves(model, seeds).flat());
  const degraded = new Set(referenceDegraded(model, failed));
  return Array.from({ length: model.n }, (_, i) => (failed.has(i) ? 'down' : degraded.has(i) ? 'degraded' : 'up'));
}

/** An atLeast rule that asks for more hard dependencies than the node has is not a valid model. */
function invalid(model: RefModel): boolean {
  const hard = new Array<number>(model.n).fill(0);
  for (const e of model.edges) if (!e.soft) hard[e.from]!++;
  return [...model.rules, ...model.degradedRules].some((rule, j) => rule?.kind === 'atLeast' && rule.k > hard[j % model.n]!);
}

describe('edgeSensitivity', () => {
  test('matches brute-force removal of each edge on random graphs with soft edges and degraded rules', () => {
    let changed = 0;
    let undetermined = 0;
    fc.assert(
      fc.property(modelWithSeedsArb(8, true), ({ model, seeds }) => {
        fc.pre(model.edges.length > 0);
        const before = referenceStatus(model, seeds);
        const all = model.edges.map((_, e) => e);
        const answers = edgeSensitivity(toEngineScenario(model), seeds.map(nodeId), all);
        expect(answers.map((a) => a.edge)).toEqual(all);
        answers.forEach((answer, e) => {
          const without: RefModel = { ...model, edges: model.edges.filter((_, j) => j !== e) };
          expect([answer.from, answer.to]).toEqual([nodeId(model.edges[e]!.from), nodeId(model.edges[e]!.to)]);
          if (invalid(without)) {
            undetermined++;
            expect(answer.result).toBe('undetermined');
            return;
          }
          const after = referenceStatus(without, seeds);
          const expected = before.flatMap((s, i) => (s === after[i] ? [] : [{ id: nodeId(i), with: s, without: after[i] }]));
          if (expected.length) changed++;
          expect(answer.result === 'changed' ? answer.changes : []).toEqual(expected);
          expect(answer.result).toBe(expected.length ? 'changed' : 'unchanged');
        });
      }),
      { seed: 20261204, numRuns: 600 },
    );
    // The generator must reach every kind of answer, or the check above proves little.
    expect(changed).toBeGreaterThan(50);
    expect(undetermined).toBeGreaterThan(5);
  });

  test('a hand-worked case: a redundant pair and a hard chain', () => {
    // app needs api (hard) and either region; api needs region_a. Region a fails.
    const scenario = {
      nodes: [{ id: 'region_a' }, { id: 'region_b' }, { id: 'api' }, { id: 'app', rule: { kind: 'any' as const } }, { id: 'web' }],
      edges: [
        { from: 'api', to: 'region_a' },
        { from: 'app', to: 'region_a' },
        { from: 'app', to: 'region_b' },
        { from: 'web', to: 'api' },
      ],
    };
    const [apiA, appA, appB, webApi] = edgeSensitivity(scenario, ['region_a'], [0, 1, 2, 3]);
    expect(apiA).toEqual({ edge: 0, from: 'api', to: 'region_a', result: 'changed', changes: [{ id: 'api', with: 'down', without: 'up' }, { id: 'web', with: 'down', without: 'up' }] });
    expect(appA!.result).toBe('unchanged'); // app stays up on region_b either way
    expect(appB).toEqual({ edge: 2, from: 'app', to: 'region_b', result: 'changed', changes: [{ id: 'app', with: 'up', without: 'down' }] });
    expect(webApi).toEqual({ edge: 3, from: 'web', to: 'api', result: 'changed', changes: [{ id: 'web', with: 'down', without: 'up' }] });
  });

  test('an edge an atLeast rule cannot do without is undetermined, with the reason', () => {
    const scenario = { nodes: [{ id: 'a' }, { id: 'b' }, { id: 'q', rule: { kind: 'atLeast' as const, k: 2 } }], edges: [{ from: 'q', to: 'a' }, { from: 'q', to: 'b' }] };
    const [answer] = edgeSensitivity(scenario, ['a'], [0]);
    expect(answer!.result).toBe('undetermined');
    expect(answer!.result === 'undetermined' && answer!.reason).toMatch(/\bk\b/);
  });

  test('bad edge lists are refused with a message', () => {
    const scenario = { nodes: [{ id: 'a' }, { id: 'b' }], edges: [{ from: 'a', to: 'b' }] };
    for (const bad of [[1], [-1], [0.5], 'x', [Number.NaN]]) expect(() => edgeSensitivity(scenario, [], bad as never)).toThrow(ScenarioError);
    expect(() => edgeSensitivity(scenario, [], [3])).toThrow(/edge indices between 0 and 0/);
  });
});
