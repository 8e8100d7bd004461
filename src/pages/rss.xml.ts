import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getGlossary } from '../lib/glossary.ts';
import { getIncidents } from '../lib/incidents.ts';
import { SITE_DESCRIPTION, SITE_TITLE, incidentUrl, termUrl } from '../lib/site.ts';

// New and updated pages, newest review first: a page re-enters the feed when it is re-reviewed.
export async function GET(context: APIContext) {
  const { terms } = await getGlossary();
  const { incidents } = await getIncidents();
  const pages = [
    ...terms.map((t) => ({ id: t.id, data: t.data, link: termUrl(t.id), categories: [t.data.category] })),
    ...incidents.map((i) => ({ id: i.id, data: i.data, link: incidentUrl(i.id), categories: ['incident'] })),
  ];
  const items = pages
    .sort((a, b) => +b.data.lastReviewed - +a.data.lastReviewed || a.id.localeCompare(b.id))
    .map((p) => ({
      title: +p.data.lastReviewed > +p.data.added ? `Updated: ${p.data.title}` : p.data.title,
      description: p.data.summary,
      link: p.link,
      pubDate: p.data.lastReviewed,
      categories: p.categories,
    }));
  return rss({ title: `${SITE_TITLE}: new and updated terms and incidents`, description: SITE_DESCRIPTION, site: context.site!, items, trailingSlash: true });
}
