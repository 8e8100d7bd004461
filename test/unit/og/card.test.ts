// The OpenGraph card renderer: real PNGs of the right size, the same bytes for the same card, and a
// clear refusal for text the font cannot draw; every term's and incident's card text is drawable.
import { describe, expect, test } from 'vitest';
import { clip } from '../../../src/og/card.ts';
import { ogImagePath } from '../../../src/og/paths.ts';
import { CardError, cardKey, renderCard, undrawable } from '../../../src/og/render.ts';
import { diagramFor } from '../../../src/diagrams/index.ts';
import { renderSvg } from '../../../src/diagrams/render-svg.ts';
import { loadIncidentFiles, loadTermFiles } from '../content-files.ts';
import { pngSize } from './png.ts';

const d = diagramFor('k-of-n-redundancy')!;
const card = { kicker: 'Reliability engineering', title: 'k-of-n redundancy', text: 'A test card with a drawing.', drawing: { svg: renderSvg(d, 'image'), width: d.width, height: d.height } };

describe('OpenGraph cards', () => {
  test('a card is a 1200 × 630 PNG, and the same card gives the same bytes', async () => {
    const a = await renderCard(card);
    const b = await renderCard({ ...card });
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(cardKey(card)).toBe(cardKey({ ...card }));
    expect(cardKey(card)).not.toBe(cardKey({ ...card, title: 'k-of-n redundancy!' }));
  }, 30_000);

  test('text the font cannot draw is refused, naming the character', async () => {
    expect(undrawable('k ≥ n → ok')).toEqual(['≥', '→']);
    expect(undrawable('Ethereum’s “finality” – 99.9% · Ωmega')).toEqual([]);
    await expect(renderCard({ ...card, text: 'at least k ≥ 2' })).rejects.toThrow(CardError);
    await expect(renderCard({ ...card, text: 'at least k ≥ 2' })).rejects.toThrow(/“≥” \(U\+2265\)/);
  });

  test.each([...loadTermFiles().map((t) => [`content/terms/${t.slug}.mdx`, t.data] as const), ...loadIncidentFiles().map((i) => [`content/incidents/${i.slug}.mdx`, i.data] as const)])(
    '%s: its title and short definition can be drawn on its card',
    (_file, data) => {
      expect(undrawable(`${data!.title}${data!.summary}`)).toEqual([]);
    },
  );

  test('clip cuts long text at a word and marks the cut; short text is left alone', () => {
    expect(clip('short text', 50)).toBe('short text');
    const cut = clip('one two three four five six seven eight', 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut).toBe('one two three four…');
  });

  test('each page has its own image path', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/terms/blast-radius/')).toBe('/og/terms/blast-radius.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
    expect(ogImagePath('/embed/simulator/')).toBe('/og/embed/simulator.png');
  });
});
