/**
 * The site's graph view, computed once per build: every term and every incident case study as a
 * graph document, the view data, and the global map's layout. Other collections join by adding
 * their documents to `documents`.
 */
import { getGlossary } from '../../lib/glossary.ts';
import { getIncidents } from '../../lib/incidents.ts';
import { extractLinks } from '../../lib/link-graph.ts';
import { buildGraphViewData, incidentDocuments, termDocuments, type GraphViewData } from './graph-data.ts';
import { layoutGraph, type Point } from './map-positions.ts';
import { incidentUrl, termUrl } from '../../lib/site.ts';

export interface SiteGraph {
  data: GraphViewData;
  layout: Map<string, Point>;
  width: number;
  height: number;
}

let cached: Promise<SiteGraph> | undefined;
const LABEL_ROOM = 150;

async function load(): Promise<SiteGraph> {
  const glossary = await getGlossary();
  const { incidents } = await getIncidents();
  const documents = [
    ...termDocuments(
      glossary.terms.map((t) => ({ id: t.id, title: t.data.title, category: t.data.category, related: t.data.related })),
      glossary.graph,
      termUrl,
    ),
    ...incidentDocuments(
      incidents.map((i) => ({
        id: i.id,
        title: i.data.title,
        related: i.data.related,
        // The terms the case study's prose wiki-links to, in order of first appearance.
        outLinks: [...new Set(extractLinks(i.body ?? '', glossary.resolve).map((l) => l.target))],
      })),
      incidentUrl,
    ),
  ];
  const data = buildGraphViewData(documents);
  // About 110 units of area per node on a side, in a 3:2 box that suits wide screens.
  const height = Math.max(520, Math.round(Math.sqrt(data.nodes.length) * 105));
  const width = Math.round(height * 1.5);
  const layout = layoutGraph(
    data.nodes.map((n) => n.id),
    data.links,
    // Labels sit to the right of their nodes: keep the nodes clear of the right-hand edge.
    { width: width - LABEL_ROOM, height, padding: 40, minDistance: 28, clearanceAspect: 6.5 },
  );
  return { data, layout, width, height };
}

export function getSiteGraph(): Promise<SiteGraph> {
  cached ??= load();
  return cached;
}
