// Link previews over the built site: every page that has a head names an OpenGraph image whose file
// exists and is a 1200 × 630 PNG, with a large-image Twitter card; and the twelve central terms carry
// their diagram at the head of the body, right under the short definition on a wide screen.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_URL } from '../../src/lib/site.ts';
import { DIAGRAMS } from '../../src/diagrams/index.ts';
import { pngSize } from '../unit/og/png.ts';
import { loadIncidentFiles, loadTermFiles } from '../unit/content-files.ts';

const DIST = join(import.meta.dirname, '../../dist');
const html = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? html(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
const meta = (page: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(page)?.[1];

// Redirect stubs (aliases, old URL shapes) are not pages: they have no <title> of their own.
const pages = html(DIST)
  .map((file) => ({ path: `/${relative(DIST, file).replace(/index\.html$/, '')}`, text: readFileSync(file, 'utf8') }))
  .filter((p) => !/<meta http-equiv="refresh"/.test(p.text));

describe('link previews', () => {
  test('the build has pages of every type', () => {
    const paths = new Set(pages.map((p) => p.path));
    for (const path of ['/', '/terms/', '/incidents/', '/tools/', '/tools/simulator/', '/tools/redundancy/', '/terms/blast-radius/', `/incidents/${loadIncidentFiles()[0]!.slug}/`]) expect(paths.has(path), path).toBe(true);
    expect(pages.length).toBeGreaterThan(loadTermFiles().length + loadIncidentFiles().length);
  });

  test.each(pages.map((p) => [p.path, p.text] as const))('%s has an OpenGraph image (a 1200 × 630 PNG that exists) and a large-image Twitter card', (_path, text) => {
    const image = meta(text, 'og:image');
    expect(image).toMatch(new RegExp(`^${SITE_URL}/og/.+\\.png$`));
    const file = join(DIST, new URL(image!).pathname);
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(meta(text, 'og:image:width')).toBe('1200');
    expect(meta(text, 'og:image:height')).toBe('630');
    expect(meta(text, 'og:image:alt')).toBeTruthy();
    expect(meta(text, 'twitter:card')).toBe('summary_large_image');
    expect(meta(text, 'twitter:image')).toBe(image);
    expect(meta(text, 'twitter:title')).toBe(meta(text, 'og:title'));
  });

  test('each page has an image of its own', () => {
    const images = pages.map((p) => meta(p.text, 'og:image'));
    expect(new Set(images).size).toBe(images.length);
  });

  test.each(loadTermFiles().map((t) => t.slug))('term %s opens its body with its diagram, and only if it is one of the twelve', (slug) => {
    const text = readFileSync(join(DIST, 'terms', slug, 'index.html'), 'utf8');
    const figures = [...text.matchAll(/<figure class="diagram" data-diagram="([^"]+)"/g)].map((m) => m[1]);
    if (!DIAGRAMS.has(slug)) {
      expect(figures).toEqual([]);
      return;
    }
    expect(figures).toEqual([slug]);
    const summary = text.indexOf('<p class="summary"');
    const body = text.indexOf('<div class="term-body prose"');
    const figure = text.indexOf('<figure class="diagram"');
    expect(summary).toBeGreaterThan(0);
    expect(body).toBeGreaterThan(summary);
    // the figure opens the body: right under the definition on a wide screen, after the contents on a phone
    expect(text.slice(body, figure)).toMatch(/^<div class="term-body prose"[^>]*>\s*$/);
    expect(text).toContain(`<title id="dg-${slug}-title">`);
  });
});
