// @ts-check
/**
 * Contagion Atlas link previews for other sites. Include it once on a page:
 *
 *   <script src="https://contagion-atlas.org/embed/atlas-preview.js" defer></script>
 *
 * and every link to an Atlas term (https://contagion-atlas.org/terms/<slug>/) shows the term's title,
 * category and short definition on hover or keyboard focus, read from the Atlas's JSON feed
 * (/api/terms/<slug>.json) the first time it is needed. No dependencies, no inline styles: it adds one
 * stylesheet link (atlas-preview.css beside this file; add data-atlas-style="none" to the script tag
 * to style .atlas-preview yourself). Escape or moving away closes a preview.
 */
(() => {
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (!script || /** @type {any} */ (window).atlasPreview) return;
  /** @type {any} */ (window).atlasPreview = true;
  const base = new URL('../', script.src); // the Atlas's origin and root
  const termPath = new RegExp(`^${base.pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}terms/([a-z0-9]+(?:-[a-z0-9]+)*)/?$`);

  if (script.dataset.atlasStyle !== 'none') {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('embed/atlas-preview.css', base).href;
    document.head.append(link);
  }

  /** @type {Map<string, Promise<{ title: string, definition: string, categoryTitle: string, url: string } | null>>} */
  const cache = new Map();
  const load = (/** @type {string} */ slug) => {
    if (!cache.has(slug)) {
      cache.set(
        slug,
        fetch(new URL(`api/terms/${slug}.json`, base))
          .then((r) => (r.ok ? r.json() : null))
          .then((t) => (t && typeof t.title === 'string' && typeof t.definition === 'string' ? t : null))
          .catch(() => null),
      );
    }
    return /** @type {Promise<any>} */ (cache.get(slug));
  };

  /** The term a link points to, or null. */
  const slugOf = (/** @type {Element | null} */ el) => {
    const a = el && el.closest ? el.closest('a[href]') : null;
    if (!(a instanceof HTMLAnchorElement) || a.origin !== base.origin) return null;
    const m = termPath.exec(a.pathname);
    return m ? { a, slug: /** @type {string} */ (m[1]) } : null;
  };

  const card = document.createElement('div');
  card.className = 'atlas-preview';
  card.id = 'atlas-preview';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  const title = document.createElement('strong');
  title.className = 'atlas-preview-title';
  const category = document.createElement('span');
  category.className = 'atlas-preview-category';
  const text = document.createElement('p');
  text.className = 'atlas-preview-text';
  const source = document.createElement('span');
  source.className = 'atlas-preview-source';
  source.textContent = 'Contagion Atlas';
  card.append(category, title, text, source);

  /** @type {HTMLAnchorElement | null} */
  let current = null;
  let timer = 0;

  const hide = () => {
    clearTimeout(timer);
    card.hidden = true;
    if (current) {
      current.classList.remove('atlas-preview-anchor');
      current.removeAttribute('aria-describedby');
    }
    current = null;
  };

  const show = (/** @type {HTMLAnchorElement} */ a, /** @type {string} */ slug) => {
    if (current === a) return;
    hide();
    current = a;
    timer = window.setTimeout(async () => {
      const term = await load(slug);
      if (current !== a || !term) return;
      title.textContent = term.title;
      category.textContent = term.categoryTitle || '';
      text.textContent = term.definition;
      if (!card.isConnected) document.body.append(card);
      a.classList.add('atlas-preview-anchor');
      a.setAttribute('aria-describedby', card.id);
      card.hidden = false;
    }, 250);
  };

  const enter = (/** @type {Event} */ e) => {
    const hit = slugOf(/** @type {Element} */ (e.target));
    if (hit) show(hit.a, hit.slug);
  };
  const leave = (/** @type {Event} */ e) => {
    const hit = slugOf(/** @type {Element} */ (e.target));
    const to = /** @type {Element | null} */ (/** @type {any} */ (e).relatedTarget);
    if (hit && hit.a === current && !(to && hit.a.contains(to))) hide();
  };
  document.addEventListener('mouseover', enter);
  document.addEventListener('focusin', enter);
  document.addEventListener('mouseout', leave);
  document.addEventListener('focusout', leave);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current) hide();
  });
})();
