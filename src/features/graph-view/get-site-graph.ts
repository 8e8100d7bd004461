/** The site's graph view from the content collections, computed once per build (see site-graph.ts). */
import { getGlossary } from '../../lib/glossary.ts';
import { getIncidents } from '../../lib/incidents.ts';
import { placeSiteGraph, siteGraphData, type SiteGraph } from './site-graph.ts';

export type { SiteGraph };

let cached: Promise<SiteGraph> | undefined;

async function load(): Promise<SiteGraph> {
  const glossary = await getGlossary();
  const { incidents } = await getIncidents();
  return placeSiteGraph(
    siteGraphData({
      terms: glossary.terms.map((t) => ({ id: t.id, title: t.data.title, category: t.data.category, related: t.data.related })),
      linkGraph: glossary.graph,
      incidents: incidents.map((i) => ({ id: i.id, title: i.data.title, related: i.data.related, body: i.body ?? '' })),
      resolve: glossary.resolve,
    }),
  );
}

export function getSiteGraph(): Promise<SiteGraph> {
  cached ??= load();
  return cached;
}
