// Checks over the built incident pages: the index lists every incident newest first,
// each detail page has its facts, sources, JSON-LD and simulator link, and terms link back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_URL } from '../../src/lib/site.ts';
import { caseStudySources, loadIncidentFiles } from '../unit/content-files.ts';
import { CENTRAL_TERM, caseStudiesByTerm, illustratedTerms } from '../../src/lib/case-studies.ts';

const DIST = join(import.meta.dirname, '../../dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const incidents = loadIncidentFiles();

function jsonLd(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? ''));
}

describe('incident pages', () => {
  test('the index lists every incident once, newest first', () => {
    const html = read('incidents/index.html');
    const listed = [...html.matchAll(/<li data-incident-item[^>]*>\s*<a href="\/incidents\/([^/"]+)\/"/g)].map((m) => m[1]);
    const expected = [...incidents]
      .sort((a, b) => +b.data!.start - +a.data!.start || a.slug.localeCompare(b.slug))
      .map((i) => i.slug);
    expect(listed).toEqual(expected);
    // and the dates shown are in the same order
    const dates = [...html.matchAll(/<li data-incident-item[\s\S]*?<time datetime="([\d-]+)"/g)].map((m) => m[1]!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('the index is linked from the header of every page type', () => {
    for (const page of ['index.html', 'terms/index.html', `incidents/${incidents[0]!.slug}/index.html`]) {
      expect(read(page), page).toMatch(/<nav aria-label="Main">[\s\S]*href="\/incidents\/"/);
    }
  });

  test.each(incidents.map((i) => [i.slug, i] as const))('%s has its facts, sources, term links and JSON-LD', (slug, i) => {
    const html = read(`incidents/${slug}/index.html`);
    const d = i.data!;
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/incidents/${slug}/">`);
    expect(html).toContain('id="facts-heading"');
    for (const s of d.sources) expect(html).toContain(`id="source-${s.id}"`);
    for (const t of d.related) expect(html).toContain(`href="/terms/${t}/"`);
    if (d.scenario) expect(html).toContain(`href="/tools/simulator/?sim=${d.scenario}"`);
    else expect(html).not.toContain('Open in the simulator');
    const data = jsonLd(html);
    const article = data.find((x) => x['@type'] === 'Article');
    expect(article?.headline).toBe(d.title);
    expect(article?.about?.[0]).toMatchObject({ '@type': 'Event', startDate: d.start.toISOString().slice(0, 10) });
    const crumbs = data.find((x) => x['@type'] === 'BreadcrumbList')!.itemListElement as { name: string; item: string }[];
    expect(crumbs.map((c) => c.item)).toEqual([`${SITE_URL}/`, `${SITE_URL}/incidents/`, `${SITE_URL}/incidents/${slug}/`]);
  });

  test('every related term lists the incident under "Case studies"', () => {
    const missing = incidents.flatMap((i) =>
      i.data!.related.filter((t) => !/<h2 id="case-studies-heading">[\s\S]*?<\/section>/.exec(read(`terms/${t}/index.html`))?.[0].includes(`href="/incidents/${i.slug}/"`))
        .map((t) => `${t} lacks ${i.slug}`),
    );
    expect(missing).toEqual([]);
  });

  test('case studies both ways: each term an incident illustrates lists it, and the incident lists the term', () => {
    const section = (html: string, heading: string) => new RegExp(`<h2 id="${heading}">[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
    const problems: string[] = [];
    for (const s of caseStudySources()) {
      const terms = [...illustratedTerms(s).keys()];
      const own = section(read(`incidents/${s.id}/index.html`), 'related-heading');
      const shown = [...own.matchAll(/href="\/terms\/([^/"]+)\/"/g)].map((m) => m[1]);
      if (shown.join() !== terms.join()) problems.push(`${s.id} shows ${shown.join(', ')}; illustrates ${terms.join(', ')}`);
      for (const t of terms) {
        if (!section(read(`terms/${t}/index.html`), 'case-studies-heading').includes(`href="/incidents/${s.id}/"`)) problems.push(`${t} lacks ${s.id}`);
      }
    }
    expect(problems).toEqual([]);
    // The central term, which listed one incident when the issue was filed, now lists all that spread.
    const central = section(read(`terms/${CENTRAL_TERM}/index.html`), 'case-studies-heading');
    expect(central.match(/href="\/incidents\//g)?.length).toBe(caseStudiesByTerm(caseStudySources()).get(CENTRAL_TERM)!.length);
  });

  test('the sitemap lists every incident page', () => {
    const xml = read('sitemap-0.xml');
    for (const i of incidents) expect(xml).toContain(`<loc>${SITE_URL}/incidents/${i.slug}/</loc>`);
  });
});
