// A prose table wider than the screen scrolls within itself (global.css); this puts such a table in
// the tab order so it can be scrolled from the keyboard, and takes it out again when it fits.
const tables = [...document.querySelectorAll<HTMLTableElement>('.term-body > table')];
const update = () => {
  for (const t of tables) {
    if (t.scrollWidth > t.clientWidth) t.tabIndex = 0;
    else t.removeAttribute('tabindex');
  }
};
if (tables.length) {
  update();
  addEventListener('resize', update);
}
export {};
