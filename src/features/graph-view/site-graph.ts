/**
 * The site's graph view: every term and every incident case study as a graph document, the view data,
 * and the global map's positions. Pure: the build feeds it the content collections (get-site-graph.ts)
 * and the tests the content files, so both draw the same map. Other collections join by adding their
 * documents in `siteGraphData`.
 */
import { extractLinks, type LinkGraph } from '../../lib/link-graph.ts';
import { incidentUrl, termUrl } from '../../lib/site.ts';
import { buildGraphViewData, incidentDocuments, termDocuments, type GraphViewData } from './graph-data.ts';
import { layoutGraph, type Point } from './map-positions.ts';

export interface SiteGraph {
  data: GraphViewData;
  layout: Map<string, Point>;
  width: number;
  height: number;
}

export interface SiteGraphSources {
  terms: readonly { id: string; title: string; category: string; related: readonly string[] }[];
  /** the glossary's link graph (prose links between terms) */
  linkGraph: Pick<LinkGraph, 'outlinks'>;
  incidents: readonly { id: string; title: string; related: readonly string[]; body: string }[];
  /** resolves a wiki-link target to a term id */
  resolve: (target: string) => string | undefined;
}

/** The map's nodes and links: the terms, then the incident case studies and the terms they discuss. */
export function siteGraphData({ terms, linkGraph, incidents, resolve }: SiteGraphSources): GraphViewData {
  return buildGraphViewData([
    ...termDocuments(terms, linkGraph, termUrl),
    ...incidentDocuments(
      incidents.map((i) => ({
        id: i.id,
        title: i.title,
        related: i.related,
        // The terms the case study's prose wiki-links to, in order of first appearance.
        outLinks: [...new Set(extractLinks(i.body, resolve).map((l) => l.target))],
      })),
      incidentUrl,
    ),
  ]);
}

const LABEL_ROOM = 150;

/** The global map: the data at build-time positions, in a box sized to the number of nodes. */
export function placeSiteGraph(data: GraphViewData): SiteGraph {
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
