// Which card a page gets, and reading a built page's head: kicker and drawing by kind, text from the head.
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { decodeEntities, metaContent } from '../../../src/integrations/og-images.ts';
import { siteCards } from '../../../src/og/site-cards.ts';

const cardFor = siteCards(fileURLToPath(new URL('../../../content/', import.meta.url)));
const head = { title: 'T', description: 'D' };

describe('site cards', () => {
  test('a term: its category, and its diagram when it has one', () => {
    const withDiagram = cardFor('/terms/blast-radius/', head);
    expect(withDiagram).toMatchObject({ kicker: 'Foundations', title: 'T', text: 'D' });
    expect(withDiagram.drawing?.svg).toMatch(/^<svg /);
    expect(cardFor('/terms/oracle/', head).drawing).toBeUndefined();
  });

  test('an incident with a scenario shows it; tools and the home page have a picture; other pages a section name', () => {
    expect(cardFor('/incidents/reown-2024/', head)).toMatchObject({ kicker: 'Incident case study' });
    expect(cardFor('/incidents/reown-2024/', head).drawing?.svg).toContain('<path');
    expect(cardFor('/tools/redundancy/', head).drawing).toBeDefined();
    expect(cardFor('/embed/simulator/', head).kicker).toBe('Interactive tool');
    expect(cardFor('/', head).kicker).toBe('The open reference');
    expect(cardFor('/graph/', head).kicker).toBe('Map of terms');
    expect(cardFor('/404/', head).kicker).toBe('Contagion Atlas');
  });

  test('a term file that does not exist is an error naming it', () => {
    expect(() => cardFor('/terms/no-such-term/', head)).toThrow(/no-such-term/);
  });
});

describe('reading a built page head', () => {
  test('meta content, with the entities Astro writes decoded', () => {
    const html = '<meta property="og:title" content="Tom &amp; Jerry&#39;s &quot;cat&quot; &#x2014; &lt;b&gt;"><meta name="twitter:card" content="summary_large_image">';
    expect(metaContent(html, 'og:title')).toBe('Tom & Jerry\'s "cat" — <b>');
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(html, 'og:image')).toBeUndefined();
    expect(decodeEntities('&unknown; &amp;')).toBe('&unknown; &');
  });
});
