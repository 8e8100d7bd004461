// Cycles the colour theme: system → light → dark → system. The choice is kept in
// localStorage and applied before paint by /theme-init.js.
type Theme = 'system' | 'light' | 'dark';
const order: Theme[] = ['system', 'light', 'dark'];

function current(): Theme {
  const t = document.documentElement.dataset.theme;
  return t === 'light' || t === 'dark' ? t : 'system';
}

function apply(theme: Theme) {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
  } catch {
    /* storage may be blocked; the choice then lasts for this page only */
  }
  label();
}

function label() {
  const next = order[(order.indexOf(current()) + 1) % order.length];
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-label', `Colour theme: ${current()}. Switch to ${next}`);
    button.title = `Theme: ${current()} (switch to ${next})`;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.addEventListener('click', () => apply(order[(order.indexOf(current()) + 1) % order.length]!));
}
label();
