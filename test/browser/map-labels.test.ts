// No label overlaps: on the map of terms and on three term pages' local maps, the boxes the browser
// draws for the visible labels never intersect each other (labels are placed at build time from
// estimated text widths; this measures the real ones). Secondary labels appear on hover or focus.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { close, open, useBrowser } from './harness.ts';

useBrowser();

/** Pairs of visible labels whose drawn boxes intersect (by more than half a pixel), named by their text. */
async function overlappingLabels(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((labels) => {
    const boxes = labels
      .filter((l) => getComputedStyle(l).visibility === 'visible' && getComputedStyle(l).display !== 'none' && l.getBoundingClientRect().width > 0)
      .map((l) => ({ text: l.textContent ?? '', r: l.getBoundingClientRect() }));
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.r, boxes[j]!.r];
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) pairs.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
      }
    return { shown: boxes.length, pairs };
  });
}

describe('map labels', () => {
  test('no two labels overlap on /graph/, and most nodes keep a label', async () => {
    const v = await open('/graph/', { viewport: { width: 1366, height: 900 } });
    const { shown, pairs } = await overlappingLabels(v.page, '[data-gv-svg] .gv-label');
    expect(pairs).toEqual([]);
    const total = await v.page.locator('[data-gv-svg] .gv-label').count();
    expect(shown / total).toBeGreaterThan(0.6);
    await close(v);
  });

  test('a secondary label shows on hover and on focus', async () => {
    const v = await open('/graph/', { viewport: { width: 1366, height: 900 } });
    const node = v.page.locator('[data-gv-node]:has(.gv-label.is-secondary)').first();
    const label = node.locator('.gv-label');
    expect(await label.evaluate((l) => getComputedStyle(l).visibility)).toBe('hidden');
    await node.locator('.gv-shape').hover();
    expect(await label.evaluate((l) => getComputedStyle(l).visibility)).toBe('visible');
    await v.page.mouse.move(0, 0);
    await node.focus();
    expect(await label.evaluate((l) => getComputedStyle(l).visibility)).toBe('visible');
    await close(v);
  });

  test('unchecking categories hides their labels too', async () => {
    const v = await open('/graph/', { viewport: { width: 1366, height: 900 } });
    const before = (await overlappingLabels(v.page, '[data-gv-svg] .gv-label')).shown;
    await v.page.locator('#gv-show-mitigation').uncheck();
    await v.page.locator('#gv-show-reliability').uncheck();
    const after = await overlappingLabels(v.page, '[data-gv-svg] .gv-label');
    expect(after.shown).toBeLessThan(before);
    expect(after.pairs).toEqual([]);
    await close(v);
  });

  for (const term of ['rpc-provider', 'correlated-failure', 'oracle']) {
    test(`no two labels overlap on the local map of ${term} (one step and two steps)`, async () => {
      const v = await open(`/terms/${term}/`, { viewport: { width: 1366, height: 900 } });
      const one = await overlappingLabels(v.page, '.lm-map-1 .lm-label');
      expect(one.pairs).toEqual([]);
      expect(one.shown).toBeGreaterThan(1);
      await v.page.locator('label[for="lm-two"]').click();
      expect((await overlappingLabels(v.page, '.lm-map-2 .lm-label')).pairs).toEqual([]);
      await close(v);
    });
  }

  test('on a 360 px phone the list comes first, the hint says pinch, and names appear once zoomed in', async () => {
    const v = await open('/graph/', { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
    const list = await v.page.locator('[data-gv-list] summary').boundingBox();
    const map = await v.page.locator('[data-gv-svg]').boundingBox();
    expect(list!.y).toBeLessThan(map!.y);
    expect(await v.page.locator('.gv-hint-touch').isVisible()).toBe(true);
    expect(await v.page.locator('.gv-hint-touch').innerText()).toMatch(/pinch/);
    expect(await v.page.locator('.gv-hint-mouse').isVisible()).toBe(false);
    const shown = () => v.page.locator('[data-gv-svg] .gv-label:visible').count();
    expect(await shown()).toBe(0);
    const zoomIn = v.page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 5; i++) await zoomIn.click();
    await expect.poll(shown).toBeGreaterThan(0);
    // zoomed in, the names drawn are readable and still never overlap
    const size = await v.page.locator('[data-gv-svg] .gv-label:visible').first().evaluate((l) => l.getBoundingClientRect().height);
    expect(size).toBeGreaterThanOrEqual(9);
    expect((await overlappingLabels(v.page, '[data-gv-svg] .gv-label')).pairs).toEqual([]);
    await close(v);
  });

  test('with a mouse the hint says Ctrl + wheel', async () => {
    const v = await open('/graph/', { viewport: { width: 1366, height: 900 } });
    expect(await v.page.locator('.gv-hint-mouse').innerText()).toMatch(/Ctrl \+ wheel/);
    expect(await v.page.locator('.gv-hint-mouse').isVisible()).toBe(true);
    expect(await v.page.locator('.gv-hint-touch').isVisible()).toBe(false);
    await close(v);
  });
});
