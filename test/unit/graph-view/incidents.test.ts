// The incident case studies on the map: one node each, linked to every related term, with ids
// that cannot collide with term slugs; and on a term's local map only beside the centre.
import { describe, expect, test } from 'vitest';
import { buildGraphViewData, incidentDocuments, incidentNodeId, INCIDENT_GROUP, termDocuments } from '../../../src/features/graph-view/graph-data.ts';
import { GROUPS, groupShapePath, groupTitle } from '../../../src/features/graph-view/map-appearance.ts';
import { localMap } from '../../../src/features/graph-view/local-map-positions.ts';
import { glossaryGraph } from './glossary-graph.ts';

const { files, incidentFiles, incidents, siteData } = glossaryGraph();
const byId = new Map(siteData.nodes.map((n) => [n.id, n]));
const linked = (a: string, b: string) => siteData.links.some((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a));

describe('incidents on the site map', () => {
  test('there are incidents to show, each with related terms', () => {
    expect(incidentFiles.length).toBeGreaterThan(0);
    for (const f of incidentFiles) expect(f.data?.related.length, f.file).toBeGreaterThan(0);
  });

  test('every incident appears exactly once, as an incident node with its page', () => {
    for (const f of incidentFiles) {
      const matches = siteData.nodes.filter((n) => n.kind === 'incident' && n.url === `/incidents/${f.slug}/`);
      expect(matches, f.slug).toHaveLength(1);
      expect(matches[0]).toMatchObject({ id: incidentNodeId(f.slug), title: f.data!.title, group: INCIDENT_GROUP });
    }
    expect(siteData.nodes.filter((n) => n.kind === 'incident')).toHaveLength(incidentFiles.length);
    expect(siteData.nodes.filter((n) => n.kind === 'term')).toHaveLength(files.length);
  });

  test('every incident links to each of its related terms and to the terms its prose links to', () => {
    for (const i of incidents) {
      const id = incidentNodeId(i.id);
      for (const t of new Set([...i.related, ...i.outLinks])) {
        expect(byId.get(t)?.kind, `${i.id} → ${t}`).toBe('term');
        expect(linked(id, t), `${i.id} → ${t}`).toBe(true);
      }
      expect(byId.get(id)!.degree).toBe(new Set([...i.related, ...i.outLinks]).size);
    }
  });

  test('links from incidents go to terms only, and their kind follows the prose', () => {
    for (const l of siteData.links.filter((l) => byId.get(l.source)!.kind === 'incident')) {
      expect(byId.get(l.target)!.kind).toBe('term');
      const i = incidents.find((x) => incidentNodeId(x.id) === l.source)!;
      expect(l.kind).toBe(i.outLinks.includes(l.target) ? 'link' : 'related');
    }
    expect(siteData.links.filter((l) => byId.get(l.target)!.kind === 'incident')).toEqual([]);
  });

  test('incident ids never collide with term slugs, even when an incident shares a term’s slug', () => {
    const ids = siteData.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const termIds = new Set(files.map((f) => f.slug));
    for (const n of siteData.nodes.filter((n) => n.kind === 'incident')) {
      expect(n.id.startsWith('incident:')).toBe(true);
      expect(termIds.has(n.id)).toBe(false);
    }
    for (const slug of termIds) expect(slug).toMatch(/^[a-z0-9-]+$/);
    // An incident named like a term still gets its own node.
    const terms = termDocuments([{ id: 'oracle', title: 'Oracle', category: 'markets', related: [] }], { outlinks: new Map() }, (id) => `/terms/${id}/`);
    const clash = incidentDocuments([{ id: 'oracle', title: 'The oracle outage', related: ['oracle'], outLinks: [] }], (id) => `/incidents/${id}/`);
    const data = buildGraphViewData([...terms, ...clash]);
    expect(data.nodes.map((n) => n.id)).toEqual(['oracle', 'incident:oracle']);
    expect(data.links).toEqual([{ source: 'incident:oracle', target: 'oracle', kind: 'related' }]);
  });
});

describe('incident encoding', () => {
  test('incidents are their own legend group, with a shape no category uses', () => {
    const group = GROUPS.find((g) => g.key === INCIDENT_GROUP);
    expect(group).toMatchObject({ title: 'Incident case studies', shape: 'hexagon' });
    expect(groupTitle(INCIDENT_GROUP)).toBe('Incident case study');
    const shapeOf = (key: string) => groupShapePath(key, 100).replace(/[\d.-]+/g, 'n');
    const categoryShapes = GROUPS.filter((g) => g.key !== INCIDENT_GROUP).map((g) => shapeOf(g.key));
    expect(categoryShapes).not.toContain(shapeOf(INCIDENT_GROUP));
    // six corners, closed
    expect(groupShapePath(INCIDENT_GROUP, 100)).toMatch(/^M[^L]+(L[^L]+){5}Z$/);
  });
});

describe('incidents on a term’s local map', () => {
  const centre = incidents[0]!.related[0]!;
  test('a term’s case studies sit beside it, never two steps out, and never lead further', () => {
    const own = incidents.filter((i) => i.related.includes(centre) || i.outLinks.includes(centre)).map((i) => incidentNodeId(i.id));
    expect(own.length).toBeGreaterThan(0);
    const termsOnly = { nodes: siteData.nodes.filter((n) => n.kind === 'term'), links: siteData.links.filter((l) => !l.source.startsWith('incident:')) };
    for (const hops of [1, 2] as const) {
      const map = localMap(siteData, centre, hops);
      expect(new Set(map.nodes.filter((n) => n.kind === 'incident').map((n) => n.id))).toEqual(new Set(own));
      expect(map.nodes.filter((n) => n.kind === 'incident').every((n) => n.hop === 1)).toBe(true);
      // the terms shown are exactly those of the terms-only map
      const plain = localMap(termsOnly, centre, hops);
      const terms = (m: typeof map) => m.nodes.filter((n) => n.kind === 'term').map((n) => `${n.id}@${n.hop}`).sort();
      expect(terms(map)).toEqual(terms(plain));
    }
  });
});
