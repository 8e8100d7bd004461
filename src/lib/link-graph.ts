/**
 * The one link graph of the reference, built at build time from the raw MDX of
 * every page. It drives related terms, "Referenced by" backlinks (with the
 * sentence that links) and the graph views. Pure: no Astro, no file system.
 */

export interface LinkSource {
  id: string;
  title: string;
  body: string;
  /** explicit related ids from frontmatter, in author order */
  related: readonly string[];
}

export interface Backlink {
  from: string;
  sentence: string;
}

export interface LinkGraph {
  /** ids each page links to in its prose, in order of first appearance */
  outlinks: Map<string, string[]>;
  backlinks: Map<string, Backlink[]>;
  /** related ids: explicit first, then the pages most strongly co-linked */
  related(id: string, limit?: number): string[];
  /** unique undirected edges (explicit related and prose links), for the graph view */
  edges: [string, string][];
}

import { sentences } from './sentences.ts';

const WIKILINK = /\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]+))?\]\]/g;

/**
 * Plain text of a fragment of MDX prose, as a reader would see it. `display` gives the
 * text a bare [[target]] shows (the term's name); without it the target is shown.
 */
export function plainText(mdx: string, display?: (target: string) => string | undefined): string {
  return mdx
    .replace(WIKILINK, (_m, target: string, label?: string) => (label ?? display?.(target) ?? target).trim())
    .replace(/\s*<Cite\b[^>]*\/>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Prose paragraphs of an MDX body: no imports, headings, components or code. */
function paragraphs(body: string): string[] {
  const withoutCode = body.replace(/```[\s\S]*?```/g, '');
  return withoutCode
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !/^(import|export)\s/.test(p) && !p.startsWith('#') && !/^<[A-Z][\w.]*[\s/>]/.test(p));
}


/** A sentence that opens with a link shows the term's name, often in lower case ("flash crash risk management covers…"): capitalise it as the page does. */
function startWithCapital(source: string, text: string): string {
  return /^\W*\[\[/.test(source) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

export function extractLinks(
  body: string,
  resolve: (target: string) => string | undefined,
  display?: (target: string) => string | undefined,
): { target: string; sentence: string }[] {
  const found: { target: string; sentence: string }[] = [];
  for (const p of paragraphs(body)) {
    for (const s of sentences(p)) {
      for (const m of s.matchAll(WIKILINK)) {
        const target = resolve(m[1] ?? '');
        if (target) found.push({ target, sentence: startWithCapital(s, plainText(s, display)) });
      }
    }
  }
  return found;
}

export function buildLinkGraph(
  pages: readonly LinkSource[],
  resolve: (target: string) => string | undefined,
  display?: (target: string) => string | undefined,
): LinkGraph {
  const ids = new Set(pages.map((p) => p.id));
  const outlinks = new Map<string, string[]>();
  const backlinks = new Map<string, Backlink[]>();
  for (const page of pages) {
    const out: string[] = [];
    for (const { target, sentence } of extractLinks(page.body, resolve, display)) {
      if (target === page.id || !ids.has(target)) continue;
      if (!out.includes(target)) {
        out.push(target);
        const list = backlinks.get(target) ?? [];
        list.push({ from: page.id, sentence });
        backlinks.set(target, list);
      }
    }
    outlinks.set(page.id, out);
  }

  const neighbours = new Map<string, Set<string>>();
  const edgeKeys = new Set<string>();
  const edges: [string, string][] = [];
  const connect = (a: string, b: string) => {
    if (a === b || !ids.has(a) || !ids.has(b)) return;
    (neighbours.get(a) ?? neighbours.set(a, new Set()).get(a)!).add(b);
    (neighbours.get(b) ?? neighbours.set(b, new Set()).get(b)!).add(a);
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (!edgeKeys.has(key)) {
      edgeKeys.add(key);
      edges.push(a < b ? [a, b] : [b, a]);
    }
  };
  for (const page of pages) {
    for (const r of page.related) connect(page.id, r);
    for (const o of outlinks.get(page.id) ?? []) connect(page.id, o);
  }

  const byId = new Map(pages.map((p) => [p.id, p]));
  const title = (id: string) => byId.get(id)?.title ?? id;

  return {
    outlinks,
    backlinks,
    edges,
    related(id, limit = 8) {
      const explicit = (byId.get(id)?.related ?? []).filter((r) => ids.has(r) && r !== id);
      const chosen = new Set(explicit);
      const direct = neighbours.get(id) ?? new Set<string>();
      // Score the rest: a direct link counts most, then each shared neighbour.
      const score = new Map<string, number>();
      for (const n of direct) if (!chosen.has(n)) score.set(n, (score.get(n) ?? 0) + 3);
      for (const n of direct) {
        for (const m of neighbours.get(n) ?? []) {
          if (m !== id && !chosen.has(m)) score.set(m, (score.get(m) ?? 0) + 1);
        }
      }
      const ranked = [...score].sort((a, b) => b[1] - a[1] || title(a[0]).localeCompare(title(b[0]))).map(([m]) => m);
      return [...explicit, ...ranked].slice(0, Math.max(limit, explicit.length));
    },
  };
}
