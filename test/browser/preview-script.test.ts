// The preview script on another site: a page on its own origin, under a CSP that forbids inline styles,
// links to Atlas terms; hovering or focusing a link shows the term's definition from the feed.
import { describe, expect, test } from 'vitest';
import { BASE, axeViolations, open, useBrowser } from './harness.ts';
import { loadTermFiles } from '../unit/content-files.ts';
import { useOtherSite } from './other-site.ts';

useBrowser();
const terms = loadTermFiles();
const blast = terms.find((t) => t.slug === 'blast-radius')!.data!;
const spof = terms.find((t) => t.slug === 'single-point-of-failure')!.data!;

const hostPage = (atlas: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Another glossary</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${atlas}; style-src ${atlas}; connect-src ${atlas}">
<script src="${atlas}/embed/atlas-preview.js" defer></script></head>
<body><main><h1>Another glossary</h1>
<p>An outage's <a id="blast" href="${atlas}/terms/blast-radius/">blast radius</a> depends on what shares a
<a id="spof" href="${atlas}/terms/single-point-of-failure/">single point of failure</a>; see also the
<a id="map" href="${atlas}/graph/">map of terms</a> and <a id="elsewhere" href="https://example.org/terms/x/">another site</a>.</p>
</main></body></html>`;

const host = useOtherSite(hostPage, BASE);

async function openHost() {
  const v = await open('/embed/atlas-preview.css');
  await v.page.goto(`${host.origin()}/another-glossary/`, { waitUntil: 'load' });
  return v;
}
/** Problems other than the host page's own origin (which is not the Atlas, by design). */
const problems = (v: Awaited<ReturnType<typeof openHost>>) => v.problems.filter((p) => !p.includes(host.origin()) || /error/i.test(p));

describe('preview script on another site', () => {
  test('hovering a term link shows its title, category and definition; leaving hides it', async () => {
    const v = await openHost();
    const card = v.page.locator('.atlas-preview');
    await v.page.locator('#blast').hover();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('.atlas-preview-title').textContent()).toBe(blast.title);
    expect(await card.locator('.atlas-preview-text').textContent()).toBe(blast.summary);
    expect(await card.locator('.atlas-preview-category').textContent()).toMatch(/\S/);
    expect(await v.page.locator('#blast').getAttribute('aria-describedby')).toBe('atlas-preview');
    // styled by the stylesheet it added, with no inline style anywhere (the page's CSP forbids them)
    expect(await v.page.locator(`link[rel="stylesheet"][href="${BASE}/embed/atlas-preview.css"]`).count()).toBe(1);
    expect(await v.page.evaluate(() => document.querySelectorAll('[style]').length)).toBe(0);
    expect(await card.evaluate((el) => getComputedStyle(el).borderRadius)).toBe('8px');
    await v.page.locator('h1').hover();
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(problems(v)).toEqual([]);
    await v.context.close();
  });

  test('keyboard focus shows the preview, Escape closes it; other links show none', async () => {
    const v = await openHost();
    const card = v.page.locator('.atlas-preview');
    await v.page.locator('#spof').focus();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('.atlas-preview-title').textContent()).toBe(spof.title);
    // axe injects a style of its own, which this page's CSP reports: not the script's doing.
    const before = v.problems.length;
    expect(await axeViolations(v.page)).toEqual([]);
    v.problems.splice(before).forEach((p) => expect(p).toMatch(/Applying inline style violates/));
    await v.page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    for (const id of ['#map', '#elsewhere']) {
      await v.page.locator(id).hover();
      await v.page.waitForTimeout(600);
      expect(await card.isVisible(), id).toBe(false);
    }
    expect(problems(v)).toEqual([]);
    await v.context.close();
  });
});
