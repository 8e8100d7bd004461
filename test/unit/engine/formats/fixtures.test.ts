/**
 * Each real-world sample imports with the nodes, edges and groups read off the file by hand, exports to
 * every writable format, and reads back to the same scenario.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat, exportScenario, importScenario, type FormatName, type ImportResult } from '../../../../src/engine/contagion/formats/index.ts';
import { fixture } from './fixture.ts';

const edgesOf = (r: ImportResult): string[] => r.scenario.edges.map((e) => `${e.from}>${e.to}${e.kind === 'soft' ? '~' : ''}`);
const labelOf = (r: ImportResult, id: string): string | undefined => r.scenario.nodes.find((n) => n.id === id)?.label;

async function roundTrips(result: ImportResult): Promise<void> {
  for (const format of ['dot', 'mermaid', 'graphml'] as const) {
    const back = await importScenario(await exportScenario(result.scenario, format), format);
    expect(back.scenario, format).toEqual(result.scenario);
  }
  // The JSON parser fills in the optional mitigations list; everything else comes back as it was.
  const json = await importScenario(await exportScenario(result.scenario, 'json'), 'json');
  expect(json.scenario).toEqual({ mitigations: [], ...result.scenario });
}

describe('real-world samples', () => {
  it('Jaeger UI sample dependencies: callers depend on callees, call counts are weights', async () => {
    const text = fixture('jaeger/small.json');
    expect(detectFormat(text)).toBe('jaeger');
    const r = await importScenario(text, undefined, { fileName: 'small.json' });
    expect(r.scenario.nodes).toHaveLength(8);
    expect(edgesOf(r)).toEqual(['service1>service2', 'service1>service3', 'service1>service5', 'service8>service6', 'service6>service1', 'service2>service4', 'service3>service7']);
    expect(r.scenario.edges[5]!.weight).toBe(129216);
    expect(labelOf(r, 'service8')).toBe('Service8');
    await roundTrips(r);
  });

  it('Backstage example catalog: dependsOn, consumed and provided APIs, subcomponents, systems', async () => {
    const text = fixture('backstage/catalog.yaml');
    expect(detectFormat(text)).toBe('backstage');
    const r = await importScenario(text);
    // The component and the API named wayback-archive are two nodes.
    expect(r.scenario.nodes.map((n) => n.id)).toEqual([
      'wayback-archive',
      'wayback-archive-ingestion',
      'wayback-archive-storage',
      'wayback-search',
      'api-wayback-archive',
      'api-wayback-search',
      'artist-lookup',
      'artists-db',
      'www-artist',
    ]);
    expect(new Set(edgesOf(r))).toEqual(
      new Set([
        'api-wayback-archive>wayback-archive',
        'wayback-archive>wayback-archive-ingestion~',
        'wayback-archive>wayback-archive-storage~',
        'wayback-search>api-wayback-archive',
        'api-wayback-search>wayback-search',
        'artist-lookup>artists-db',
        'www-artist>artist-lookup',
      ]),
    );
    expect(r.scenario.nodes.find((n) => n.id === 'artists-db')!.type).toBe('cloud_service'); // a Resource of type database
    expect(r.scenario.nodes.find((n) => n.id === 'www-artist')!.type).toBe('frontend'); // type website
    expect(r.groups).toEqual([expect.objectContaining({ label: 'Artist Engagement Portal', members: ['artist-lookup', 'artists-db', 'www-artist'] })]);
    await roundTrips(r);
  });

  it('Go package graph (DOT): labels from attributes, presentation attributes ignored quietly', async () => {
    const text = fixture('dot/go-package.dot');
    expect(detectFormat(text)).toBe('dot');
    const r = await importScenario(text);
    expect(r.scenario.nodes).toHaveLength(20);
    expect(r.scenario.edges).toHaveLength(49);
    expect(labelOf(r, 'n3')).toBe('regexp/syntax');
    expect(edgesOf(r)[0]).toBe('n0>n1');
    expect(r.warnings.map((w) => w.code)).toEqual(['trigger-guessed']);
    // unsafe (n15) is imported by 8 packages, more than any other.
    expect(r.scenario.trigger.seeds).toEqual(['n15']);
    await roundTrips(r);
  });

  it('Graphviz gallery clusters (DOT): clusters are groups, and can become shared dependencies', async () => {
    const text = fixture('dot/gradient_cluster.dot');
    const r = await importScenario(text);
    expect(r.scenario.nodes.map((n) => n.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'b0', 'b1', 'b2', 'b3', 'start', 'end']);
    expect(r.scenario.edges).toHaveLength(13);
    expect(r.groups.map((g) => [g.label, g.members])).toEqual([
      ['process #1', ['a0', 'a1', 'a2', 'a3']],
      ['process #2', ['b0', 'b1', 'b2', 'b3']],
    ]);
    expect(r.groups[0]).toMatchObject({ line: 3, column: 2 });
    const asDomains = await importScenario(text, 'dot', { groups: 'dependencies' });
    expect(asDomains.scenario.nodes).toHaveLength(12);
    expect(edgesOf(asDomains)).toContain('a0>group_cluster_0');
    await roundTrips(r);
  });

  it('Mermaid architecture flowchart: subgraphs, & fan-out, thick links with text, database shapes', async () => {
    const text = fixture('mermaid/mermaid-chart-architecture.mmd');
    expect(detectFormat(text)).toBe('mermaid');
    const r = await importScenario(text);
    expect(r.scenario.nodes).toHaveLength(22);
    expect(r.scenario.edges).toHaveLength(24);
    expect(labelOf(r, 'edgeco_kv')).toBe('Edgeco KV');
    expect(labelOf(r, 'archivesql')).toBe('ArchiveSQL DB'); // the icon code is not part of the name
    expect(r.scenario.edges.find((e) => e.to === 'archivesql')).toEqual({ from: 'app_server', to: 'archivesql', note: 'Using Ormlib + GuardKit' });
    expect(r.groups).toHaveLength(13);
    expect(r.groups.find((g) => g.id === 'edgeco')!.members).toEqual(['app_server', 'suites_server', 'wikispaces_server', 'docs', 'edgeco_kv']);
    await roundTrips(r);
  });

  it('Mermaid flowchart with multi-line labels, hyphenated ids, dotted links and classes', async () => {
    const r = await importScenario(fixture('mermaid/architecture3.mmd'));
    expect(r.scenario.nodes).toHaveLength(10);
    expect(labelOf(r, 'gb-4239')).toBe('GB-4239 Build a wider screen and CRUD for crate label uploads in depots');
    expect(edgesOf(r).filter((e) => e.endsWith('~'))).toEqual(['gb-4172>gb-4244~', 'gb-4172>gb-4256~', 'gb-4172>gb-4261~']);
    expect(edgesOf(r)).toHaveLength(11);
    await roundTrips(r);
  });

  it('yEd GraphML: y:NodeLabel labels, a group node with a nested graph, descriptions as notes', async () => {
    const text = fixture('graphml/yed-groups.graphml');
    expect(detectFormat(text)).toBe('graphml');
    const r = await importScenario(text);
    expect(r.scenario.nodes.map((n) => [n.id, n.label])).toEqual([
      ['n0', 'Ivrea'],
      ['n1', 'Turin'],
      ['n2_n0', 'Savona'],
      ['n2_n1', 'Brescia'],
    ]);
    expect(edgesOf(r)).toEqual(['n1>n2_n1', 'n1>n0', 'n1>n2_n0']);
    expect(r.groups).toEqual([expect.objectContaining({ label: 'Northern Italy', members: ['n2_n0', 'n2_n1'], line: 43, column: 5 })]);
    expect(r.scenario.nodes[2]!.note).toBe('Savona is a port city in Liguria, northwest Italy.');
    await roundTrips(r);
  });

  it('Warnet GraphML (Bitcoin test network): key/data attributes, unknown keys reported once each', async () => {
    const r = await importScenario(fixture('graphml/warnet-example.graphml'));
    expect(r.scenario.nodes).toHaveLength(12);
    expect(r.scenario.edges).toHaveLength(22);
    const unknown = r.warnings.filter((w) => w.code === 'unknown-attribute');
    expect(unknown.map((w) => [w.count, w.line])).toEqual([
      [12, 7],
      [12, 8],
      [1, 9],
    ]);
    await roundTrips(r);
  });

  it('Gephi CSV edge table: source/target/weight, a repeated edge merged, the id column ignored', async () => {
    const text = fixture('csv/gephi-edges-repeated.csv');
    expect(detectFormat(text)).toBe('csv');
    const r = await importScenario(text);
    expect(r.scenario.edges).toEqual([
      { from: '1', to: '2', weight: 1 },
      { from: '3', to: '4', weight: 2 },
      { from: '2', to: '3', weight: 2 },
    ]);
    expect(r.warnings.find((w) => w.code === 'duplicate-edge')).toMatchObject({ line: 4, column: 1 });
    expect(r.warnings.find((w) => w.code === 'unknown-attribute')).toMatchObject({ line: 1, column: 1 });
    await roundTrips(r);
  });
});

describe('format names', () => {
  it('every importer is reachable', async () => {
    const formats: FormatName[] = ['json', 'jaeger', 'backstage', 'dot', 'mermaid', 'csv', 'graphml'];
    for (const format of formats) await expect(importScenario('', format)).rejects.toThrow(/line 1, column 1/);
  });
});
