// Hover, focus and touch previews of what a link points to, so a reader can check it without leaving
// the sentence: a cross-linked term (its short definition, baked into #term-previews at build time) and
// a citation (the source's title, publisher and date, read from the page's own source list, and the
// place in the source the citation names, if any). Nothing is fetched.
const data = document.getElementById('term-previews');
const terms: Record<string, { title: string; summary: string; category: string }> = data ? JSON.parse(data.textContent || '{}') : {};

interface Preview {
  title: string;
  /** a term's category; a source's publisher and date */
  meta: string;
  paragraphs: string[];
}

function termPreview(link: HTMLAnchorElement): Preview | undefined {
  const p = terms[link.dataset.term ?? ''];
  return p && { title: p.title, meta: p.category, paragraphs: [p.summary] };
}

/** A citation links to its item in the source list (#source-<id>), which holds the source's details. */
function citationPreview(link: HTMLAnchorElement): Preview | undefined {
  // The item is SourceList.astro's: <a>title</a>. <span>publisher, <time>date</time>.</span><span> note</span>
  const item = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  const title = item?.querySelector('a')?.textContent?.trim();
  if (!item || !title) return undefined;
  const [meta, note] = item.querySelectorAll('.source-meta');
  const publisher = meta?.firstChild?.textContent?.replace(/,\s*$/, '').trim() ?? '';
  // <Cite at="…"> puts the locator (section, timestamp, paragraph) in data-locator.
  const at = link.dataset.locator;
  return {
    title,
    meta: [publisher, meta?.querySelector('time')?.textContent ?? ''].filter(Boolean).join(' · '),
    paragraphs: [at ? `Cited at: ${at}` : '', note?.textContent?.trim() ?? ''].filter(Boolean),
  };
}

const card = document.createElement('div');
card.className = 'term-preview';
card.id = 'term-preview';
card.setAttribute('role', 'tooltip');
card.hidden = true;
document.body.append(card);

let owner: HTMLAnchorElement | null = null;
let hideTimer = 0;

function show(link: HTMLAnchorElement) {
  const p = link.dataset.term !== undefined ? termPreview(link) : citationPreview(link);
  if (!p) return;
  clearTimeout(hideTimer);
  owner?.removeAttribute('aria-describedby');
  owner = link;
  card.replaceChildren();
  const title = document.createElement('strong');
  title.textContent = p.title;
  const meta = document.createElement('span');
  meta.className = 'term-preview-category';
  meta.textContent = p.meta;
  card.append(title, meta);
  for (const line of p.paragraphs) {
    const text = document.createElement('p');
    text.textContent = line;
    card.append(text);
  }
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

const PREVIEWED = 'a[data-term], .cite a[href^="#source-"]';
const linkOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLAnchorElement>(PREVIEWED) : null);

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
// Touch: a first tap on a previewed link shows its preview; a second tap follows it. A tap also fires
// mouseover and focusin before click, which open the preview already, so what counts is whether it was
// open when the finger came down.
let openAtTouch: HTMLAnchorElement | null = null;
document.addEventListener('pointerdown', (e) => {
  if (e.pointerType === 'touch') openAtTouch = owner;
});
document.addEventListener('click', (e) => {
  const link = linkOf(e.target);
  const touch = (e as PointerEvent).pointerType === 'touch';
  if (link && touch && openAtTouch !== link) {
    e.preventDefault();
    show(link);
  } else if (!link && !(e.target instanceof Node && card.contains(e.target))) {
    hide(true);
  }
});
