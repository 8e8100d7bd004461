/**
 * The small index behind typo-tolerant search: one entry per term and incident with the words a
 * reader is likely to type and misspell (title, aliases, and for incidents the providers and the
 * services hit or spared). Pagefind matches words exactly or by prefix; the browser builds a
 * MiniSearch index over these entries on first use to forgive typos (src/browser/search/).
 * Pagefind's page id (`p`) is added after the build, when Pagefind has written its index
 * (src/integrations/pagefind.ts), so the two result lists can be merged without fetching pages.
 */
import { CATEGORIES, type CategoryKey } from './categories.ts';
import { incidentUrl, termUrl } from './site.ts';

export interface TitleEntry {
  /** page URL */
  u: string;
  /** title */
  t: string;
  /** aliases, space-separated */
  a: string;
  /** names: providers and services (incidents) */
  n: string;
  /** the category as Pagefind's filter names it */
  c: string;
  /** Pagefind's page id, set after the build */
  p?: string;
}

export interface TitleSources {
  terms: readonly { id: string; title: string; aliases: readonly string[]; category: CategoryKey }[];
  incidents: readonly { id: string; title: string; providers: readonly string[]; hit: readonly { name: string }[]; stayedUp: readonly { name: string }[] }[];
}

/** Incidents are filtered as "Incidents" in Pagefind (IncidentPage.astro). */
export const INCIDENT_FILTER = 'Incidents';

export function titleEntries({ terms, incidents }: TitleSources): TitleEntry[] {
  return [
    ...terms.map((t) => ({ u: termUrl(t.id), t: t.title, a: t.aliases.join(' · '), n: '', c: CATEGORIES[t.category].title })),
    ...incidents.map((i) => ({
      u: incidentUrl(i.id),
      t: i.title,
      a: '',
      n: [...new Set([...i.providers, ...i.hit.map((h) => h.name), ...i.stayedUp.map((s) => s.name)])].join(' · '),
      c: INCIDENT_FILTER,
    })),
  ];
}

/** Where the title index is served; Pagefind's ids are written into the same file after the build. */
export const TITLE_INDEX_PATH = '/search-titles.json';
