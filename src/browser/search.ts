// Live search over the Pagefind index. Pagefind's script and index load only on
// first use, so pages that are never searched pay nothing for it. Without
// JavaScript the form still submits to /search/.
interface PagefindResult {
  url: string;
  meta: { title?: string; summary?: string; category?: string };
  excerpt: string;
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
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

export async function runSearch(query: string, category: string | null, limit = 8) {
  const pf = await loadPagefind();
  const found = await pf.search(query, category ? { filters: { category: [category] } } : undefined);
  if (!found) return null; // superseded by a newer query
  return Promise.all(found.results.slice(0, limit).map((r) => r.data()));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text) node.textContent = text;
  return node;
}

/** Renders results as a list of links; returns the links for keyboard navigation. */
export function renderResults(list: HTMLElement, results: PagefindResult[], idPrefix: string, asOptions = false): HTMLAnchorElement[] {
  list.replaceChildren();
  return results.map((r, i) => {
    const li = el('li');
    const a = el('a', 'search-result');
    a.href = r.url;
    a.id = `${idPrefix}-${i}`;
    if (asOptions) {
      // Inside the combobox's listbox the links are its options; the list items are structure only.
      li.setAttribute('role', 'none');
      a.setAttribute('role', 'option');
    }
    a.append(el('strong', '', r.meta.title ?? r.url));
    if (r.meta.category) a.append(el('span', 'search-result-category', r.meta.category));
    a.append(el('span', 'search-result-summary', r.meta.summary ?? ''));
    li.append(a);
    list.append(li);
    return a;
  });
}

function enhance(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-results]')!;
  const status = el('p', 'search-status');
  status.setAttribute('role', 'status');
  const chips = el('div', 'search-filters');
  chips.setAttribute('role', 'group');
  chips.setAttribute('aria-label', 'Filter by category');
  const list = el('ul', 'search-list');
  list.id = 'site-search-listbox';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  panel.append(chips, status, list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let links: HTMLAnchorElement[] = [];
  let active = -1;
  let category: string | null = null;
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

  async function buildChips() {
    if (chips.childElementCount) return;
    const filters = (await (await loadPagefind()).filters()).category ?? {};
    for (const name of Object.keys(filters).sort()) {
      const b = el('button', 'chip', name);
      b.type = 'button';
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', () => {
        category = category === name ? null : name;
        for (const c of chips.querySelectorAll('button')) c.setAttribute('aria-pressed', String(c.textContent === category));
        input.focus();
        void update();
      });
      chips.append(b);
    }
  }

  async function update() {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      open(false);
      return;
    }
    open(true);
    void buildChips();
    status.textContent = 'Searching…';
    const results = await runSearch(q, category);
    if (mine !== seq || results === null) return;
    links = renderResults(list, results, 'site-search-result', true);
    setActive(-1);
    status.textContent = results.length
      ? `${results.length} result${results.length === 1 ? '' : 's'}${category ? ` in ${category}` : ''}`
      : `No results for “${q}”${category ? ` in ${category}` : ''}`;
  }

  input.addEventListener('focus', () => void loadPagefind(), { once: true });
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
      input.focus();
      input.select();
    }
  }
});
