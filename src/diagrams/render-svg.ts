/**
 * A diagram as SVG text, in one of two looks:
 *  - 'page': class names only, so light and dark come from the site's custom properties (diagram.css);
 *    no style attribute anywhere (the CSP forbids inline styles);
 *  - 'image': the light theme's colours as presentation attributes and no words, for the OpenGraph
 *    image: the rasteriser has no fonts, and at thumbnail size the shapes carry the idea (the card's
 *    own text says the rest).
 */
import { shapePath } from './tool-look.ts';
import type { Diagram, Item, NodeItem } from './drawing.ts';

export type Look = 'page' | 'image';

/** The light theme of global.css, for the image look (keep in step with :root there). */
export const LIGHT = {
  bg: '#f7f7f4',
  surface: '#ffffff',
  text: '#1b1f24',
  muted: '#4c5561',
  border: '#d5d9dd',
  danger: '#b3261e',
  warn: '#8a5a00',
  ok: '#1e6b3a',
  accent: '#1d4e89',
} as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attrs = (a: { [k: string]: string | number | undefined }) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');

/** Class names for the page, or the same look as attributes for the image. */
type Attrs = Record<string, string | number | undefined>;

function paint(look: Look, cls: string, image: Attrs): string {
  return look === 'page' ? attrs({ class: cls }) : attrs(image);
}

const STATE_WORD = { down: 'DOWN', degraded: 'DEGRADED', up: '' } as const;

function node(n: NodeItem, look: Look): string {
  const parts: string[] = [];
  if (n.seed) parts.push(`<circle r="21"${paint(look, 'dg-seed-ring', { fill: 'none', stroke: LIGHT.danger, 'stroke-width': 2, 'stroke-dasharray': '3 3' })}/>`);
  const shape: Attrs =
    n.status === 'down'
      ? { stroke: LIGHT.danger, 'stroke-width': 3.5, opacity: 0.6 }
      : n.status === 'degraded'
        ? { stroke: LIGHT.warn, 'stroke-width': 3, 'stroke-dasharray': '4 3' }
        : { stroke: LIGHT.text, 'stroke-width': 1 };
  parts.push(`<path d="${shapePath(n.layer, 480)}" fill="${n.fill}"${paint(look, 'dg-shape', shape)}/>`);
  if (n.status === 'down') parts.push(`<path d="M-7,-7 L7,7 M7,-7 L-7,7"${paint(look, 'dg-glyph', { stroke: LIGHT.danger, 'stroke-width': 3.5, 'stroke-linecap': 'round' })}/>`);
  // At thumbnail size the shapes are the picture: draw them half as large again.
  if (look === 'image') return `<g transform="translate(${n.x},${n.y}) scale(1.5)">${parts.join('')}</g>`;
  const state = STATE_WORD[n.status];
  if (n.status === 'degraded') parts.push(`<text class="dg-glyph-text" y="5" text-anchor="middle">!</text>`);
  const spans = n.lines.map((l, i) => `<tspan x="0" dy="${i ? 13 : 0}">${esc(l)}</tspan>`);
  if (state) spans.push(`<tspan x="0" dy="13" class="dg-state">${state}</tspan>`);
  parts.push(`<text class="dg-label" y="31" text-anchor="middle">${spans.join('')}</text>`);
  if (n.badge) parts.push(`<text class="dg-badge" x="19" y="-13">${esc(n.badge)}</text>`);
  return `<g class="dg-node is-${n.status}${n.seed ? ' is-seed' : ''}" transform="translate(${n.x},${n.y})">${parts.join('')}</g>`;
}

function item(it: Item, look: Look, id: string): string {
  switch (it.kind) {
    case 'node':
      return node(it, look);
    case 'edge': {
      const marker = `url(#${id}-arrow${it.hot ? '-hot' : ''})`;
      const image = it.hot
        ? { stroke: LIGHT.danger, 'stroke-width': 2.2 }
        : { stroke: LIGHT.muted, 'stroke-width': 1.4, opacity: 0.7 };
      const dash = it.soft ? { 'stroke-dasharray': '5 4' } : {};
      return `<line${attrs({ x1: it.x1, y1: it.y1, x2: it.x2, y2: it.y2 })}${paint(look, `dg-edge${it.hot ? ' hot' : ''}${it.soft ? ' soft' : ''}`, { ...image, ...dash })} marker-end="${marker}"/>`;
    }
    case 'box': {
      const image =
        it.tone === 'down'
          ? { fill: 'none', stroke: LIGHT.danger, 'stroke-width': 2, 'stroke-dasharray': '6 4' }
          : it.tone === 'reach'
            ? { fill: '#b3261e14', stroke: LIGHT.danger, 'stroke-width': 1.5 }
            : { fill: 'none', stroke: LIGHT.muted, 'stroke-width': 1.2 };
      const rect = `<rect${attrs({ x: it.x, y: it.y, width: it.w, height: it.h, rx: 8 })}${paint(look, `dg-box ${it.tone}`, image)}/>`;
      if (!it.label || look === 'image') return rect;
      return `${rect}<text class="dg-box-label ${it.tone}" x="${it.x + 8}" y="${it.y + 15}">${esc(it.label)}</text>`;
    }
    case 'bar':
      return `<rect${attrs({ x: it.x, y: it.y, width: it.w, height: it.h, rx: 2 })}${paint(look, `dg-bar ${it.tone}`, { fill: it.tone === 'danger' ? LIGHT.danger : LIGHT.accent })}/>`;
    case 'text':
      if (look === 'image') return '';
      return `<text class="dg-text ${it.tone}" x="${it.x}" y="${it.y}" text-anchor="${it.anchor}">${esc(it.text)}</text>`;
  }
}

/** The whole SVG. `id` prefixes the ids inside (title, desc, markers), so two diagrams never clash. */
export function renderSvg(d: Diagram, look: Look, id = `dg-${d.slug}`): string {
  // Boxes under edges under everything else, so shapes and words are never hidden.
  const order = { box: 0, bar: 1, edge: 2, node: 3, text: 4 } as const;
  const body = [...d.items].sort((a, b) => order[a.kind] - order[b.kind]).map((it) => item(it, look, id)).join('');
  const arrow = (suffix: string, cls: string, fill: string) =>
    `<marker id="${id}-arrow${suffix}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"${paint(look, cls, { fill })}/></marker>`;
  const defs = `<defs>${arrow('', 'dg-arrow', LIGHT.muted)}${arrow('-hot', 'dg-arrow hot', LIGHT.danger)}</defs>`;
  const head =
    look === 'page'
      ? `<svg xmlns="http://www.w3.org/2000/svg" class="dg-svg" viewBox="0 0 ${d.width} ${d.height}" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${esc(d.title)}</title><desc id="${id}-desc">${esc(d.caption)}</desc>`
      : `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${d.width} ${d.height}" width="${d.width}" height="${d.height}">`;
  return `${head}${defs}${body}</svg>`;
}
