// Evidence grades as the simulator reads them, and how many unreported edges a result rests on,
// counted by hand on a small graph.
import { describe, expect, test } from 'vitest';
import { evidenceOf, gradeOf, supportCounts, supportText } from '../../../src/features/simulator/evidence.ts';
import { simulate, type SimScenario } from '../../../src/features/simulator/simulation.ts';

// region ← api (reported) ← app (assumed); app ← cdn (inferred, soft); other ← region (no grade).
const file: SimScenario = {
  id: 'graded',
  nodes: [
    { id: 'region', label: 'Region', type: 'cloud_region', evidence: 'reported', sources: ['s'] },
    { id: 'cdn', label: 'CDN', type: 'cdn' },
    { id: 'api', label: 'API', type: 'backend', evidence: 'assumed' },
    { id: 'app', label: 'App', type: 'wallet', evidence: 'inferred' },
    { id: 'other', label: 'Other', type: 'backend' },
  ],
  edges: [
    { from: 'api', to: 'region', evidence: 'reported', sources: ['s'] },
    { from: 'app', to: 'api', evidence: 'assumed', note: 'plausible' },
    { from: 'app', to: 'cdn', kind: 'soft', evidence: 'inferred', note: 'argued' },
    { from: 'other', to: 'region' },
  ],
  trigger: { seeds: ['region', 'cdn'], description: 'the region fails' },
};

describe('evidence grades', () => {
  test('a missing or unknown grade is unstated', () => {
    expect([gradeOf({ evidence: 'reported' }), gradeOf({}), gradeOf({ evidence: 'rumoured' }), gradeOf(undefined)]).toEqual(['reported', 'unstated', 'unstated', 'unstated']);
    const e = evidenceOf(file);
    expect([e.edge('api', 'region'), e.edge('app', 'api'), e.edge('app', 'cdn'), e.edge('other', 'region'), e.edge('x', 'y')]).toEqual(['reported', 'assumed', 'inferred', 'unstated', 'unstated']);
    expect([e.node('api'), e.node('cdn')]).toEqual(['assumed', 'unstated']);
    expect(e.graded).toBe(true);
    expect(evidenceOf({ ...file, nodes: file.nodes.map(({ id, label, type }) => ({ id, label, type })), edges: file.edges.map(({ from, to }) => ({ from, to })) }).graded).toBe(false);
  });

  test('a result rests on the edges back to what was failed first', () => {
    const r = simulate(file, ['region', 'cdn']);
    const e = evidenceOf(file);
    // app is down through app→api (assumed) and api→region (reported); the soft edge did not cause it.
    expect(r.outcome.status.get('app')).toBe('down');
    expect(supportCounts('app', r.explanations, e)).toEqual({ reported: 1, inferred: 0, assumed: 1, unstated: 0 });
    expect(supportCounts('api', r.explanations, e)).toEqual({ reported: 1, inferred: 0, assumed: 0, unstated: 0 });
    expect(supportCounts('other', r.explanations, e)).toEqual({ reported: 0, inferred: 0, assumed: 0, unstated: 1 });
    expect(supportText({ reported: 1, inferred: 0, assumed: 1, unstated: 0 })).toBe('rests on 1 assumed edge (and 1 reported)');
    expect(supportText({ reported: 2, inferred: 0, assumed: 0, unstated: 0 })).toBe('rests on 2 reported edges only');
    expect(supportText({ reported: 0, inferred: 2, assumed: 1, unstated: 1 })).toBe('rests on 2 inferred, 1 assumed and 1 ungraded edges');
    expect(supportText({ reported: 0, inferred: 0, assumed: 0, unstated: 0 })).toBeNull();
  });
});
