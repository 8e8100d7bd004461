// The twelve term diagrams in Chromium, light and dark: drawn at a readable size, coloured by the
// theme (words in the text colour of each mode), with a text alternative, and axe clean.
import { describe, expect, test } from 'vitest';
import { DIAGRAMS } from '../../src/diagrams/index.ts';
import { axeViolations, close, open, useBrowser } from './harness.ts';

useBrowser();

describe('term diagrams', () => {
  for (const slug of DIAGRAMS.keys()) {
    test(`${slug}: drawn in light and dark, described in words, axe clean`, async () => {
      const fills: Record<string, string> = {};
      for (const colorScheme of ['light', 'dark'] as const) {
        const v = await open(`/terms/${slug}/`, { colorScheme });
        const figure = v.page.locator(`figure[data-diagram="${slug}"]`);
        expect(await figure.count()).toBe(1);
        const svg = figure.locator('svg.dg-svg');
        const box = await svg.boundingBox();
        expect(box!.width).toBeGreaterThan(400);
        expect(box!.height).toBeGreaterThan(150);
        expect(await svg.getAttribute('role')).toBe('img');
        expect(await svg.locator('title').textContent()).toBe(DIAGRAMS.get(slug)!.title);
        // the words of the picture take the page's text colour, so they follow the theme
        const [text, page] = await Promise.all([
          figure.locator('.dg-label, .dg-text').first().evaluate((el) => getComputedStyle(el).fill),
          v.page.evaluate(() => getComputedStyle(document.body).color),
        ]);
        expect(text).toBe(page);
        fills[colorScheme] = text;
        // the text alternative opens and lists what the picture shows
        await figure.locator('summary').click();
        expect(await figure.locator('.dg-alt li').count()).toBe(DIAGRAMS.get(slug)!.alternative.length);
        // axe on the figure: the rest of each page is checked by the glossary tests
        expect(await axeViolations(v.page, `figure[data-diagram="${slug}"]`)).toEqual([]);
        await close(v);
      }
      expect(fills.light).not.toBe(fills.dark);
    });
  }
});
