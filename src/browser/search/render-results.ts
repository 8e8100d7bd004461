/**
 * Draws search results: title (the words that matched it marked), category, and the matching
 * passage with the match marked. Pagefind's excerpt is text with <mark> tags and < > escaped; it is
 * split on the tags and written as text nodes, never parsed as HTML.
 */
import type { ResultView } from './site-search.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text) node.textContent = text;
  return node;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Pagefind's excerpt as text and <mark> nodes. */
export function excerptNodes(excerpt: string, terms: readonly string[] = []): Node[] {
  if (!/<mark>/.test(excerpt) && terms.length) return markTerms(unescape(excerpt), terms);
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).filter(Boolean).map((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    return marked ? el('mark', '', unescape(marked[1]!)) : document.createTextNode(unescape(part));
  });
}

/** Text with every word that starts with one of `terms` (or nearly is one) marked, ignoring case. */
export function markTerms(text: string, terms: readonly string[]): Node[] {
  const wanted = terms.map((t) => t.toLowerCase()).filter(Boolean);
  return text.split(/([\p{L}\p{N}]+)/u).filter(Boolean).map((part) => {
    const lower = part.toLowerCase();
    // a word that starts with a matched term, or that term with a short ending ("validators")
    return wanted.some((t) => lower.startsWith(t) || (t.startsWith(lower) && t.length - lower.length <= 2)) ? el('mark', '', part) : document.createTextNode(part);
  });
}

/** Renders results as a list of links from index `offset` on; returns the links for keyboard navigation. */
export function renderResults(list: HTMLElement, results: ResultView[], idPrefix: string, { asOptions = false, append = false } = {}): HTMLAnchorElement[] {
  if (!append) list.replaceChildren();
  const offset = list.childElementCount;
  return results.map((r, i) => {
    const li = el('li');
    const a = el('a', 'search-result');
    a.href = r.url;
    a.id = `${idPrefix}-${offset + i}`;
    if (asOptions) {
      // Inside the combobox's listbox the links are its options; the list items are structure only.
      li.setAttribute('role', 'none');
      a.setAttribute('role', 'option');
    }
    const title = el('strong', 'search-result-title');
    title.append(...(r.titleTerms.length ? markTerms(r.title, r.titleTerms) : [document.createTextNode(r.title)]));
    a.append(title);
    if (r.category) a.append(el('span', 'search-result-category', r.category));
    const passage = el('span', 'search-result-excerpt');
    passage.append(...excerptNodes(r.excerpt, r.titleTerms));
    a.append(passage);
    li.append(a);
    list.append(li);
    return a;
  });
}

/** Fills `box` with "Did you mean <fixed>?" (the word a button that runs it), or hides it. */
export function showSuggestion(box: HTMLElement, fixed: string | null, pick: (fixed: string) => void) {
  box.hidden = !fixed;
  box.replaceChildren();
  if (!fixed) return;
  const b = el('button', 'link-button', fixed);
  b.type = 'button';
  b.addEventListener('click', () => pick(fixed));
  box.append('Did you mean ', b, '?');
}
