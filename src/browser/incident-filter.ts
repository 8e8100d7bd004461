// Filters the incident list by provider and layer. The controls are hidden until this
// runs, so without JavaScript every incident is listed and no control does nothing.
const box = document.querySelector<HTMLElement>('[data-incident-filter]');
const provider = box?.querySelector<HTMLSelectElement>('[data-filter-provider]');
const layer = box?.querySelector<HTMLSelectElement>('[data-filter-layer]');
const count = box?.querySelector<HTMLElement>('[data-incident-count]');
if (box && provider && layer && count) {
  box.hidden = false;
  const items = [...document.querySelectorAll<HTMLElement>('[data-incident-item]')];
  // Values are joined with "|" in the data attributes; names never contain one.
  const has = (list: string | undefined, value: string) => !value || (list ?? '').split('|').includes(value);
  const apply = () => {
    let shown = 0;
    for (const item of items) {
      const match = has(item.dataset.providers, provider.value) && has(item.dataset.layers, layer.value);
      item.hidden = !match;
      if (match) shown++;
    }
    count.textContent = `Showing ${shown} of ${items.length} incidents`;
  };
  provider.addEventListener('change', apply);
  layer.addEventListener('change', apply);
  // ?provider=AWS&layer=chain make a filtered list linkable.
  const params = new URLSearchParams(location.search);
  for (const [select, key] of [[provider, 'provider'], [layer, 'layer']] as const) {
    const v = params.get(key);
    if (v && [...select.options].some((o) => o.value === v)) select.value = v;
  }
  apply();
}

// A module, so its names do not clash with the other page scripts in type checking.
export {};
