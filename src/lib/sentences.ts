/**
 * The sentences of a paragraph of MDX prose, as a reader would cut them, for the "Referenced by"
 * snippets (link-graph.ts): a snippet must start where a sentence starts. A sentence ends at `.`, `!`
 * or `?` (after any closing quote, bracket or emphasis mark, as in `**Latent paths.** Code…`) followed
 * by a space, except
 *  - after an abbreviation (e.g., vs., approx., No.), a dotted acronym (U.S., p.m.) or an initial
 *    (J. Watts), which do not end sentences;
 *  - after an ellipsis followed by a lower-case word, which continues the sentence;
 *  - inside a wiki-link, a component tag or inline code, whose text is not prose.
 * Each list item and each table row is a unit of its own, since neither needs a full stop to end.
 */

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'cf', 'approx', 'ca', 'al', 'no', 'nos', 'fig', 'figs', 'p', 'pp', 'vol', 'inc', 'ltd', 'corp', 'co', 'st', 'mr', 'mrs', 'ms', 'dr', 'prof', 'jr', 'sr']);
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const PROTECTED = /\[\[[^\]]*\]\]|<[^>]*>|`[^`]*`/g;
const END = /[.!?]["”’)\]*_]*\s+/g;

/** A list item or table row per unit; other lines join the paragraph they belong to. */
function units(paragraph: string): string[] {
  const out: string[] = [];
  for (const line of paragraph.split('\n')) {
    if (/^\s*\|/.test(line)) {
      if (!/^\s*\|[\s:|-]+\|?\s*$/.test(line)) out.push(line.split('|').map((c) => c.trim()).filter(Boolean).join(' · '));
    } else if (LIST_ITEM.test(line) || out.length === 0) {
      out.push(line.replace(LIST_ITEM, ''));
    } else {
      out[out.length - 1] += `\n${line}`;
    }
  }
  return out.map((u) => u.trim()).filter(Boolean);
}

/** Does the full stop that ends `before` (at its last character) end a sentence, given what follows? */
function endsSentence(before: string, after: string): boolean {
  if (before.endsWith('.')) {
    const word = /([\p{L}\p{N}.]+)\.$/u.exec(before)?.[1] ?? '';
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && (word.length === 1 || word.includes('.'))) return false;
    if (before.endsWith('..') && /^\p{Ll}/u.test(after)) return false;
  }
  return after.length > 0;
}

export function sentences(paragraph: string): string[] {
  const out: string[] = [];
  for (const unit of units(paragraph)) {
    const spans = [...unit.matchAll(PROTECTED)].map((m) => [m.index, m.index + m[0].length] as const);
    const inside = (i: number) => spans.some(([a, b]) => i >= a && i < b);
    let start = 0;
    for (const m of unit.matchAll(END)) {
      const stop = m.index + 1;
      if (inside(m.index) || !endsSentence(unit.slice(start, stop), unit.slice(m.index + m[0].length))) continue;
      out.push(unit.slice(start, m.index + m[0].length).trim());
      start = m.index + m[0].length;
    }
    const rest = unit.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
