/**
 * The whole glossary as one schema.org DefinedTermSet (JSON-LD), for tools that read linked data: each
 * term a full DefinedTerm (name, description, alternate names, category, page, date), not just a link.
 */
import { definedTerm, definedTermSet } from '../lib/structured-data.ts';
import { CATEGORIES } from '../lib/categories.ts';
import { termUrl } from '../lib/site.ts';
import type { TermInput } from './records.ts';

export function definedTermSetDocument(terms: TermInput[]) {
  const set = definedTermSet();
  return {
    ...set,
    hasDefinedTerm: terms.map((t) => {
      const { '@context': _context, ...term } = definedTerm({
        slug: t.id,
        url: termUrl(t.id),
        title: t.data.title,
        summary: t.data.summary,
        aliases: t.data.aliases,
        category: CATEGORIES[t.data.category].title,
        dateModified: t.data.lastReviewed,
      });
      return term;
    }),
  };
}
