// A reader's path through the glossary in a real browser: home, search, a term,
// a cross-link, a keyboard preview, the theme toggle, redirects, accessibility.
import { describe, expect, test } from 'vitest';
import { axeViolations, close, open, useBrowser } from './harness.ts';
import { loadTermFiles } from '../unit/content-files.ts';

useBrowser();
const terms = loadTermFiles();
const central = 'infrastructure-outage-contagion';

describe('glossary in Chromium', () => {
  test('the home page leads to the central term', async () => {
    const v = await open('/');
    await expect.poll(() => v.page.locator('h1').textContent()).toMatch(/provider fails/);
    await v.page.getByRole('link', { name: 'Read the core definition' }).click();
    await v.page.waitForURL(`**/terms/${central}/`);
    expect(await v.page.locator('h1').textContent()).toBe('Infrastructure outage contagion');
    await close(v);
  });

  test('search finds a term by a word of its definition and opens it', async () => {
    const v = await open('/');
    await v.page.keyboard.press('/');
    const input = v.page.locator('#site-search-input');
    await expect.poll(() => v.page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await input.fill('malleability');
    const first = v.page.locator('#site-search-listbox [role="option"]').first();
    await first.waitFor({ timeout: 10_000 });
    expect(await first.innerText()).toMatch(/Signature malleability/i);
    // results show the matching passage with the match marked, not just the title
    expect((await first.locator('.search-result-excerpt mark').allInnerTexts()).some((t) => /^malleability\W*$/i.test(t))).toBe(true);
    await input.press('ArrowDown');
    await input.press('Enter');
    await v.page.waitForURL('**/terms/signature-malleability/');
    await close(v);
  });

  test('search can be narrowed to one category', async () => {
    const v = await open('/search/?q=outage');
    const chip = v.page.getByRole('button', { name: /^Markets and financial contagion/ });
    await chip.waitFor();
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => v.page.locator('[data-search-page-status]').innerText()).toMatch(/result/);
    const categories = await v.page.locator('[data-search-page-results] .search-result-category').allInnerTexts();
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(['Markets and financial contagion']));
    await close(v);
  });

  test('a cross-link in prose leads to its term, and a keyboard preview shows its definition', async () => {
    const v = await open(`/terms/${central}/`);
    const link = v.page.locator('article a.term-link[data-term]').first();
    const target = await link.getAttribute('data-term');
    expect(target).toBeTruthy();
    // keyboard: focus the link → preview with the target's short definition; Escape hides it
    await link.focus();
    const preview = v.page.locator('#term-preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    const expected = terms.find((t) => t.slug === target)?.data?.summary;
    expect(await preview.locator('p').innerText()).toBe(expected);
    expect(await link.getAttribute('aria-describedby')).toBe('term-preview');
    await v.page.keyboard.press('Escape');
    await expect.poll(() => preview.isVisible()).toBe(false);
    await link.press('Enter');
    await v.page.waitForURL(`**/terms/${target}/`);
    await close(v);
  });

  test('a preview appears on hover', async () => {
    const v = await open(`/terms/${central}/`);
    await v.page.locator('article a.term-link[data-term]').nth(1).hover();
    await expect.poll(() => v.page.locator('#term-preview').isVisible()).toBe(true);
    await close(v);
  });

  test('the theme toggle switches light and dark and the choice survives a reload', async () => {
    const v = await open('/', { colorScheme: 'light' });
    const bg = () => v.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    const toggle = v.page.locator('[data-theme-toggle]');
    await toggle.click(); // system → light
    expect(await v.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await toggle.click(); // light → dark
    expect(await v.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const dark = await bg();
    expect(dark).not.toBe(light);
    await v.page.reload({ waitUntil: 'networkidle' });
    expect(await v.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await bg()).toBe(dark);
    expect(await toggle.getAttribute('aria-label')).toMatch(/dark/);
    await close(v);
  });

  test('the A–Z filter narrows the list as you type', async () => {
    const v = await open('/terms/');
    const items = v.page.locator('[data-az-item]');
    const total = await items.count();
    expect(total).toBe(terms.length);
    await v.page.getByLabel('Filter terms').fill('nonce');
    await expect.poll(() => v.page.locator('[data-az-item]:visible').count()).toBeLessThan(total);
    const visible = await v.page.locator('[data-az-item]:visible a').allInnerTexts();
    expect(visible).toContain('Nonce management');
    await close(v);
  });

  test('seed-site URL shapes and aliases redirect to the term', async () => {
    for (const path of [`/definition/${central}/`, `/term/${central}/`, '/terms/outage-contagion/']) {
      const v = await open(path);
      await v.page.waitForURL(`**/terms/${central}/`);
      expect(await v.page.locator('h1').textContent()).toBe('Infrastructure outage contagion');
      await close(v);
    }
  });

  test('pages fit a 360 px wide screen without sideways scrolling', async () => {
    for (const path of ['/', '/terms/', `/terms/${central}/`]) {
      const v = await open(path, { viewport: { width: 360, height: 740 } });
      const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await close(v);
    }
  });

  test('unknown pages get the 404 page', async () => {
    const v = await open('/search/');
    const res = await v.page.goto(`${new URL(v.page.url()).origin}/no-such-page/`);
    expect(res?.status()).toBe(404);
    expect(await v.page.locator('h1').textContent()).toBe('Page not found');
    v.problems.length = 0; // the 404 itself is the point of this test
    await close(v);
  });
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  test('the open search combobox with results has no violations', async () => {
    const v = await open('/');
    await v.page.locator('#site-search-input').fill('cloud');
    await v.page.locator('#site-search-listbox [role="option"]').first().waitFor();
    await v.page.locator('#site-search-input').press('ArrowDown');
    expect(await v.page.locator('#site-search-input').getAttribute('aria-activedescendant')).toBe('site-search-result-0');
    expect(await axeViolations(v.page)).toEqual([]);
    await close(v);
  });

  for (const path of ['/', '/terms/', `/terms/${central}/`, '/categories/', '/search/?q=cloud']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} in ${colorScheme} mode has no violations`, async () => {
        const v = await open(path, { colorScheme });
        expect(await axeViolations(v.page)).toEqual([]);
        await close(v);
      });
    }
  }
});
