/**
 * The OpenGraph card's layout (1200 × 630) as the element tree satori reads: the kicker (category,
 * "Incident", "Tool"), the title, the one-line definition and, when there is one, a small drawing in a
 * panel on the right. Colours are the light theme of global.css.
 */
import { LIGHT } from '../diagrams/render-svg.ts';
import { OG_HEIGHT, OG_WIDTH } from './paths.ts';

export interface Card {
  kicker: string;
  title: string;
  text: string;
  /** an SVG document to show on the right (the term's diagram, the incident's scenario) */
  drawing?: { svg: string; width: number; height: number };
}

/** What satori takes: a React-element-shaped object (no React needed). */
export interface Element {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Element | string)[] | Element | string; src?: string; width?: number; height?: number };
}

const el = (type: string, style: Record<string, string | number>, children?: Element['props']['children']): Element => ({ type, props: { style, ...(children !== undefined ? { children } : {}) } });

/** Cuts text at a word boundary so it fits the card; the page has the rest. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const PANEL_W = 440;

export function cardElement(card: Card): Element {
  const drawn = card.drawing !== undefined;
  const titleSize = (drawn ? 54 : 62) - (card.title.length > 40 ? 8 : 0);
  const main = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, padding: '52px 48px 40px 56px' }, [
    el('div', { fontSize: 24, fontWeight: 700, color: LIGHT.accent, letterSpacing: 2, textTransform: 'uppercase' }, card.kicker),
    el('div', { fontSize: titleSize, fontWeight: 700, color: LIGHT.text, marginTop: 14, lineHeight: 1.1 }, clip(card.title, 90)),
    el('div', { fontSize: drawn ? 27 : 30, color: LIGHT.muted, marginTop: 22, lineHeight: 1.38 }, clip(card.text, drawn ? 210 : 300)),
    el('div', { flexGrow: 1 }),
    el('div', { display: 'flex', fontSize: 24, color: LIGHT.muted }, [el('span', { fontWeight: 700, color: LIGHT.text }, 'Contagion Atlas'), el('span', { marginLeft: 12 }, 'contagion-atlas.org')]),
  ]);
  const children: Element[] = [el('div', { width: 16, height: OG_HEIGHT, backgroundColor: LIGHT.accent }), main];
  if (card.drawing) {
    const inner = PANEL_W - 40;
    const scale = Math.min(inner / card.drawing.width, (OG_HEIGHT - 120) / card.drawing.height);
    const img: Element = {
      type: 'img',
      props: {
        src: `data:image/svg+xml;base64,${Buffer.from(card.drawing.svg).toString('base64')}`,
        width: Math.round(card.drawing.width * scale),
        height: Math.round(card.drawing.height * scale),
      },
    };
    children.push(
      el('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: PANEL_W, flexShrink: 0, padding: '40px 40px 40px 0' }, [
        el('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: PANEL_W - 40, height: OG_HEIGHT - 80, backgroundColor: LIGHT.surface, border: `2px solid ${LIGHT.border}`, borderRadius: 16 }, [img]),
      ]),
    );
  }
  return el('div', { display: 'flex', width: OG_WIDTH, height: OG_HEIGHT, backgroundColor: LIGHT.bg, fontFamily: 'Inter' }, children);
}
