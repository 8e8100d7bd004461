// The header's live search: a combobox whose dropdown lists results (title, category, the passage
// with the match marked), a "did you mean" for a misspelt word, and a link to every result on the
// search page. The search code (src/browser/search/) loads on first focus, so pages that are never
// searched pay nothing for it. Without JavaScript the form still submits to /search/.
type SearchModule = typeof import('./search/site-search.ts') & typeof import('./search/render-results.ts');

let modules: Promise<SearchModule> | undefined;
/** The search code, loaded once; starting it also starts fetching Pagefind and the title index. */
export function loadSearchCode(): Promise<SearchModule> {
  modules ??= Promise.all([import('./search/site-search.ts'), import('./search/render-results.ts')]).then(([a, b]) => {
    a.preloadSearch();
    return { ...a, ...b };
  });
  return modules;
}

/** How many results the dropdown shows; the search page shows them all. */
const DROPDOWN_RESULTS = 6;
export const resultCount = (n: number) => `${n} result${n === 1 ? '' : 's'}`;

function enhance(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-results]')!;
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const suggestion = document.createElement('p');
  suggestion.className = 'search-suggestion';
  suggestion.hidden = true;
  const list = document.createElement('ul');
  list.className = 'search-list';
  list.id = 'site-search-listbox';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  const all = document.createElement('a');
  all.className = 'search-all';
  all.hidden = true;
  panel.append(status, suggestion, list, all);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let links: HTMLAnchorElement[] = [];
  let active = -1;
  let seq = 0;

  const open = (yes: boolean) => {
    panel.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
  };
  const setActive = (i: number) => {
    links[active]?.classList.remove('active');
    links[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const a = links[i];
    if (a) {
      a.classList.add('active');
      a.setAttribute('aria-selected', 'true');
      a.scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', a.id);
    } else input.removeAttribute('aria-activedescendant');
  };

  async function update() {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      open(false);
      return;
    }
    open(true);
    status.textContent = 'Searching…';
    try {
      const code = await loadSearchCode();
      const found = await code.searchSite(q, null);
      const views = await found.views(0, DROPDOWN_RESULTS);
      if (mine !== seq) return; // a newer query is on its way
      links = code.renderResults(list, views, 'site-search-result', { asOptions: true });
      setActive(-1);
      status.textContent = found.total ? resultCount(found.total) : `No results for “${q}”`;
      code.showSuggestion(suggestion, found.suggestion, (fixed) => {
        input.value = fixed;
        input.focus();
        void update();
      });
      all.hidden = found.total <= DROPDOWN_RESULTS;
      all.href = `/search/?q=${encodeURIComponent(q)}`;
      all.textContent = `See all ${resultCount(found.total)}`;
    } catch (e) {
      if (mine !== seq) return;
      list.replaceChildren();
      links = [];
      status.textContent = `Search could not load (${e instanceof Error ? e.message : String(e)}). Try the search page.`;
    }
  }

  input.addEventListener('focus', () => void loadSearchCode(), { once: true });
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links.length) {
      e.preventDefault();
      setActive((active + 1) % links.length);
    } else if (e.key === 'ArrowUp' && links.length) {
      e.preventDefault();
      setActive((active - 1 + links.length) % links.length);
    } else if (e.key === 'Enter' && active >= 0 && links[active]) {
      e.preventDefault();
      links[active]!.click();
    } else if (e.key === 'Escape') {
      if (!panel.hidden) {
        e.preventDefault();
        open(false);
      } else input.blur();
    }
  });
  form.addEventListener('focusout', (e) => {
    if (!(e.relatedTarget instanceof Node && form.contains(e.relatedTarget))) open(false);
  });
  form.addEventListener('focusin', () => {
    if (input.value.trim() && panel.hidden) open(true);
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search]')) enhance(form);

// Keyboard shortcut: "/" or Ctrl/Cmd+K focuses the search box from anywhere.
document.addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement | null;
  const typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
    const input = document.querySelector<HTMLInputElement>('#site-search-input');
    if (input) {
      e.preventDefault();
      document.dispatchEvent(new CustomEvent('site-search:open'));
      input.focus();
      input.select();
    }
  }
});
