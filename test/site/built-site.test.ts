// Checks over the built site in dist/: a page for every term, valid structured
// data, sitemap, feed, search index, redirects and links.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../../src/lib/dist-links.ts';
import { SITE_URL } from '../../src/lib/site.ts';
import { slugify } from '../../src/lib/slug.ts';
import { loadIncidentFiles, loadTermFiles } from '../unit/content-files.ts';

const DIST = join(import.meta.dirname, '../../dist');
const terms = loadTermFiles();
const incidents = loadIncidentFiles();
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

function jsonLd(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? ''));
}

describe('built site', () => {
  test('dist/ exists (run `npm run build` first)', () => {
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
  });

  test.each(terms.map((t) => [t.slug, t] as const))('term %s has a page with its title, definition and sources', (slug, t) => {
    const html = read(`terms/${slug}/index.html`);
    expect(html).toContain(`<h1 data-pagefind-meta="title">${t.data!.title}</h1>`);
    expect(html).toContain(`<meta name="description" content="${t.data!.summary.replace(/"/g, '&quot;')}">`);
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/terms/${slug}/">`);
    for (const s of t.data!.sources) expect(html).toContain(`id="source-${s.id}"`);
  });

  test.each(terms.map((t) => [t.slug, t] as const))('term %s carries valid DefinedTerm and BreadcrumbList JSON-LD', (slug, t) => {
    const data = jsonLd(read(`terms/${slug}/index.html`));
    const term = data.find((d) => d['@type'] === 'DefinedTerm');
    expect(term).toBeDefined();
    expect(term!['@context']).toBe('https://schema.org');
    expect(term!.name).toBe(t.data!.title);
    expect(term!.description).toBe(t.data!.summary);
    expect(term!.url).toBe(`${SITE_URL}/terms/${slug}/`);
    expect(term!.inDefinedTermSet?.['@type']).toBe('DefinedTermSet');
    if (t.data!.aliases.length) expect(term!.alternateName).toEqual(t.data!.aliases);
    else expect(term!.alternateName).toBeUndefined();
    const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
    const items = crumbs!.itemListElement as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items.at(-1)).toMatchObject({ name: t.data!.title, item: `${SITE_URL}/terms/${slug}/` });
  });

  test('the A–Z index carries a DefinedTermSet listing every term', () => {
    const set = jsonLd(read('terms/index.html')).find((d) => d['@type'] === 'DefinedTermSet');
    expect(set).toBeDefined();
    expect(new Set(set!.hasDefinedTerm.map((d: { url: string }) => d.url))).toEqual(new Set(terms.map((t) => `${SITE_URL}/terms/${t.slug}/`)));
  });

  test('the sitemap lists every term page and no redirect page', () => {
    const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const xml = files.map((f) => read(f)).join('\n');
    for (const t of terms) expect(xml).toContain(`<loc>${SITE_URL}/terms/${t.slug}/</loc>`);
    expect(xml).not.toMatch(/\/(definition|term)\//);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
  });

  test('the RSS feed has an item for every term and every incident', () => {
    const rss = read('rss.xml');
    expect(rss).toMatch(/^<\?xml/);
    expect((rss.match(/<item>/g) ?? []).length).toBe(terms.length + incidents.length);
    for (const i of incidents) expect(rss).toContain(`<link>${SITE_URL}/incidents/${i.slug}/</link>`);
  });

  test('the Pagefind index covers every term page and only content pages', () => {
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
    const entry = JSON.parse(read('pagefind/pagefind-entry.json'));
    const pages = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    expect(pages).toBeGreaterThanOrEqual(terms.length);
    // redirect stubs have no data-pagefind-body, so they must not be counted: terms, incidents + a few hubs at most
    expect(pages).toBeLessThan(terms.length + incidents.length + 20);
  });

  // An alias that only differs from the title in case or hyphens slugifies to the term itself: no redirect.
  test.each(terms.map((t) => [t.slug, t] as const))('old URL shapes and aliases of %s redirect to it', (slug, t) => {
    const target = `/terms/${slug}/`;
    const paths = [`definition/${slug}`, `term/${slug}`, ...t.data!.aliases.map(slugify).filter((a) => a !== slug).map((a) => `terms/${a}`)];
    for (const p of paths) {
      const html = read(`${p}/index.html`);
      expect(html, p).toContain(`<meta http-equiv="refresh" content="0;url=${target}">`);
      expect(html, p).toContain(`<link rel="canonical" href="${SITE_URL}${target}">`);
    }
  });

  test('no link is glued to the word before it (Astro drops a newline between a word and a tag)', () => {
    const pages = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    // Find the glued tag first and cut the context around it afterwards: a leading `.{0,30}` in the
    // pattern made the scan backtrack at every character of every page.
    const glued = pages.flatMap((p) => {
      const html = read(p);
      return [...html.matchAll(/[a-z,;:]<a href[^>]*>[^<]{0,20}/g)].map((m) => `${p}: ${html.slice(Math.max(0, m.index - 29), m.index)}${m[0]}`);
    });
    expect(glued).toEqual([]);
  });

  test('every page has a strict CSP and no inline style attributes', () => {
    const pages = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !/^(definition|term)\//.test(f));
    for (const p of pages.filter((f) => !read(f).includes('http-equiv="refresh"'))) {
      const html = read(p);
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, p).toBeDefined();
      expect(csp, p).toContain("default-src 'self'");
      expect(csp, p).not.toContain('unsafe-inline');
      expect(csp, p).not.toContain('unsafe-eval');
      expect(html, p).not.toMatch(/\sstyle="/);
    }
  });

  test('no page refers to a third-party host for scripts, styles, fonts or images', () => {
    const pages = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    const external = pages.flatMap((p) =>
      [...read(p).matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:)?\/\/([^"/]+)[^"]*"/g)]
        .filter((m) => !/<link[^>]*rel="(canonical|alternate)"/.test(m[0]))
        .map((m) => `${p}: ${m[0]}`),
    );
    expect(external).toEqual([]);
  });

  test('every internal link and anchor in dist/ resolves', () => {
    expect(findBrokenLinks(DIST)).toEqual([]);
  });
});
