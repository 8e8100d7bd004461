// Filters the A–Z list as the reader types. The box is hidden until this runs,
// so readers without JavaScript never see a control that does nothing.
const box = document.querySelector<HTMLElement>('[data-az-filter]');
const input = box?.querySelector<HTMLInputElement>('input');
const count = box?.querySelector<HTMLElement>('[data-az-count]');
const empty = document.querySelector<HTMLElement>('[data-az-empty]');
if (box && input) {
  box.hidden = false;
  const items = [...document.querySelectorAll<HTMLElement>('[data-az-item]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-az-group]')];
  const apply = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const text = item.dataset.azText ?? '';
      const match = words.every((w) => text.includes(w));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-az-item]:not([hidden])');
    if (count) count.textContent = words.length ? `${shown} of ${items.length} terms match` : '';
    // Nothing left: say so where the list was, and carry the words over to the full-text search.
    if (empty) {
      empty.hidden = shown > 0;
      empty.querySelector('[data-az-query]')!.textContent = input.value.trim();
      empty.querySelector<HTMLAnchorElement>('[data-az-search]')!.href = `/search/?q=${encodeURIComponent(input.value.trim())}`;
    }
  };
  input.addEventListener('input', apply);
  const q = new URLSearchParams(location.search).get('filter');
  if (q) {
    input.value = q;
    apply();
  }
}
