/** schema.org structured data for the glossary (DefinedTerm, DefinedTermSet, BreadcrumbList). */
import { SITE_TITLE, SITE_URL, SITE_DESCRIPTION } from './site.ts';

export const TERM_SET_ID = `${SITE_URL}/terms/#term-set`;
const abs = (path: string) => new URL(path, SITE_URL).href;

export function definedTermSet(terms: { url: string; title: string }[] = []) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': TERM_SET_ID,
    name: `${SITE_TITLE} glossary`,
    description: SITE_DESCRIPTION,
    url: abs('/terms/'),
    ...(terms.length ? { hasDefinedTerm: terms.map((t) => ({ '@type': 'DefinedTerm', name: t.title, url: abs(t.url) })) } : {}),
  };
}

export function definedTerm(t: { slug: string; url: string; title: string; summary: string; aliases: string[]; category: string; dateModified: Date }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': `${abs(t.url)}#term`,
    name: t.title,
    termCode: t.slug,
    description: t.summary,
    url: abs(t.url),
    ...(t.aliases.length ? { alternateName: t.aliases } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': TERM_SET_ID, name: `${SITE_TITLE} glossary`, url: abs('/terms/') },
    about: t.category,
    dateModified: t.dateModified.toISOString().slice(0, 10),
  };
}

export function breadcrumbList(items: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: abs(item.url) })),
  };
}

/** An incident case study: an Article about a past Event (the outage itself). */
export function incidentArticle(i: { url: string; title: string; summary: string; start: Date; end?: Date; dateModified: Date; datePublished: Date; terms: { title: string; url: string }[] }) {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': `${abs(i.url)}#article`,
    headline: i.title,
    description: i.summary,
    url: abs(i.url),
    datePublished: day(i.datePublished),
    dateModified: day(i.dateModified),
    publisher: { '@type': 'Organization', name: SITE_TITLE, url: SITE_URL },
    about: [
      { '@type': 'Event', name: i.title, startDate: day(i.start), ...(i.end ? { endDate: day(i.end) } : {}) },
      ...i.terms.map((t) => ({ '@type': 'DefinedTerm', name: t.title, url: abs(t.url), inDefinedTermSet: TERM_SET_ID })),
    ],
  };
}
