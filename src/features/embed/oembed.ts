/**
 * oEmbed (https://oembed.com) answers for term and incident pages, as static JSON files that the pages
 * point to with <link rel="alternate" type="application/json+oembed">. A page that shows a tool answers
 * with type "rich": the <iframe> of that tool in that page's state. Any other page answers with type
 * "link": title, author and its preview image.
 */
import { SITE_TITLE, SITE_URL } from '../../lib/site.ts';
import { ogImagePath } from '../../og/paths.ts';
import { OG_HEIGHT, OG_WIDTH } from '../../og/paths.ts';
import { embedUrl, iframeCode, TOOLS, type ToolState } from './embed-code.ts';

/** Where a page's oEmbed answer is: /api/oembed/terms/<slug>.json for /terms/<slug>/. */
export function oembedPath(pathname: string): string | null {
  const m = /^\/(terms|incidents)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(pathname);
  return m ? `/api/oembed/${m[1]}/${m[2]}.json` : null;
}

export function oembedAnswer(page: { path: string; title: string; tool: ToolState | null }) {
  const common = {
    version: '1.0',
    title: page.title,
    author_name: SITE_TITLE,
    author_url: SITE_URL,
    provider_name: SITE_TITLE,
    provider_url: SITE_URL,
    cache_age: 86_400,
    thumbnail_url: new URL(ogImagePath(page.path), SITE_URL).href,
    thumbnail_width: OG_WIDTH,
    thumbnail_height: OG_HEIGHT,
  };
  if (!page.tool) return { ...common, type: 'link' as const };
  const { tool, params } = page.tool;
  return {
    ...common,
    type: 'rich' as const,
    html: iframeCode(embedUrl(SITE_URL, tool, params), tool, page.title),
    width: 800,
    height: TOOLS[tool].height,
  };
}
