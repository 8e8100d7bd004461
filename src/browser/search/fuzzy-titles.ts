/**
 * Typo tolerance over titles, aliases and names (src/lib/title-index.ts), with MiniSearch: its
 * fuzzy match is an edit distance per word, ranked by BM25 over weighted fields, which is what a
 * misspelt name needs ("cloudfare", "metamsk", "finallity", "validater"). Loaded with search on first
 * use, never before. Pure over its entries, so it is tested in Node (test/unit/search/).
 */
import MiniSearch from 'minisearch';
import type { TitleEntry } from '../../lib/title-index.ts';

export interface TitleHit {
  entry: TitleEntry;
  /** the indexed words that matched, for highlighting */
  terms: string[];
}

export interface FuzzyTitles {
  /** pages whose title, aliases or names match every word of the query, allowing typos; best first */
  search(query: string, category?: string | null): TitleHit[];
  /** the query with each unknown word replaced by the nearest indexed word, or null when nothing changed */
  correct(query: string): string | null;
}

/** Edits allowed in a word: none in short words (too many false friends), one up to eight letters, then two. */
export const maxEdits = (word: string) => (word.length < 4 ? 0 : word.length < 9 ? 1 : 2);

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const words = (text: string) => tokenize(text.toLowerCase()).filter(Boolean);

export function fuzzyTitles(entries: readonly TitleEntry[]): FuzzyTitles {
  const index = new MiniSearch<TitleEntry>({
    idField: 'u',
    fields: ['t', 'a', 'n'],
    searchOptions: {
      boost: { t: 3, a: 2, n: 1 },
      fuzzy: (term) => maxEdits(term),
      // The last word may still be being typed.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      combineWith: 'AND',
    },
  });
  index.addAll(entries);
  const byUrl = new Map(entries.map((e) => [e.u, e]));
  const vocabulary = new Set(entries.flatMap((e) => words(`${e.t} ${e.a} ${e.n}`)));
  // Known: indexed, the start of an indexed word (still being typed), or one with a short ending ("oracles").
  const known = (w: string) =>
    w.length < 4 || vocabulary.has(w) || [...vocabulary].some((v) => v.startsWith(w) || (v.length >= 4 && w.startsWith(v) && w.length - v.length <= 2));

  return {
    search(query, category) {
      return index
        .search(query)
        .map((r) => ({ entry: byUrl.get(String(r.id))!, terms: r.terms }))
        .filter((h) => !category || h.entry.c === category);
    },
    correct(query) {
      const typed = words(query);
      let changed = false;
      const fixed = typed.map((w) => {
        if (known(w)) return w;
        const best = index.autoSuggest(w, { fuzzy: maxEdits(w), prefix: false })[0]?.terms[0];
        if (!best || best === w) return w;
        changed = true;
        return best;
      });
      return changed ? fixed.join(' ') : null;
    },
  };
}
