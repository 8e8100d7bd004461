// Case studies both ways: which incidents illustrate which term, from the incidents' own data
// (src/lib/case-studies.ts). Each rule on small made-up incidents, then the real content against what
// the pages themselves say: the central term's own examples table, and the scenario files' records.
import { describe, expect, test } from 'vitest';
import { CENTRAL_TERM, COMPONENT_TERMS, caseStudiesByTerm, failedTypes, illustratedTerms, type CaseStudySource } from '../../src/lib/case-studies.ts';
import { caseStudySources, loadScenarioFiles, loadTermFiles } from './content-files.ts';

const incident = (over: Partial<CaseStudySource>): CaseStudySource => ({ id: 'x', start: new Date('2024-01-01'), related: [], ...over });

describe('the rules, one at a time', () => {
  test('related terms come first, in the author’s order, each once', () => {
    const terms = illustratedTerms(incident({ related: ['b', 'a', 'b'], linked: ['a', 'c'] }));
    expect([...terms]).toEqual([['b', 'related'], ['a', 'related'], ['c', 'linked']]);
  });

  test('a failed component of a known kind names its term; a kind with no term names nothing', () => {
    const terms = illustratedTerms(incident({ failedTypes: ['cdn', 'rpc_aggregator', 'rpc_provider', 'wallet'] }));
    expect([...terms]).toEqual([['cdn-dependency', 'component'], ['rpc-provider', 'component']]);
  });

  test('the central term needs a failure in two different layers', () => {
    expect(illustratedTerms(incident({ layers: ['software'] })).has(CENTRAL_TERM)).toBe(false);
    expect(illustratedTerms(incident({ layers: ['software', 'software'] })).has(CENTRAL_TERM)).toBe(false);
    expect(illustratedTerms(incident({ layers: ['infrastructure', 'product'] })).get(CENTRAL_TERM)).toBe('spread');
    // an incident that names the central term keeps "related" as its reason
    expect(illustratedTerms(incident({ related: [CENTRAL_TERM], layers: ['infrastructure', 'product'] })).get(CENTRAL_TERM)).toBe('related');
  });

  test('failed types come from what was down or degraded in the incident, not from what stayed up', () => {
    const scenario = {
      nodes: [
        { id: 'c', type: 'cdn' as const },
        { id: 'r', type: 'rpc_provider' as const },
        { id: 's', type: 'sequencer' as const },
        { id: 'w', type: 'wallet' as const },
      ],
      expected: { down: ['c'], degraded: ['s'] },
    };
    expect(failedTypes(scenario)).toEqual(['cdn', 'sequencer']);
  });

  test('each term lists its incidents newest first, whatever the reason', () => {
    const map = caseStudiesByTerm([
      incident({ id: 'old', start: new Date('2020-11-11'), related: ['a'] }),
      incident({ id: 'new', start: new Date('2025-10-20'), linked: ['a'] }),
      incident({ id: 'mid', start: new Date('2022-06-21'), failedTypes: ['oracle_feed'], layers: ['service', 'product'] }),
    ]);
    expect(map.get('a')).toEqual(['new', 'old']);
    expect(map.get('oracle')).toEqual(['mid']);
    expect(map.get(CENTRAL_TERM)).toEqual(['mid']);
  });
});

describe('the real content', () => {
  const sources = caseStudySources();
  const map = caseStudiesByTerm(sources);
  const terms = loadTermFiles();
  const slugs = new Set(terms.map((t) => t.slug));

  test('every term a rule can name exists', () => {
    expect([CENTRAL_TERM, ...Object.values(COMPONENT_TERMS)].filter((t) => !slugs.has(t))).toEqual([]);
    const named = sources.flatMap((s) => [...illustratedTerms(s).keys()].map((t) => `${s.id} → ${t}`));
    expect(named.filter((n) => !slugs.has(n.split(' → ')[1]!))).toEqual([]);
  });

  test('the central term lists every case study its own examples table links to, and not its negative control', () => {
    const central = terms.find((t) => t.slug === CENTRAL_TERM)!;
    const rows = central.body.split('\n').filter((l) => l.startsWith('|')).flatMap((row) => {
      const id = /\]\(\/incidents\/([a-z0-9-]+)\/\)/.exec(row)?.[1];
      return id ? [{ id, control: /negative control/.test(row) }] : [];
    });
    const listed = map.get(CENTRAL_TERM) ?? [];
    expect(rows.filter((r) => !r.control).length).toBeGreaterThanOrEqual(9);
    expect(rows.filter((r) => !r.control && !listed.includes(r.id)).map((r) => r.id)).toEqual([]);
    // CrowdStrike's update crashed Windows hosts and nothing else: the term's row calls it a negative control.
    expect(rows.filter((r) => r.control).map((r) => r.id)).toEqual(['crowdstrike-2024']);
    expect(listed).not.toContain('crowdstrike-2024');
  });

  test('a component that failed in the record makes the incident a case of its term', () => {
    // Read from the scenario file directly: the Base sequencer was degraded or down in October 2025.
    const aws = loadScenarioFiles().find((s) => s.id === 'aws-us-east-1-2025')!;
    const sequencer = aws.nodes.find((n) => n.type === 'sequencer')!;
    expect([...aws.expected.down, ...aws.expected.degraded]).toContain(sequencer.id);
    expect(map.get('sequencer')).toContain('aws-us-east-1-2025');
  });

  test('both directions agree: an incident is under a term exactly when it illustrates that term', () => {
    for (const s of sources) {
      const illustrated = new Set(illustratedTerms(s).keys());
      for (const [term, ids] of map) expect(ids.includes(s.id), `${s.id} / ${term}`).toBe(illustrated.has(term));
    }
  });
});
