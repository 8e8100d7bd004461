// "Share or embed" in each tool: the link and the <iframe> code follow the tool's state, one click copies
// each, and the embed code opens the tool in the same state.
import { describe, expect, test } from 'vitest';
import { SITE_URL } from '../../src/lib/site.ts';
import { BASE, axeViolations, close, open, useBrowser } from './harness.ts';

useBrowser();

const local = (url: string) => url.replace(SITE_URL, BASE);

describe('share or embed', () => {
  test('the simulator: link and embed code for the current state, copied in one click each', async () => {
    const v = await open('/tools/simulator/?sim=reown-2024&fail=&step=end');
    await v.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
    await v.page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    const sim = v.page.locator('.sim').first();
    await expect.poll(() => sim.getAttribute('data-scenario')).toBe('reown-2024');
    // change the state: fail the trigger
    await sim.locator('svg[data-graph-svg] [data-node="pokt_arb"]').first().click();
    await expect.poll(() => new URL(v.page.url()).searchParams.get('fail')).toBe('pokt_arb');
    // A click plays the cascade: wait for the last wave, so the address (and the code made from it) is final.
    await expect.poll(async () => (await sim.getAttribute('data-step')) === (await sim.getAttribute('data-last-wave'))).toBe(true);
    await expect.poll(() => new URL(v.page.url()).searchParams.get('step')).toBe(await sim.getAttribute('data-last-wave'));

    const control = v.page.getByTestId('share-simulator');
    await v.page.locator('astro-island:not([ssr]):has([data-testid="share-simulator"])').waitFor({ state: 'attached' });
    await control.locator('summary').click();
    const link = new URL(await v.page.getByTestId('share-simulator-link').inputValue());
    expect(link.origin + link.pathname).toBe(`${SITE_URL}/tools/simulator/`);
    expect(link.searchParams.get('sim')).toBe('reown-2024');
    expect(link.searchParams.get('fail')).toBe('pokt_arb');
    const code = await v.page.getByTestId('share-simulator-code').inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+" title="Contagion simulator[^"]*" width="100%" height="\d+" loading="lazy"><\/iframe>$/);
    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&'));
    expect(src.pathname).toBe('/embed/simulator/');
    expect(src.searchParams.get('fail')).toBe('pokt_arb');

    await control.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => control.getByRole('status').textContent()).toBe('Copied the link.');
    expect(await v.page.evaluate(() => navigator.clipboard.readText())).toBe(link.href);
    await control.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => control.getByRole('status').textContent()).toBe('Copied the embed code.');
    expect(await v.page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    // axe on the control (the simulator's own page is checked by its tests)
    expect(await axeViolations(v.page, '[data-testid="share-simulator"]')).toEqual([]);
    await close(v);

    // the embed code shows the same state
    const embed = await open(local(src.href).replace(BASE, ''));
    await embed.page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    await expect.poll(() => embed.page.locator('.sim svg[data-graph-svg] [data-node="pokt_arb"]').first().getAttribute('data-status')).toBe('down');
    await close(embed);
  });

  test('the calculator: the link and code carry the preset and SLO', async () => {
    const v = await open('/tools/redundancy/?group=rpc-access');
    await v.page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    await v.page.getByTestId('rc-slo').fill('99.95%');
    await expect.poll(() => v.page.getByTestId('rc-share').getAttribute('href')).toMatch(/slo=0\.9995/);
    const control = v.page.getByTestId('share-redundancy');
    await v.page.locator('astro-island:not([ssr]):has([data-testid="share-redundancy"])').waitFor({ state: 'attached' });
    await control.locator('summary').click();
    const link = new URL(await v.page.getByTestId('share-redundancy-link').inputValue());
    expect(link.pathname).toBe('/tools/redundancy/');
    expect(link.searchParams.get('group')).toBe('rpc-access');
    expect(link.searchParams.get('slo')).toBe('0.9995');
    const code = await v.page.getByTestId('share-redundancy-code').inputValue();
    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&'));
    expect(src.pathname).toBe('/embed/redundancy/');
    expect(src.searchParams.get('slo')).toBe('0.9995');
    await close(v);
  });
});
