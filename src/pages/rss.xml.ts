import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getGlossary } from '../lib/glossary.ts';
import { SITE_DESCRIPTION, SITE_TITLE, termUrl } from '../lib/site.ts';

// New and updated terms, newest review first: a term re-enters the feed when it is re-reviewed.
export async function GET(context: APIContext) {
  const { terms } = await getGlossary();
  const items = [...terms]
    .sort((a, b) => +b.data.lastReviewed - +a.data.lastReviewed || a.id.localeCompare(b.id))
    .map((t) => ({
      title: +t.data.lastReviewed > +t.data.added ? `Updated: ${t.data.title}` : t.data.title,
      description: t.data.summary,
      link: termUrl(t.id),
      pubDate: t.data.lastReviewed,
      categories: [t.data.category],
    }));
  return rss({ title: `${SITE_TITLE}: new and updated terms`, description: SITE_DESCRIPTION, site: context.site!, items, trailingSlash: true });
}
