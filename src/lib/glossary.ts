/**
 * Site-side access to the glossary: every term, sorted, with the link graph and
 * the category order. Throws (failing the build, naming the file) when a related
 * term does not exist, because Astro's own reference() check only logs.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildLinkGraph, type LinkGraph } from './link-graph.ts';
import { CATEGORIES, CATEGORY_KEYS, type CategoryKey } from './categories.ts';
import { slugify } from './slug.ts';
import { defaultLinkText } from './term-index.ts';

export type TermEntry = CollectionEntry<'terms'>;

export interface Glossary {
  terms: TermEntry[];
  byId: Map<string, TermEntry>;
  graph: LinkGraph;
  resolve(target: string): string | undefined;
  inCategory(key: CategoryKey): TermEntry[];
}

let cached: Promise<Glossary> | undefined;

const byTitle = (a: TermEntry, b: TermEntry) => a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' });

async function load(): Promise<Glossary> {
  const terms = (await getCollection('terms')).sort(byTitle);
  const byId = new Map(terms.map((t) => [t.id, t]));
  const names = new Map<string, string>();
  for (const t of terms) for (const n of [t.id, t.data.title, ...t.data.aliases]) names.set(slugify(n), t.id);
  const resolve = (target: string) => names.get(slugify(target));
  for (const t of terms) {
    for (const r of t.data.related) {
      if (!byId.has(r)) throw new Error(`content/terms/${t.id}.mdx: related term "${r}" does not exist`);
    }
  }
  const display = (target: string) => {
    const t = byId.get(resolve(target) ?? '');
    return t && (t.data.linkText ?? defaultLinkText(t.data.title));
  };
  const graph = buildLinkGraph(
    terms.map((t) => ({ id: t.id, title: t.data.title, body: t.body ?? '', related: t.data.related })),
    resolve,
    display,
  );
  return {
    terms,
    byId,
    graph,
    resolve,
    inCategory: (key) => terms.filter((t) => t.data.category === key),
  };
}

export function getGlossary(): Promise<Glossary> {
  cached ??= load();
  return cached;
}

export { CATEGORIES, CATEGORY_KEYS };
export const categoryUrl = (key: CategoryKey) => `/categories/${key}/`;

export type TermPreviews = Record<string, { title: string; summary: string; category: string }>;

/** The hover previews of the terms a page links to, baked into the page so nothing is fetched (src/browser/previews.ts). */
export function termPreviews(glossary: Glossary, ids: Iterable<string>): TermPreviews {
  return Object.fromEntries(
    [...new Set(ids)].map((id) => {
      const t = glossary.byId.get(id)!;
      return [id, { title: t.data.title, summary: t.data.summary, category: CATEGORIES[t.data.category].title }];
    }),
  );
}
