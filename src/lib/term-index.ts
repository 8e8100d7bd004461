/**
 * Reads every term's frontmatter straight from disk, so that code running before
 * Astro's content layer (the wiki-link plugin, the redirect table) can resolve
 * slugs and aliases. Pure Node: no Astro imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { slugify } from './slug.ts';

export interface TermIndexEntry {
  slug: string;
  title: string;
  aliases: string[];
  summary: string;
  /** how the term reads inside a sentence, used as the text of a bare [[link]] */
  linkText: string;
  file: string;
}

/**
 * Mid-sentence form of a title: "Single point of failure" → "single point of failure",
 * but acronyms and names keep their capitals ("RPC provider"). A term whose title starts
 * with a proper noun sets `linkText` in its frontmatter.
 */
export function defaultLinkText(title: string): string {
  const first = title.split(/\s/)[0] ?? '';
  return (first.match(/[A-Z]/g) ?? []).length > 1 ? title : title.charAt(0).toLowerCase() + title.slice(1);
}

export interface TermIndex {
  entries: Map<string, TermIndexEntry>;
  /** alias slug → term slug */
  aliases: Map<string, string>;
  /** Resolves a link target (slug, title or alias, any case) to a term slug, or undefined. */
  resolve(target: string): string | undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

export function readFrontmatter(file: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter block (--- ... ---) at the top of the file`);
  const data: unknown = parse(match[1] ?? '');
  if (!data || typeof data !== 'object') throw new Error(`${file}: frontmatter is not a YAML mapping`);
  return data as Record<string, unknown>;
}

export function termFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
    .sort()
    .map((f) => join(dir, f));
}

export function buildTermIndex(dir: string): TermIndex {
  const entries = new Map<string, TermIndexEntry>();
  const aliases = new Map<string, string>();
  for (const file of termFiles(dir)) {
    const slug = file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '').toLowerCase();
    const fm = readFrontmatter(file);
    const title = typeof fm.title === 'string' ? fm.title : slug;
    const termAliases = Array.isArray(fm.aliases) ? fm.aliases.filter((a): a is string => typeof a === 'string') : [];
    const summary = typeof fm.summary === 'string' ? fm.summary : '';
    const linkText = typeof fm.linkText === 'string' ? fm.linkText : defaultLinkText(title);
    entries.set(slug, { slug, title, aliases: termAliases, summary, linkText, file });
  }
  for (const entry of entries.values()) {
    for (const name of [entry.title, ...entry.aliases]) {
      const key = slugify(name);
      if (key === entry.slug) continue;
      const owner = entries.has(key) ? key : aliases.get(key);
      if (owner && owner !== entry.slug) {
        throw new Error(`${entry.file}: alias "${name}" (${key}) is already used by the term "${owner}"`);
      }
      aliases.set(key, entry.slug);
    }
  }
  return {
    entries,
    aliases,
    resolve(target) {
      const key = slugify(target);
      return entries.has(key) ? key : aliases.get(key);
    },
  };
}
