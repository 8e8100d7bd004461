/**
 * One search for the whole site, used by the header's dropdown and the search page alike so their
 * counts agree: pages whose title, aliases or names match (typos forgiven, src/browser/search/fuzzy-titles.ts)
 * come first, then Pagefind's full-text results, each page once. A misspelt query also gets a
 * correction to offer ("did you mean …"). Pagefind, MiniSearch and the title index load on first use.
 */
import { fuzzyTitles, type FuzzyTitles, type TitleHit } from './fuzzy-titles.ts';
import { TITLE_INDEX_PATH, type TitleEntry } from '../../lib/title-index.ts';

export interface PagefindData {
  url: string;
  meta: { title?: string; summary?: string; category?: string };
  /** plain text with the matched words in <mark> (Pagefind escapes < and >) */
  excerpt: string;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A result ready to show: its passage is Pagefind's excerpt, or for a title match its short definition. */
export interface ResultView {
  url: string;
  title: string;
  category: string;
  excerpt: string;
  /** words to mark in the title (a title match) */
  titleTerms: string[];
}

export interface SiteSearch {
  /** the typed query's correction, when a word was not found among titles and a near one was */
  suggestion: string | null;
  /** every matching page, once */
  total: number;
  /** loads the views of results [from, to) */
  views(from: number, to: number): Promise<ResultView[]>;
}

let pagefind: Promise<Pagefind> | undefined;
export function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (p: Pagefind) => {
    await p.options({ excerptLength: 18 });
    return p;
  });
  return pagefind;
}

let fuzzy: Promise<FuzzyTitles> | undefined;
function loadFuzzy(): Promise<FuzzyTitles> {
  fuzzy ??= fetch(TITLE_INDEX_PATH)
    .then((r) => {
      if (!r.ok) throw new Error(`${TITLE_INDEX_PATH}: HTTP ${r.status}`);
      return r.json() as Promise<TitleEntry[]>;
    })
    .then(fuzzyTitles);
  return fuzzy;
}

/** Starts loading everything search needs (on focus, before the first key). */
export function preloadSearch() {
  void loadPagefind();
  void loadFuzzy();
}

export async function searchSite(query: string, category: string | null): Promise<SiteSearch> {
  const [pf, fz] = await Promise.all([loadPagefind(), loadFuzzy()]);
  const filters = category ? { filters: { category: [category] } } : undefined;
  const suggestion = fz.correct(query);
  const [exact, corrected] = await Promise.all([pf.search(query, filters), suggestion ? pf.search(suggestion, filters) : null]);
  const found = exact?.results ?? [];
  // A title match takes Pagefind's excerpt from whichever search found its page, the corrected query
  // first (its passage marks the word meant, not a fragment of the typo).
  const pagefindById = new Map([...found, ...(corrected?.results ?? [])].map((r) => [r.id, r]));
  const titleHits = fz.search(query, category);
  const first = new Set(titleHits.map((h) => h.entry.p));
  const items: (() => Promise<ResultView>)[] = [
    ...titleHits.map((h) => () => titleView(h, pagefindById.get(h.entry.p ?? ''))),
    ...found.filter((r) => !first.has(r.id)).map((r) => async () => pagefindView(await r.data(), [])),
  ];
  return {
    suggestion,
    total: items.length,
    views: (from, to) => Promise.all(items.slice(from, to).map((load) => load())),
  };
}

const pagefindView = (d: PagefindData, titleTerms: string[]): ResultView => ({
  url: d.url,
  title: d.meta.title ?? d.url,
  // Pages outside the glossary and the incidents (home, tools, about) have no category of their own.
  category: d.meta.category ?? 'Page',
  excerpt: d.excerpt,
  titleTerms,
});

async function titleView(hit: TitleHit, result: PagefindResult | undefined): Promise<ResultView> {
  if (result) return pagefindView(await result.data(), hit.terms);
  // Matched by a title, alias or name that neither Pagefind search found: the aliases or names are the passage.
  const passage = (hit.entry.a || hit.entry.n).replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return { url: hit.entry.u, title: hit.entry.t, category: hit.entry.c === 'Incidents' ? 'Incident' : hit.entry.c, excerpt: passage, titleTerms: hit.terms };
}
