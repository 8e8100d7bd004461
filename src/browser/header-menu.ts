// The phone header's two buttons: the menu (navigation and theme) and search, each opening a row
// under the one-row header. On wider screens both are hidden by CSS and this does nothing visible.
export {}; // a module: its names stay its own
const header = document.querySelector<HTMLElement>('[data-site-header]');
const menuButton = header?.querySelector<HTMLButtonElement>('[data-menu-toggle]');
const searchButton = header?.querySelector<HTMLAnchorElement>('[data-search-toggle]');
const input = header?.querySelector<HTMLInputElement>('#site-search-input');

if (header && menuButton && searchButton && input) {
  const set = (which: 'menu' | 'search', open: boolean) => {
    header.classList.toggle(`${which}-open`, open);
    (which === 'menu' ? menuButton : searchButton).setAttribute('aria-expanded', String(open));
  };
  menuButton.addEventListener('click', () => {
    const open = !header.classList.contains('menu-open');
    set('search', false);
    set('menu', open);
  });
  // A link to /search/ without JavaScript; with it, a button (Space too) that opens the search row.
  searchButton.setAttribute('role', 'button');
  searchButton.addEventListener('keydown', (e) => {
    if (e.key === ' ') {
      e.preventDefault();
      searchButton.click();
    }
  });
  searchButton.addEventListener('click', (e) => {
    e.preventDefault();
    const open = !header.classList.contains('search-open');
    set('menu', false);
    set('search', open);
    if (open) input.focus();
  });
  // "/" and Ctrl+K open the search row first (src/browser/search.ts).
  document.addEventListener('site-search:open', () => {
    set('menu', false);
    set('search', true);
  });
  header.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    if (header.classList.contains('menu-open')) {
      set('menu', false);
      menuButton.focus();
    }
  });
}
