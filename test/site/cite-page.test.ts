// "Cite this page" on every term and incident page: the three formats, BibTeX with the page's URL,
// the version's date, and nothing hidden from print.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_URL } from '../../src/lib/site.ts';
import { loadIncidentFiles, loadTermFiles } from '../unit/content-files.ts';

const DIST = join(import.meta.dirname, '../../dist');
const pages = [...loadTermFiles().map((t) => ({ path: `/terms/${t.slug}/`, title: t.data!.title })), ...loadIncidentFiles().map((i) => ({ path: `/incidents/${i.slug}/`, title: i.data!.title }))];
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('cite this page', () => {
  test.each(pages.map((p) => [p.path, p] as const))('%s offers APA, MLA and BibTeX for its version', (path, p) => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const block = /<section class="cite-page"[^>]*data-cite-page[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
    expect(block, 'the cite block').toBeTruthy();
    expect(block).not.toMatch(/no-print/);
    const format = (name: string) => decode(new RegExp(`data-cite-format="${name}"[^>]*>([\\s\\S]*?)</(?:p|pre)>`).exec(block!)?.[1]?.replace(/<\/?code>/g, '') ?? '');
    const url = `${SITE_URL}${path}`;
    const bib = format('bibtex');
    expect(bib).toMatch(/^@misc\{contagionatlas-[a-z0-9-]+,\n/);
    expect(bib).toContain(`url          = {${url}}`);
    expect(bib).toMatch(/\n {2}year {9}= \d{4},\n/);
    expect(bib.trim().endsWith('}')).toBe(true);
    // BibTeX braces balance
    expect((bib.match(/(?<!\\)\{/g) ?? []).length).toBe((bib.match(/(?<!\\)\}/g) ?? []).length);
    expect(format('apa')).toMatch(new RegExp(`\\(\\d{4}, [A-Z][a-z]+ \\d{1,2}\\)\\. In Contagion Atlas\\..* ${url.replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&')}$`));
    expect(format('apa').startsWith(`${p.title}. (`)).toBe(true);
    expect(format('mla')).toContain(`Contagion Atlas, `);
    expect(format('mla')).toContain(url.replace('https://', ''));
    expect(block).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
  });
});
