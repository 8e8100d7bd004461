/** Feed records from the content collections' entries (shape: ./schema.ts). */
import { CATEGORIES, type CategoryKey } from '../lib/categories.ts';
import { incidentUrl, SITE_URL, termUrl } from '../lib/site.ts';
import { ogImagePath } from '../og/paths.ts';
import { FEED_VERSION, type FeedIncident, type FeedTerm } from './schema.ts';

const abs = (path: string) => new URL(path, SITE_URL).href;
const day = (d: Date) => d.toISOString().slice(0, 10);

export const termJsonPath = (slug: string) => `/api/terms/${slug}.json`;
export const incidentJsonPath = (slug: string) => `/api/incidents/${slug}.json`;

export interface TermInput {
  id: string;
  data: { title: string; aliases: string[]; summary: string; category: CategoryKey; related: string[]; added: Date; lastReviewed: Date };
}

export function termRecord({ id, data }: TermInput): FeedTerm {
  return {
    slug: id,
    title: data.title,
    aliases: data.aliases,
    definition: data.summary,
    category: data.category,
    categoryTitle: CATEGORIES[data.category].title,
    url: abs(termUrl(id)),
    related: data.related,
    added: day(data.added),
    lastReviewed: day(data.lastReviewed),
    image: abs(ogImagePath(termUrl(id))),
    json: abs(termJsonPath(id)),
  };
}

export interface IncidentInput {
  id: string;
  data: { title: string; summary: string; start: Date; end?: Date; providers: string[]; layers: string[]; related: string[]; scenario?: string; added: Date; lastReviewed: Date };
}

export function incidentRecord({ id, data }: IncidentInput): FeedIncident {
  return {
    slug: id,
    title: data.title,
    summary: data.summary,
    start: day(data.start),
    ...(data.end ? { end: day(data.end) } : {}),
    providers: data.providers,
    layers: data.layers,
    related: data.related,
    ...(data.scenario ? { scenario: data.scenario } : {}),
    url: abs(incidentUrl(id)),
    added: day(data.added),
    lastReviewed: day(data.lastReviewed),
    image: abs(ogImagePath(incidentUrl(id))),
    json: abs(incidentJsonPath(id)),
  };
}

export const termsFeed = (terms: TermInput[]) => ({ version: FEED_VERSION, site: SITE_URL, count: terms.length, terms: terms.map(termRecord) });
export const incidentsFeed = (incidents: IncidentInput[]) => ({ version: FEED_VERSION, site: SITE_URL, count: incidents.length, incidents: incidents.map(incidentRecord) });

/** JSON as the endpoints send it: two-space indented, with a final newline. */
export function jsonResponse(value: unknown, type = 'application/json'): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
