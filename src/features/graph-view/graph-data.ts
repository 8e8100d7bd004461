/**
 * The data behind the graph views: nodes and directed links, built from a generic list of
 * documents so that any collection can join the map. Terms come from the link graph
 * (`termDocuments`); another collection (incidents, say) only needs its own adapter returning
 * `GraphDocument`s, concatenated before `buildGraphViewData`. Pure: no Astro, no DOM.
 */
import type { LinkGraph } from '../../lib/link-graph.ts';

export type NodeKind = 'term' | 'incident';
export type LinkKind = 'link' | 'related';

/** One page that can appear on the map. */
export interface GraphDocument {
  id: string;
  title: string;
  url: string;
  /** colour and shape group: a category key for terms */
  group: string;
  kind: NodeKind;
  /** ids this document links to in its prose */
  outLinks: readonly string[];
  /** ids its author listed as related (drawn even where the prose does not link) */
  related?: readonly string[];
}

export interface GraphNode {
  id: string;
  title: string;
  url: string;
  group: string;
  kind: NodeKind;
  /** number of distinct neighbours, either direction */
  degree: number;
}

export interface GraphLink {
  source: string;
  target: string;
  /** 'link' when the prose links (the stronger tie), else 'related' */
  kind: LinkKind;
}

export interface GraphViewData {
  nodes: GraphNode[];
  links: GraphLink[];
}

/**
 * Nodes and directed links, one link per (source, target) pair. A target that is not a document
 * is an error (naming the source), so a link to nowhere cannot reach the page; self-links are
 * dropped because a page linking to itself says nothing about how pages connect.
 */
export function buildGraphViewData(documents: readonly GraphDocument[]): GraphViewData {
  const ids = new Set<string>();
  for (const d of documents) {
    if (ids.has(d.id)) throw new Error(`graph view: two documents have the id "${d.id}"`);
    ids.add(d.id);
  }
  const links: GraphLink[] = [];
  const seen = new Map<string, GraphLink>();
  const add = (source: string, target: string, kind: LinkKind) => {
    if (!ids.has(target)) throw new Error(`graph view: "${source}" links to "${target}", which is not on the map`);
    if (source === target) return;
    const key = `${source}\u0000${target}`;
    const existing = seen.get(key);
    if (existing) {
      if (kind === 'link') existing.kind = 'link';
      return;
    }
    const link = { source, target, kind };
    seen.set(key, link);
    links.push(link);
  };
  for (const d of documents) {
    for (const t of d.outLinks) add(d.id, t, 'link');
    for (const t of d.related ?? []) add(d.id, t, 'related');
  }

  const neighbours = new Map<string, Set<string>>([...ids].map((id) => [id, new Set<string>()]));
  for (const l of links) {
    neighbours.get(l.source)!.add(l.target);
    neighbours.get(l.target)!.add(l.source);
  }
  const nodes = documents.map((d) => ({
    id: d.id,
    title: d.title,
    url: d.url,
    group: d.group,
    kind: d.kind,
    degree: neighbours.get(d.id)!.size,
  }));
  return { nodes, links };
}

/** The glossary's terms as graph documents: prose links from the link graph, related from frontmatter. */
export function termDocuments(
  terms: readonly { id: string; title: string; category: string; related: readonly string[] }[],
  graph: Pick<LinkGraph, 'outlinks'>,
  url: (id: string) => string,
): GraphDocument[] {
  return terms.map((t) => ({
    id: t.id,
    title: t.title,
    url: url(t.id),
    group: t.category,
    kind: 'term',
    outLinks: graph.outlinks.get(t.id) ?? [],
    related: t.related,
  }));
}

/** The colour and shape group of incident case studies (terms use their category key). */
export const INCIDENT_GROUP = 'incident';
/**
 * Incident node ids carry a prefix: a term slug never contains a colon (slugify drops it), so an
 * incident can never take a term's id even when both share a slug. DOM attributes and the text
 * list use the id as is; URLs come from `url`, never from the id.
 */
export const INCIDENT_ID_PREFIX = 'incident:';
export const incidentNodeId = (slug: string) => `${INCIDENT_ID_PREFIX}${slug}`;

/**
 * The incident case studies as graph documents: links to the terms their prose wiki-links to
 * (`outLinks`, term ids) and to their related terms. Incidents never link to one another.
 */
export function incidentDocuments(
  incidents: readonly { id: string; title: string; related: readonly string[]; outLinks: readonly string[] }[],
  url: (id: string) => string,
): GraphDocument[] {
  return incidents.map((i) => ({
    id: incidentNodeId(i.id),
    title: i.title,
    url: url(i.id),
    group: INCIDENT_GROUP,
    kind: 'incident',
    outLinks: i.outLinks,
    related: i.related,
  }));
}

/** Neighbour ids of every node, either direction, for highlighting and local maps. */
export function adjacency(data: GraphViewData): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>(data.nodes.map((n) => [n.id, new Set<string>()]));
  for (const l of data.links) {
    adj.get(l.source)?.add(l.target);
    adj.get(l.target)?.add(l.source);
  }
  return adj;
}

/** Unique undirected pairs to draw: one line per pair, 'link' if either direction is a prose link. */
export function undirectedLinks(data: GraphViewData): GraphLink[] {
  const byPair = new Map<string, GraphLink>();
  for (const l of data.links) {
    const [a, b] = l.source < l.target ? [l.source, l.target] : [l.target, l.source];
    const key = `${a}\u0000${b}`;
    const existing = byPair.get(key);
    if (!existing) byPair.set(key, { source: a, target: b, kind: l.kind });
    else if (l.kind === 'link') existing.kind = 'link';
  }
  return [...byPair.values()];
}
