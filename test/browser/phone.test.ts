// Every page template on a 360 px phone: no sideways scroll, a one-row header whose search and menu
// buttons work, the contents of a term or incident page in the first screen (collapsed), and prose
// tables that scroll within themselves instead of squeezing a column.
import { describe, expect, test } from 'vitest';
import { axeViolations, close, open, useBrowser } from './harness.ts';

useBrowser();
const PHONE = { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true };

const TEMPLATES = [
  '/',
  '/terms/',
  '/terms/infrastructure-outage-contagion/',
  '/categories/',
  '/categories/infrastructure/',
  '/incidents/',
  '/incidents/infura-2020-minority-fork/',
  '/tools/',
  '/tools/simulator/',
  '/tools/redundancy/',
  '/graph/',
  '/search/?q=cloud',
  '/about/',
];
const WITH_CONTENTS = new Set(['/terms/infrastructure-outage-contagion/', '/incidents/infura-2020-minority-fork/']);

describe('at 360 px', () => {
  for (const path of TEMPLATES) {
    test(`${path} has no sideways scroll and a one-row header`, async () => {
      const v = await open(path, PHONE);
      const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const header = await v.page.locator('.site-header').boundingBox();
      expect(header!.height, 'header height').toBeLessThanOrEqual(72);
      if (WITH_CONTENTS.has(path)) {
        const contents = v.page.locator('nav[aria-label="On this page"] summary');
        const box = await contents.boundingBox();
        expect(box, 'contents visible').not.toBeNull();
        expect(box!.y + box!.height, 'contents within the first screen').toBeLessThanOrEqual(800);
        // collapsed, and opening it shows links to the page's sections
        expect(await v.page.locator('nav[aria-label="On this page"] details').getAttribute('open')).toBeNull();
        await contents.click();
        const first = v.page.locator('nav[aria-label="On this page"] a').first();
        await expect.poll(() => first.isVisible()).toBe(true);
        // "At a glance" or "Try it" sits right after, near the definition, before the body
        const aside = await v.page.locator('article > aside').boundingBox();
        const body = await v.page.locator('article > .term-body').boundingBox();
        expect(aside!.y).toBeLessThan(body!.y);
      }
      await close(v);
    });
  }

  test('the 404 page has no sideways scroll and a one-row header', async () => {
    const v = await open('/no-such-page/', PHONE);
    expect(await v.page.locator('h1').textContent()).toBe('Page not found');
    expect(await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect((await v.page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(72);
    v.problems.length = 0; // the 404 status is the point of this test
    await close(v);
  });

  test('the header menu opens the navigation and the search button the search box', async () => {
    const v = await open('/terms/', PHONE);
    const nav = v.page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    const menu = v.page.getByRole('button', { name: 'Menu' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => nav.getByRole('link', { name: 'Incidents' }).isVisible()).toBe(true);
    const search = v.page.getByRole('button', { name: 'Search' });
    await search.click();
    expect(await nav.isVisible()).toBe(false);
    await expect.poll(() => v.page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await v.page.locator('#site-search-input').fill('cloudfare');
    const first = v.page.locator('#site-search-listbox [role="option"]').first();
    await first.waitFor({ timeout: 15_000 });
    const box = await first.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await close(v);
  });

  test('prose tables scroll within themselves and keep every column wider than its words', async () => {
    const v = await open('/terms/infrastructure-outage-contagion/', PHONE);
    const tables = await v.page.locator('.term-body > table').evaluateAll((ts) =>
      ts.map((t) => ({
        fits: t.getBoundingClientRect().right <= document.documentElement.clientWidth,
        // the narrowest cell, and whether any word overflows its cell
        narrowest: Math.min(...[...t.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect().width)),
        overflowing: [...t.querySelectorAll('th, td')].filter((c) => c.scrollWidth > c.clientWidth + 1).length,
      })),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(t.fits).toBe(true);
      expect(t.narrowest).toBeGreaterThanOrEqual(120);
      expect(t.overflowing).toBe(0);
    }
    await close(v);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a term page with the menu and contents open has no axe violations in ${colorScheme} mode`, async () => {
      // a term without an embedded simulator: the simulator's own nodes are checked in simulator.test.ts
      const v = await open('/terms/availability-and-the-nines/', { ...PHONE, colorScheme });
      await v.page.getByRole('button', { name: 'Menu' }).click();
      await v.page.locator('nav[aria-label="On this page"] summary').click();
      expect(await axeViolations(v.page)).toEqual([]);
      await close(v);
    });
  }
});
