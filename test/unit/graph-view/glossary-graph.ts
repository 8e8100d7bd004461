/** The real glossary as graph-view data, built from the content files the way the site builds it. */
import { buildLinkGraph } from '../../../src/lib/link-graph.ts';
import { buildGraphViewData, termDocuments } from '../../../src/lib/graph-view-data.ts';
import { loadTermFiles, termIndex } from '../content-files.ts';

export function glossaryGraph() {
  const files = loadTermFiles();
  const index = termIndex();
  const pages = files.map((f) => ({ id: f.slug, title: f.data?.title ?? f.slug, body: f.body, related: f.data?.related ?? [] }));
  const linkGraph = buildLinkGraph(pages, (t) => index.resolve(t));
  const terms = files.map((f) => ({ id: f.slug, title: f.data!.title, category: f.data!.category, related: f.data!.related }));
  const data = buildGraphViewData(termDocuments(terms, linkGraph, (id) => `/terms/${id}/`));
  return { files, linkGraph, data };
}
