// The tools embedded in another site's page: each <iframe> hydrates its tool in the state its URL
// names, keeps following it as the reader works, and its link opens the full tool in that state.
import type { Frame } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { BASE, open, useBrowser } from './harness.ts';
import { useOtherSite } from './other-site.ts';

useBrowser();

const SIM = '/embed/simulator/?sim=cloudflare-2022&fail=cloudflare_mcp&step=end';
const CALC = '/embed/redundancy/?group=rpc-access&slo=0.9995';
const host = useOtherSite(
  (atlas) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An SRE blog</title></head><body><main>
<h1>Why our exchange went dark</h1>
<iframe id="sim" src="${atlas}${SIM}" title="Contagion simulator" width="1000" height="760"></iframe>
<iframe id="calc" src="${atlas}${CALC}" title="Redundancy calculator" width="1000" height="720"></iframe>
</main></body></html>`,
  BASE,
);

// The host page waits for 'load', not network idle: two tool frames hydrating on a loaded 2-core CI
// machine kept the network busy past 30 s once; the frame's own hydration wait below is what matters.
async function frameOf(page: import('playwright-core').Page, id: string): Promise<Frame> {
  const handle = await page.locator(`iframe#${id}`).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached', timeout: 30_000 });
  return frame!;
}

describe('embeds in another site', () => {
  test('the simulator hydrates in the iframe, in the state its URL names, and follows it', async () => {
    const v = await open('/embed/atlas-preview.css');
    await v.page.goto(`${host.origin()}/post/`, { waitUntil: 'load' });
    const frame = await frameOf(v.page, 'sim');
    const sim = frame.locator('.sim').first();
    expect(await frame.locator('header.site-header, footer.site-footer').count()).toBe(0);
    await expect.poll(() => sim.getAttribute('data-scenario')).toBe('cloudflare-2022');
    const trigger = sim.locator('svg[data-graph-svg] [data-node="cloudflare_mcp"]').first();
    await expect.poll(() => trigger.getAttribute('data-status')).toBe('down');
    // the reader restores the trigger: the frame's own address follows
    await trigger.click();
    await expect.poll(() => trigger.getAttribute('data-status')).toBe('up');
    await expect.poll(() => new URL(frame.url()).searchParams.get('fail')).toBe('');
    // "Open in Contagion Atlas" opens the full tool in the state now shown
    const link = frame.locator('a[data-open-in-atlas]');
    await link.focus();
    const href = new URL((await link.getAttribute('href'))!, BASE);
    expect(href.pathname).toBe('/tools/simulator/');
    expect(href.searchParams.get('sim')).toBe('cloudflare-2022');
    expect(href.searchParams.get('fail')).toBe('');
    expect(v.problems.filter((p) => !p.includes(host.origin()))).toEqual([]);
    await v.context.close();
  });

  test('the calculator hydrates in the iframe with the preset and SLO its URL names', async () => {
    const v = await open('/embed/atlas-preview.css');
    await v.page.goto(`${host.origin()}/post/`, { waitUntil: 'load' });
    const frame = await frameOf(v.page, 'calc');
    await expect.poll(() => frame.locator('.rc').first().getAttribute('data-group')).toBe('rpc-access');
    expect(await frame.getByTestId('rc-slo').inputValue()).toBe('0.9995');
    await frame.getByTestId('rc-slo').fill('99.9%');
    await expect.poll(() => new URL(frame.url()).searchParams.get('slo')).toBe('0.999');
    expect(v.problems.filter((p) => !p.includes(host.origin()))).toEqual([]);
    await v.context.close();
  });
});
