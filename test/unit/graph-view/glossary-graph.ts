/** The real glossary as graph-view data, built from the content files the way the site builds it. */
import { buildLinkGraph, extractLinks } from '../../../src/lib/link-graph.ts';
import { buildGraphViewData, incidentDocuments, termDocuments } from '../../../src/features/graph-view/graph-data.ts';
import { loadIncidentFiles, loadTermFiles, termIndex } from '../content-files.ts';

export function glossaryGraph() {
  const files = loadTermFiles();
  const index = termIndex();
  const pages = files.map((f) => ({ id: f.slug, title: f.data?.title ?? f.slug, body: f.body, related: f.data?.related ?? [] }));
  const linkGraph = buildLinkGraph(pages, (t) => index.resolve(t));
  const terms = files.map((f) => ({ id: f.slug, title: f.data!.title, category: f.data!.category, related: f.data!.related }));
  const termDocs = termDocuments(terms, linkGraph, (id) => `/terms/${id}/`);
  const data = buildGraphViewData(termDocs);
  // The site's map: the terms and the incident case studies, as graph-view-site.ts builds it.
  const incidentFiles = loadIncidentFiles();
  const incidents = incidentFiles.map((f) => ({
    id: f.slug,
    title: f.data!.title,
    related: f.data!.related,
    outLinks: [...new Set(extractLinks(f.body, (t) => index.resolve(t)).map((l) => l.target))],
  }));
  const siteData = buildGraphViewData([...termDocs, ...incidentDocuments(incidents, (id) => `/incidents/${id}/`)]);
  return { files, linkGraph, data, incidentFiles, incidents, siteData };
}
