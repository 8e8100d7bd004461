// The incident index in Chromium: the provider filter narrows the list and says how many
// remain; the index and a detail page pass axe.
import { describe, expect, test } from 'vitest';
import { axeViolations, close, open, useBrowser } from './harness.ts';
import { loadIncidentFiles } from '../unit/content-files.ts';

useBrowser();
const incidents = loadIncidentFiles();

describe('incidents in Chromium', () => {
  test('the provider filter hides incidents of other providers and shows a count', async () => {
    const v = await open('/incidents/');
    const items = v.page.locator('[data-incident-item]');
    expect(await items.count()).toBe(incidents.length);
    const select = v.page.getByLabel('Provider');
    await select.selectOption('Cloudflare');
    const expected = incidents.filter((i) => i.data!.providers.includes('Cloudflare'));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(incidents.length);
    await expect.poll(() => v.page.locator('[data-incident-item]:visible').count()).toBe(expected.length);
    const shown = await v.page.locator('[data-incident-item]:visible > a').allInnerTexts();
    expect(new Set(shown)).toEqual(new Set(expected.map((i) => i.data!.title)));
    expect(await v.page.locator('[data-incident-count]').innerText()).toBe(`Showing ${expected.length} of ${incidents.length} incidents`);
    await select.selectOption('');
    await expect.poll(() => v.page.locator('[data-incident-item]:visible').count()).toBe(incidents.length);
    await close(v);
  });

  test('a detail page links to the simulator on its scenario and embeds it', async () => {
    const withScenario = incidents.find((i) => i.data!.scenario)!;
    const v = await open(`/incidents/${withScenario.slug}/`);
    const link = v.page.getByRole('link', { name: 'Open in the simulator' }).first();
    expect(await link.getAttribute('href')).toBe(`/tools/simulator/?sim=${withScenario.data!.scenario}`);
    // and embeds the simulator on that scenario, server-rendered before it hydrates
    expect(await v.page.locator('#replay-heading ~ figure .sim').getAttribute('data-scenario')).toBe(withScenario.data!.scenario);
    await close(v);
  });
});

describe('incidents: accessibility (axe, WCAG 2.2 AA)', () => {
  // a detail page with a scenario, so the simulator links are checked too
  const detail = incidents.find((i) => i.data!.scenario)!;
  for (const path of ['/incidents/', `/incidents/${detail.slug}/`]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} in ${colorScheme} mode has no violations`, async () => {
        const v = await open(path, { colorScheme });
        expect(await axeViolations(v.page)).toEqual([]);
        await close(v);
      });
    }
  }
});
