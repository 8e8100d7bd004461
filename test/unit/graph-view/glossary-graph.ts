/**
 * The real glossary as graph-view data, built from the content files by the site's own code
 * (site-graph.ts), so the tests check the map the build draws. `incidents` carries each case study's
 * prose links worked out here, as an expectation to check the map against.
 */
import { buildLinkGraph, extractLinks } from '../../../src/lib/link-graph.ts';
import { siteGraphData } from '../../../src/features/graph-view/site-graph.ts';
import { loadIncidentFiles, loadTermFiles, termIndex } from '../content-files.ts';

export function glossaryGraph() {
  const files = loadTermFiles();
  const index = termIndex();
  const resolve = (t: string) => index.resolve(t);
  const pages = files.map((f) => ({ id: f.slug, title: f.data?.title ?? f.slug, body: f.body, related: f.data?.related ?? [] }));
  const linkGraph = buildLinkGraph(pages, resolve);
  const terms = files.map((f) => ({ id: f.slug, title: f.data!.title, category: f.data!.category, related: f.data!.related }));
  const incidentFiles = loadIncidentFiles();
  const incidentPages = incidentFiles.map((f) => ({ id: f.slug, title: f.data!.title, related: f.data!.related, body: f.body }));
  // The terms alone, and the site's map: the terms and the incident case studies.
  const data = siteGraphData({ terms, linkGraph, incidents: [], resolve });
  const siteData = siteGraphData({ terms, linkGraph, incidents: incidentPages, resolve });
  const incidents = incidentPages.map(({ body, ...i }) => ({ ...i, outLinks: [...new Set(extractLinks(body, resolve).map((l) => l.target))] }));
  return { files, linkGraph, data, incidentFiles, incidents, siteData };
}
