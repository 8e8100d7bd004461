// The JSON feed and the DefinedTermSet document, checked against the content files themselves (read
// here with the test loaders, not through the code that built the feed) and against the feed schema.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { feedIncidentSchema, feedTermSchema, incidentsFeedSchema, termsFeedSchema } from '../../src/feed/schema.ts';
import { CATEGORIES } from '../../src/lib/categories.ts';
import { SITE_URL } from '../../src/lib/site.ts';
import { loadIncidentFiles, loadTermFiles } from '../unit/content-files.ts';

const DIST = join(import.meta.dirname, '../../dist');
const json = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));
const day = (d: Date) => d.toISOString().slice(0, 10);
const terms = loadTermFiles();
const incidents = loadIncidentFiles();

describe('terms feed', () => {
  const feed = json('api/terms.json');

  test('matches its schema and lists every term once', () => {
    expect(termsFeedSchema.safeParse(feed).error).toBeUndefined();
    expect(feed.count).toBe(terms.length);
    expect(feed.terms.map((t: { slug: string }) => t.slug).sort()).toEqual(terms.map((t) => t.slug).sort());
  });

  test.each(terms.map((t) => [t.slug, t] as const))('%s: the record says what the content file says', (slug, t) => {
    const record = feed.terms.find((r: { slug: string }) => r.slug === slug);
    const d = t.data!;
    expect(record).toEqual({
      slug,
      title: d.title,
      aliases: d.aliases,
      definition: d.summary,
      category: d.category,
      categoryTitle: CATEGORIES[d.category].title,
      url: `${SITE_URL}/terms/${slug}/`,
      related: d.related,
      added: day(d.added),
      lastReviewed: day(d.lastReviewed),
      image: `${SITE_URL}/og/terms/${slug}.png`,
      json: `${SITE_URL}/api/terms/${slug}.json`,
    });
    // the single-term file is the same record, and every link in it resolves in the build
    const single = json(`api/terms/${slug}.json`);
    expect(feedTermSchema.parse(single)).toEqual(record);
    for (const url of [record.url, record.image, record.json]) {
      const path = new URL(url).pathname;
      expect(existsSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path)), url).toBe(true);
    }
    for (const r of record.related) expect(existsSync(join(DIST, 'api/terms', `${r}.json`)), r).toBe(true);
  });

  test('there is no single-term file for a term that does not exist', () => {
    const files = readdirSync(join(DIST, 'api/terms')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(terms.map((t) => t.slug).sort());
  });
});

describe('incidents feed', () => {
  const feed = json('api/incidents.json');

  test('matches its schema and lists every incident once', () => {
    expect(incidentsFeedSchema.safeParse(feed).error).toBeUndefined();
    expect(feed.count).toBe(incidents.length);
    expect(feed.incidents.map((i: { slug: string }) => i.slug).sort()).toEqual(incidents.map((i) => i.slug).sort());
  });

  test.each(incidents.map((i) => [i.slug, i] as const))('%s: the record says what the content file says', (slug, i) => {
    const record = feed.incidents.find((r: { slug: string }) => r.slug === slug);
    const d = i.data!;
    expect(record.title).toBe(d.title);
    expect(record.summary).toBe(d.summary);
    expect(record.start).toBe(day(d.start));
    expect(record.end).toBe(d.end ? day(d.end) : undefined);
    expect(record.providers).toEqual(d.providers);
    expect(record.layers).toEqual(d.layers);
    expect(record.related).toEqual(d.related);
    expect(record.scenario).toBe(d.scenario);
    expect(record.url).toBe(`${SITE_URL}/incidents/${slug}/`);
    expect(record.lastReviewed).toBe(day(d.lastReviewed));
    expect(feedIncidentSchema.parse(json(`api/incidents/${slug}.json`))).toEqual(record);
  });
});

describe('DefinedTermSet document', () => {
  const doc = json('api/terms.jsonld');

  test('is one schema.org DefinedTermSet with a full DefinedTerm for every term', () => {
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@type']).toBe('DefinedTermSet');
    expect(doc.hasDefinedTerm).toHaveLength(terms.length);
    for (const t of terms) {
      const term = doc.hasDefinedTerm.find((d: { termCode: string }) => d.termCode === t.slug);
      expect(term, t.slug).toMatchObject({
        '@type': 'DefinedTerm',
        name: t.data!.title,
        description: t.data!.summary,
        url: `${SITE_URL}/terms/${t.slug}/`,
        dateModified: day(t.data!.lastReviewed),
        inDefinedTermSet: { '@id': doc['@id'] },
      });
      expect(term['@context']).toBeUndefined();
    }
  });

  test('the JSON Schemas are published beside the feed', () => {
    expect(json('api/schema/terms.json')).toMatchObject({ type: 'object', properties: { terms: { type: 'array' } } });
    expect(json('api/schema/incidents.json')).toMatchObject({ type: 'object', properties: { incidents: { type: 'array' } } });
  });
});
