// Citation previews in Chromium: hovering, focusing or tapping a [n] shows the cited source's title,
// publisher and date (checked against the page's content file, not the page) and the place in the
// source when the citation names one; Escape, moving away and a second tap behave as for term previews.
import { describe, expect, test } from 'vitest';
import { devices } from 'playwright-core';
import { axeViolations, close, open, useBrowser } from './harness.ts';
import { loadIncidentFiles, loadTermFiles } from '../unit/content-files.ts';
import { partialDateText } from '../../src/lib/dates.ts';

useBrowser();
const TERM = 'infrastructure-outage-contagion';
const term = loadTermFiles().find((t) => t.slug === TERM)!.data!;
const INCIDENT = 'cloudflare-2022';
const incident = loadIncidentFiles().find((i) => i.slug === INCIDENT)!.data!;

/** What the preview must say for a source, from the content file. */
function expected(sources: { id: string; title: string; publisher: string; date: string }[], href: string | null) {
  const s = sources.find((x) => `#source-${x.id}` === href);
  if (!s) throw new Error(`citation ${href} names no source of the content file`);
  return { title: s.title, meta: `${s.publisher} · ${partialDateText(s.date)}` };
}

describe('citation previews', () => {
  test('hover shows the source title, publisher and date; moving away hides it', async () => {
    const v = await open(`/terms/${TERM}/`);
    const cite = v.page.locator('article .cite a').nth(2);
    const want = expected(term.sources, await cite.getAttribute('href'));
    await cite.hover();
    const preview = v.page.locator('#term-preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.locator('strong').innerText()).toBe(want.title);
    expect(await preview.locator('.term-preview-category').innerText()).toBe(want.meta);
    expect(await cite.getAttribute('aria-describedby')).toBe('term-preview');
    await v.page.mouse.move(5, 5);
    await expect.poll(() => preview.isVisible()).toBe(false);
    expect(await cite.getAttribute('aria-describedby')).toBeNull();
    await close(v);
  });

  test('keyboard: Tab onto a citation shows its preview, Escape hides it, Enter follows it to the source list', async () => {
    const v = await open(`/incidents/${INCIDENT}/`);
    // The first citation on an incident page is the one beside the duration in the facts box.
    const first = v.page.locator('main .cite a').first();
    const want = expected(incident.sources, await first.getAttribute('href'));
    // Tab from the element before it, as a keyboard user would arrive.
    await first.evaluate((a) => {
      const before = document.createElement('button');
      before.id = 'tab-start';
      a.closest('dd')!.prepend(before);
    });
    await v.page.locator('#tab-start').focus();
    await v.page.keyboard.press('Tab');
    expect(await v.page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await first.getAttribute('href'));
    const preview = v.page.locator('#term-preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.locator('strong').innerText()).toBe(want.title);
    expect(await preview.locator('.term-preview-category').innerText()).toBe(want.meta);
    await v.page.keyboard.press('Escape');
    await expect.poll(() => preview.isVisible()).toBe(false);
    await v.page.keyboard.press('Enter');
    await expect.poll(() => v.page.evaluate(() => location.hash)).toBe(await first.getAttribute('href'));
    await close(v);
  });

  test('a citation’s locator (<Cite at>) is shown with its source, and the source’s note', async () => {
    // The first <Cite at="…"> of an incident's MDX, and its source in the frontmatter.
    const file = loadIncidentFiles().find((i) => i.slug === 'aws-us-east-1-2025')!;
    const [, id, at] = /<Cite id="([^"]+)" at="([^"]+)"/.exec(file.body)!;
    const source = file.data!.sources.find((s) => s.id === id)!;
    const v = await open('/incidents/aws-us-east-1-2025/');
    const cite = v.page.locator(`article .cite a[href="#source-${id}"][data-locator]`).first();
    expect(await cite.getAttribute('aria-label')).toMatch(new RegExp(`^Source \\d+, ${at!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await cite.focus();
    const preview = v.page.locator('#term-preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.locator('strong').innerText()).toBe(source.title);
    expect(await preview.locator('p').allInnerTexts()).toEqual([`Cited at: ${at}`, ...(source.note ? [source.note] : [])]);
    await close(v);
  });

  test('touch: a first tap shows the preview, a second tap follows the citation, a tap elsewhere hides it', async () => {
    const v = await open(`/terms/${TERM}/`, { ...devices['Pixel 7'] });
    const cite = v.page.locator('article .cite a').nth(4);
    const href = await cite.getAttribute('href');
    const want = expected(term.sources, href);
    await cite.scrollIntoViewIfNeeded();
    await cite.tap();
    const preview = v.page.locator('#term-preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.locator('strong').innerText()).toBe(want.title);
    expect(await v.page.evaluate(() => location.hash)).toBe('');
    // The card stays inside a phone's screen.
    const box = (await preview.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(v.page.viewportSize()!.width);
    await v.page.locator('h1').tap();
    await expect.poll(() => preview.isVisible()).toBe(false);
    await cite.tap();
    await expect.poll(() => preview.isVisible()).toBe(true);
    await cite.tap();
    await expect.poll(() => v.page.evaluate(() => location.hash)).toBe(href);
    await close(v);
  });

  test('touch works the same on a term link (the previews share one script)', async () => {
    const v = await open(`/terms/${TERM}/`, { ...devices['Pixel 7'] });
    const link = v.page.locator('article a.term-link[data-term]').first();
    const target = await link.getAttribute('data-term');
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    const preview = v.page.locator('#term-preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.locator('p').innerText()).toBe(loadTermFiles().find((t) => t.slug === target)!.data!.summary);
    expect(v.page.url()).toContain(`/terms/${TERM}/`);
    await link.tap();
    await v.page.waitForURL(`**/terms/${target}/`);
    await close(v);
  });

  // Pages without a simulator island, so that what axe reports is about the page and its preview.
  for (const [path, colorScheme] of [['/incidents/cloudflare-2025/', 'light'], ['/terms/cdn-dependency/', 'dark']] as const) {
    test(`an open citation preview on ${path} has no accessibility violations (${colorScheme})`, async () => {
      const v = await open(path, { colorScheme });
      await v.page.locator('article .cite a').nth(1).focus();
      await expect.poll(() => v.page.locator('#term-preview').isVisible()).toBe(true);
      expect(await axeViolations(v.page)).toEqual([]);
      await close(v);
    });
  }
});
