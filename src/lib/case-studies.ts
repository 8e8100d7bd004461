/**
 * Which incidents illustrate which term: the reverse of each incident's `related` list,
 * newest incident first. Pure, so the term page and the tests share one definition.
 */
export interface CaseStudySource {
  id: string;
  start: Date;
  related: readonly string[];
}

/** Newest first; ties by id so the order never depends on file order. */
export const byNewest = (a: { id: string; start: Date }, b: { id: string; start: Date }) => +b.start - +a.start || a.id.localeCompare(b.id);

export function caseStudiesByTerm(incidents: readonly CaseStudySource[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const incident of [...incidents].sort(byNewest)) {
    for (const term of new Set(incident.related)) {
      const list = out.get(term) ?? [];
      list.push(incident.id);
      out.set(term, list);
    }
  }
  return out;
}
