// Hover and focus previews of cross-linked terms. The short definitions are baked
// into the page at build time (#term-previews), so nothing is fetched.
const data = document.getElementById('term-previews');
const previews: Record<string, { title: string; summary: string; category: string }> = data ? JSON.parse(data.textContent || '{}') : {};

const card = document.createElement('div');
card.className = 'term-preview';
card.id = 'term-preview';
card.setAttribute('role', 'tooltip');
card.hidden = true;
document.body.append(card);

let owner: HTMLAnchorElement | null = null;
let hideTimer = 0;

function show(link: HTMLAnchorElement) {
  const p = previews[link.dataset.term ?? ''];
  if (!p) return;
  clearTimeout(hideTimer);
  owner?.removeAttribute('aria-describedby');
  owner = link;
  card.replaceChildren();
  const title = document.createElement('strong');
  title.textContent = p.title;
  const cat = document.createElement('span');
  cat.className = 'term-preview-category';
  cat.textContent = p.category;
  const text = document.createElement('p');
  text.textContent = p.summary;
  card.append(title, cat, text);
  card.hidden = false;
  link.setAttribute('aria-describedby', card.id);
  const r = link.getBoundingClientRect();
  const width = Math.min(340, document.documentElement.clientWidth - 16);
  card.style.width = `${width}px`;
  const left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
  const below = r.bottom + card.offsetHeight + 12 < window.innerHeight;
  card.style.left = `${left}px`;
  card.style.top = `${(below ? r.bottom + 8 : r.top - card.offsetHeight - 8) + window.scrollY}px`;
}

function hide(now = false) {
  clearTimeout(hideTimer);
  const go = () => {
    card.hidden = true;
    owner?.removeAttribute('aria-describedby');
    owner = null;
  };
  if (now) go();
  else hideTimer = window.setTimeout(go, 120);
}

const linkOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLAnchorElement>('a[data-term]') : null);

document.addEventListener('mouseover', (e) => {
  const link = linkOf(e.target);
  if (link) show(link);
  else if (!(e.target instanceof Node && card.contains(e.target))) hide();
});
document.addEventListener('focusin', (e) => {
  const link = linkOf(e.target);
  if (link) show(link);
  else hide(true);
});
document.addEventListener('focusout', (e) => {
  if (linkOf(e.target)) hide();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !card.hidden) hide(true);
});
// Touch: a first tap on a term link shows its preview; a second tap follows it.
document.addEventListener('click', (e) => {
  const link = linkOf(e.target);
  const touch = (e as PointerEvent).pointerType === 'touch';
  if (link && touch && owner !== link) {
    e.preventDefault();
    show(link);
  } else if (!link && !(e.target instanceof Node && card.contains(e.target))) {
    hide(true);
  }
});
