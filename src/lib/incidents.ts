/**
 * Site-side access to the incident case studies: every incident, newest first, the case studies of
 * each term and the terms each incident illustrates, one relation computed from the incidents' own
 * data (case-studies.ts says how). The schema has already checked related terms and scenarios.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest, caseStudiesByTerm, failedTypes, illustratedTerms, type CaseStudySource } from './case-studies.ts';
import { getGlossary } from './glossary.ts';
import { extractLinks } from './link-graph.ts';
import { getScenario } from './scenarios.ts';

export type IncidentEntry = CollectionEntry<'incidents'>;

export interface Incidents {
  incidents: IncidentEntry[];
  byId: Map<string, IncidentEntry>;
  /** incidents that illustrate the term, newest first */
  forTerm(termId: string): IncidentEntry[];
  /** the terms an incident illustrates: its `related` list first, in the author's order, then the others */
  termsOf(incidentId: string): string[];
}

let cached: Promise<Incidents> | undefined;

async function load(): Promise<Incidents> {
  const glossary = await getGlossary();
  const incidents = (await getCollection('incidents')).sort((a, b) => byNewest({ id: a.id, start: a.data.start }, { id: b.id, start: b.data.start }));
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const sources: CaseStudySource[] = incidents.map((i) => ({
    id: i.id,
    start: i.data.start,
    related: i.data.related,
    linked: extractLinks(i.body ?? '', glossary.resolve).map((l) => l.target),
    layers: i.data.layers,
    failedTypes: i.data.scenario ? failedTypes(getScenario(i.data.scenario)) : [],
  }));
  const terms = new Map(sources.map((s) => [s.id, [...illustratedTerms(s).keys()]]));
  for (const [id, list] of terms) {
    const unknown = list.filter((t) => !glossary.byId.has(t));
    if (unknown.length) throw new Error(`content/incidents/${id}.mdx: src/lib/case-studies.ts lists it under term(s) ${unknown.join(', ')}, which do not exist in content/terms`);
  }
  const index = caseStudiesByTerm(sources);
  return {
    incidents,
    byId,
    forTerm: (termId) => (index.get(termId) ?? []).map((id) => byId.get(id)!),
    termsOf: (incidentId) => terms.get(incidentId) ?? [],
  };
}

export function getIncidents(): Promise<Incidents> {
  cached ??= load();
  return cached;
}
