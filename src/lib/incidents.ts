/**
 * Site-side access to the incident case studies: every incident, newest first, and the
 * case studies of each term. The schema has already checked related terms and scenarios.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest, caseStudiesByTerm } from './case-studies.ts';

export type IncidentEntry = CollectionEntry<'incidents'>;

export interface Incidents {
  incidents: IncidentEntry[];
  byId: Map<string, IncidentEntry>;
  /** incidents whose related terms include the term, newest first */
  forTerm(termId: string): IncidentEntry[];
}

let cached: Promise<Incidents> | undefined;

async function load(): Promise<Incidents> {
  const incidents = (await getCollection('incidents')).sort((a, b) => byNewest({ id: a.id, start: a.data.start }, { id: b.id, start: b.data.start }));
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const index = caseStudiesByTerm(incidents.map((i) => ({ id: i.id, start: i.data.start, related: i.data.related })));
  return { incidents, byId, forTerm: (termId) => (index.get(termId) ?? []).map((id) => byId.get(id)!) };
}

export function getIncidents(): Promise<Incidents> {
  cached ??= load();
  return cached;
}
