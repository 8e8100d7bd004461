/**
 * What the importers decide: direction, soft edges, self-loops and duplicates, types, warnings, groups,
 * evidence grades, and exports that read back to the scenario they came from (random scenarios).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPE_NAMES } from '../../../../src/engine/contagion/node-types.ts';
import { detectFormat, exportScenario, importScenario, type ImportedScenario } from '../../../../src/engine/contagion/formats/index.ts';

const pairs = (s: ImportedScenario): string[] => s.edges.map((e) => `${e.from}>${e.to}`);

describe('direction', () => {
  it('defaults to "from depends on to" and turns round on request, in every ambiguous format', async () => {
    const texts = {
      dot: 'digraph { wallet -> rpc }',
      mermaid: 'flowchart TD\n  wallet --> rpc',
      csv: 'from,to\nwallet,rpc\n',
      graphml: '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="wallet"/><node id="rpc"/><edge source="wallet" target="rpc"/></graph></graphml>',
    } as const;
    for (const [format, text] of Object.entries(texts)) {
      expect(pairs((await importScenario(text, format as keyof typeof texts)).scenario), format).toEqual(['wallet>rpc']);
      expect(pairs((await importScenario(text, format as keyof typeof texts, { direction: 'to-depends-on-from' })).scenario), format).toEqual(['rpc>wallet']);
    }
  });

  it('is fixed for Jaeger (the option is reported as unused)', async () => {
    const r = await importScenario('[{"parent":"a","child":"b","callCount":3}]', 'jaeger', { direction: 'to-depends-on-from' });
    expect(pairs(r.scenario)).toEqual(['a>b']);
    expect(r.warnings.map((w) => w.code)).toContain('option-ignored');
  });
});

describe('what is dropped, merged or guessed is reported', () => {
  it('self-loops and duplicate edges (DOT), with the location of the first', async () => {
    const r = await importScenario('digraph {\n  a -> a;\n  a -> b;\n  a -> b;\n}', 'dot');
    expect(pairs(r.scenario)).toEqual(['a>b']);
    expect(r.warnings.find((w) => w.code === 'self-loop')).toMatchObject({ line: 2, column: 3, count: 1 });
    expect(r.warnings.find((w) => w.code === 'duplicate-edge')).toMatchObject({ line: 4, column: 3 });
  });

  it('Jaeger links listed twice add their call counts', async () => {
    const r = await importScenario('[{"parent":"a","child":"b","callCount":3},{"parent":"a","child":"b","callCount":4}]', 'jaeger');
    expect(r.scenario.edges).toEqual([{ from: 'a', to: 'b', weight: 7 }]);
  });

  it('dotted Mermaid links and dashed DOT edges are soft; an edge kind that is not ours is a warning', async () => {
    expect((await importScenario('flowchart LR\n  a -.-> b\n  a ==> c', 'mermaid')).scenario.edges).toEqual([
      { from: 'a', to: 'b', kind: 'soft' },
      { from: 'a', to: 'c' },
    ]);
    expect((await importScenario('digraph { a -> b [style=dashed] }', 'dot')).scenario.edges).toEqual([{ from: 'a', to: 'b', kind: 'soft' }]);
    const r = await importScenario('from,to,kind\na,b,optional\n', 'csv');
    expect(r.scenario.edges).toEqual([{ from: 'a', to: 'b' }]);
    expect(r.warnings.find((w) => w.code === 'unknown-value')).toMatchObject({ line: 2, column: 5 });
  });

  it('types: our own kept, obvious names guessed, the rest neutral', async () => {
    const r = await importScenario('digraph {\n  w [type=wallet];\n  "eth-rpc-1"; "aws us-east-1"; "Validators"; thing;\n  w -> "eth-rpc-1" -> "aws us-east-1"; w -> Validators; w -> thing\n}', 'dot');
    expect(r.scenario.nodes.map((n) => n.type)).toEqual(['wallet', 'rpc_provider', 'cloud_region', 'validator_set', 'other']);
    expect(r.warnings.find((w) => w.code === 'type-guessed')!.count).toBe(3);
  });

  it('the trigger: the file\'s own when it has one, else the most depended-on node, with a warning', async () => {
    const r = await importScenario('from,to\na,hub\nb,hub\nc,d\n', 'csv');
    expect(r.scenario.trigger.seeds).toEqual(['hub']);
    expect(r.warnings.map((w) => w.code)).toContain('trigger-guessed');
  });

  it('names are turned into valid, unique ids and kept as labels', async () => {
    const r = await importScenario('flowchart TD\n  A --> a\n  A --> B_C', 'mermaid');
    expect(r.scenario.nodes.map((n) => [n.id, n.label])).toEqual([
      ['a_2', 'A'],
      ['a', 'a'],
      ['b_c', 'B_C'],
    ]);
  });
});

describe('evidence grades', () => {
  const graded: ImportedScenario = {
    id: 'graded',
    title: 'A graded scenario',
    sources: [{ id: 'status-page', title: 'Status page', publisher: 'Example', date: '2025-10', url: 'https://example.org/status' }] as never,
    nodes: [
      { id: 'wallet', label: 'Wallet', type: 'wallet', evidence: 'reported', sources: ['status-page'] },
      { id: 'rpc', label: 'RPC "main"', type: 'rpc_provider', rule: { kind: 'threshold', fraction: 1 / 3, strict: true }, evidence: 'assumed', note: 'A plausible set-up.' },
    ],
    edges: [{ from: 'wallet', to: 'rpc', weight: 2.5, evidence: 'inferred', note: 'Follows from the outage.', sources: ['status-page'] }],
    trigger: { seeds: ['rpc'], description: 'the RPC provider fails' },
  };

  it('round-trip through DOT, Mermaid and GraphML', async () => {
    for (const format of ['dot', 'mermaid', 'graphml'] as const) {
      const back = await importScenario(await exportScenario(graded, format), format);
      expect(back.scenario, format).toEqual(graded);
    }
  });

  it('are absent (unstated) when a file has none', async () => {
    const r = await importScenario('digraph { a -> b }', 'dot');
    expect(r.scenario.nodes.every((n) => n.evidence === undefined)).toBe(true);
  });

  it('a grade that is not one of ours is a warning and stays unstated', async () => {
    const r = await importScenario('digraph { a [evidence=rumoured]; a -> b }', 'dot');
    expect(r.scenario.nodes[0]!.evidence).toBeUndefined();
    expect(r.warnings.map((w) => w.code)).toContain('unknown-value');
  });
});

describe('exports read back to the same scenario (random scenarios)', () => {
  const id = fc.stringMatching(/^[a-z][a-z0-9]{0,5}(?:[_-][a-z0-9]{1,4})?$/);
  const label = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.()'/&+-]{0,20}[A-Za-z0-9]$/).filter((s) => !/ {2}|\*\*|__|fa[bslr]?:fa-/.test(s));
  const scenarioArb = fc
    .uniqueArray(id, { minLength: 1, maxLength: 8 })
    .chain((ids) =>
      fc.record({
        nodes: fc.tuple(
          ...ids.map((nodeId) =>
            fc.record(
              {
                id: fc.constant(nodeId),
                label,
                type: fc.constantFrom(...NODE_TYPE_NAMES),
                note: fc.constantFrom('Runs in one region.', 'A "quoted" note; with <xml> & marks.'),
                evidence: fc.constantFrom('reported', 'inferred', 'assumed'),
              },
              { requiredKeys: ['id', 'label', 'type'] },
            ),
          ),
        ),
        edges: fc.uniqueArray(
          fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), kind: fc.constantFrom(undefined, 'soft' as const), weight: fc.constantFrom(undefined, 1, 0.45, 37.6) }),
          { selector: (e) => `${e.from}>${e.to}`, maxLength: 12 },
        ),
      }),
    )
    .map(({ nodes, edges }) => {
      const scenario: ImportedScenario = {
        id: 'random',
        title: 'Random scenario',
        nodes,
        edges: edges.filter((e) => e.from !== e.to).map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as unknown as ImportedScenario['edges'][number]),
        trigger: { seeds: [nodes[0]!.id], description: 'the first node fails' },
      };
      return scenario;
    });

  it('DOT, Mermaid, GraphML and JSON', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        for (const format of ['dot', 'mermaid', 'graphml'] as const) {
          const text = await exportScenario(scenario, format);
          expect(detectFormat(text)).toBe(format);
          expect((await importScenario(text)).scenario).toEqual(scenario);
        }
        // Our JSON goes through the scenario schema, grades included.
        expect((await importScenario(await exportScenario(scenario, 'json'))).scenario).toEqual({ mitigations: [], ...scenario });
      }),
      { numRuns: 60 },
    );
  });

  it('CSV keeps the edges (its rows carry no node data)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        fc.pre(scenario.edges.length > 0);
        const back = await importScenario(await exportScenario(scenario, 'csv'), 'csv');
        expect(back.scenario.edges).toEqual(scenario.edges.map(({ note: _n, evidence: _e, sources: _s, ...rest }) => rest));
      }),
      { numRuns: 40 },
    );
  });
});
