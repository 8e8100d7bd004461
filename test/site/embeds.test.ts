// Embed pages and oEmbed over the built site: each tool alone (no site header, navigation or footer),
// server-rendered and set to hydrate, with the link back to the Atlas; every term and incident page
// advertises an oEmbed answer that exists and embeds the tool the page shows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_URL } from '../../src/lib/site.ts';
import { loadIncidentFiles, loadTermFiles } from '../unit/content-files.ts';

const DIST = join(import.meta.dirname, '../../dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('embed pages', () => {
  test.each([
    ['simulator', 'ContagionSimulator', '/tools/simulator/'],
    ['redundancy', 'RedundancyCalculator', '/tools/redundancy/'],
  ])('/embed/%s/ is the tool alone, hydrating, with a link to the full tool', (tool, component, page) => {
    const html = read(`embed/${tool}/index.html`);
    expect(html).not.toContain('class="site-header"');
    expect(html).not.toContain('class="site-footer"');
    expect(html).not.toMatch(/<nav\b/);
    expect(html).toMatch(new RegExp(`<astro-island[^>]*component-url="/_astro/${component}\\.[^"]+\\.js"[^>]*client="visible"`));
    // the server-rendered tool is there before hydration
    expect(html).toMatch(tool === 'simulator' ? /data-graph-svg/ : /class="rc[ "-]/);
    expect(html).toContain(`<a href="${page}" data-open-in-atlas target="_blank" rel="noopener">Open in Contagion Atlas`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(read('sitemap-0.xml')).not.toContain(`/embed/${tool}/`);
  });
});

describe('oEmbed discovery', () => {
  const pages = [
    ...loadTermFiles().map((t) => ({ path: `terms/${t.slug}`, title: t.data!.title, body: t.body, scenario: undefined as string | undefined })),
    ...loadIncidentFiles().map((i) => ({ path: `incidents/${i.slug}`, title: i.data!.title, body: i.body, scenario: i.data!.scenario })),
  ];

  test.each(pages.map((p) => [p.path, p] as const))('/%s/ points to its oEmbed answer, which matches the page', (path, p) => {
    const html = read(`${path}/index.html`);
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]*)">/.exec(html);
    expect(link, 'discovery link').toBeTruthy();
    expect(link![1]).toBe(`${SITE_URL}/api/oembed/${path}.json`);
    const file = join(DIST, new URL(link![1]!).pathname);
    expect(existsSync(file)).toBe(true);
    const answer = JSON.parse(readFileSync(file, 'utf8'));
    expect(answer).toMatchObject({ version: '1.0', title: p.title, provider_name: 'Contagion Atlas', provider_url: SITE_URL, thumbnail_url: `${SITE_URL}/og/${path}.png`, thumbnail_width: 1200, thumbnail_height: 630 });
    // the tool the page shows, read here from the content itself
    const sim = p.scenario ?? /<ContagionSimulator\s[^>]*scenario="([^"]+)"/.exec(p.body)?.[1];
    const group = /<RedundancyCalculator\s[^>]*group="([^"]+)"/.exec(p.body)?.[1];
    const simAt = p.scenario ? -1 : p.body.indexOf('<ContagionSimulator');
    const groupAt = p.body.indexOf('<RedundancyCalculator');
    if (!sim && !group) {
      expect(answer.type).toBe('link');
      expect(answer.html).toBeUndefined();
      return;
    }
    expect(answer.type).toBe('rich');
    expect(answer.width).toBeGreaterThan(0);
    expect(answer.height).toBeGreaterThan(0);
    const src = /<iframe src="([^"]+)"/.exec(answer.html)?.[1]?.replace(/&amp;/g, '&');
    const url = new URL(src!);
    if (sim && (groupAt < 0 || (simAt >= 0 && simAt < groupAt) || p.scenario)) {
      expect(url.pathname).toBe('/embed/simulator/');
      expect(url.searchParams.get('sim')).toBe(sim);
    } else {
      expect(url.pathname).toBe('/embed/redundancy/');
      expect(url.searchParams.get('group')).toBe(group);
    }
    expect(answer.html).toMatch(/ title="[^"]+"/);
  });
});
