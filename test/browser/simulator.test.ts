// The contagion simulator in a real browser: every preset reproduces its real incident when the reader
// fails its trigger, the state survives a share link, bad links and bad imports say what is wrong, the
// panels work, and the page passes axe. Expected outcomes come from the scenario files (the sources'
// account of each incident), never from the island's own output.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, close, open, useBrowser } from './harness.ts';

type Grade = 'reported' | 'inferred' | 'assumed';
interface Liveness {
  node: string;
  continued: boolean;
}
interface ScenarioJson {
  id: string;
  title: string;
  nodes: { id: string; label: string; evidence?: Grade }[];
  edges: { from: string; to: string; evidence?: Grade }[];
  trigger: { seeds: string[] };
  expected: { down: string[]; degraded: string[]; up: string[]; chains?: { chain: string; blocks: Liveness; finality: Liveness | null }[] };
  mitigations?: { id: string }[];
}

const DIR = join(process.cwd(), 'content/scenarios');
const scenarios: ScenarioJson[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as ScenarioJson);

const TOOL = '/tools/simulator/';
const sim = (page: Page) => page.locator('.sim').first();
const node = (page: Page, id: string) => sim(page).locator(`svg[data-graph-svg] [data-node="${id}"]`).first();

/** Waits for hydration: the island marks its root once React has rendered in the browser. */
async function hydrated(page: Page) {
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
}

async function statuses(page: Page): Promise<Record<string, string>> {
  return sim(page)
    .locator('svg[data-graph-svg] [data-node]')
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-node'), e.getAttribute('data-status')])));
}

useBrowser();

describe('every preset reproduces its real incident, and every sentence of the outcome agrees with its data', () => {
  test.each(scenarios.map((s) => [s.id, s] as const))('%s: opens at wave 0, fail the trigger, step to the end, read the outcome', async (_id, scenario) => {
    const v = await open(TOOL);
    await hydrated(v.page);
    await sim(v.page).getByLabel('Scenario').selectOption(scenario.id);
    await expect.poll(() => sim(v.page).getAttribute('data-scenario')).toBe(scenario.id);

    // A scenario opens at wave 0: only its trigger is down, and Play is offered.
    expect(await sim(v.page).getAttribute('data-step')).toBe('0');
    const opening = await statuses(v.page);
    for (const [id, s] of Object.entries(opening)) expect(s, id).toBe(scenario.trigger.seeds.includes(id) ? 'down' : 'up');
    await sim(v.page).getByRole('button', { name: 'Play', exact: true }).waitFor();

    // Every label is drawn whole (wrapped, never cut short), so the picture says what the scenario says.
    for (const n of scenario.nodes) {
      const drawn = await node(v.page, n.id).locator('.sim-label tspan:not(.sim-node-grade):not(.sim-state-word)').allTextContents();
      expect(drawn.join('').replace(/\s+/g, ' ').trim(), n.id).toBe(n.label);
    }

    // Start from a healthy graph, then fail the real trigger by clicking its node(s).
    await sim(v.page).getByRole('button', { name: 'Restore all' }).click();
    for (const id of Object.keys(await statuses(v.page))) expect(await node(v.page, id).getAttribute('data-status')).toBe('up');
    for (const seed of scenario.trigger.seeds) await node(v.page, seed).click();

    // Step wave by wave to the end; each step shows one more wave.
    const last = Number(await sim(v.page).getAttribute('data-last-wave'));
    await sim(v.page).getByRole('button', { name: 'Back to start' }).click();
    for (let w = 1; w <= last; w++) {
      await sim(v.page).getByRole('button', { name: 'Step', exact: true }).click();
      await expect.poll(() => sim(v.page).getAttribute('data-step')).toBe(String(w));
    }
    expect(await sim(v.page).getByTestId('sim-step').textContent()).toBe(`Wave ${last} of ${last}`);

    const shown = await statuses(v.page);
    for (const id of scenario.expected.down) expect(shown[id], `${id} should be down`).toBe('down');
    for (const id of scenario.expected.degraded) expect(shown[id], `${id} should be degraded`).toBe('degraded');
    for (const id of scenario.expected.up) expect(shown[id], `${id} should be up`).toBe('up');

    // Every sentence of the outcome panel, checked against the scenario's expected data.
    const outcome = sim(v.page).getByTestId('sim-outcome');
    const { down, degraded, up } = scenario.expected;
    expect(await outcome.getByTestId('sim-summary').textContent()).toBe(
      `${down.length} of ${scenario.nodes.length} components down, ${degraded.length} degraded, ${up.length} up after ${last} wave${last === 1 ? '' : 's'} of contagion.`,
    );
    const why = await outcome.locator('.sim-why > li').evaluateAll((els) => els.map((e) => [e.getAttribute('data-node')!, e.textContent!] as const));
    expect(why.map(([id]) => id).sort(), 'one line for each down or degraded component').toEqual([...down, ...degraded].sort());
    for (const [id, text] of why) {
      const label = scenario.nodes.find((n) => n.id === id)!.label;
      if (scenario.trigger.seeds.includes(id)) expect(text).toContain(`${label} is down: failed by you`);
      else expect(text).toContain(down.includes(id) ? `${label} is down: ` : `${label} is degraded: `);
      expect(text).not.toMatch(/trigger of the scenario|limit of 0\b/);
    }
    if (up.length) expect(await outcome.locator('details > summary', { hasText: 'What survived' }).textContent()).toBe(`What survived (${up.length})`);
    const chainLines = await outcome.locator('[data-chain]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-chain')!, e.textContent!] as const));
    const chains = scenario.expected.chains ?? [];
    expect(chainLines.map(([c]) => c)).toEqual(chains.map((c) => c.chain));
    for (const chain of chains) {
      const text = chainLines.find(([c]) => c === chain.chain)![1];
      const blocksDegraded = degraded.includes(chain.blocks.node);
      expect(text, `${chain.chain}: blocks`).toContain(chain.blocks.continued ? (blocksDegraded ? 'keeps producing blocks, degraded' : 'keeps producing blocks') : 'stops producing blocks');
      expect(text).not.toContain(chain.blocks.continued ? 'stops producing blocks' : 'keeps producing blocks');
      if (chain.finality) expect(text, `${chain.chain}: finality`).toContain(chain.finality.continued ? 'keeps finalising' : 'finality stalls');
      else expect(text).not.toMatch(/finalising|finality/);
    }
    const statements = scenario.nodes.length + chains.reduce((n, c) => n + 1 + (c.finality ? 1 : 0), 0);
    const match = outcome.locator('[data-match]');
    expect(await match.getAttribute('data-match')).toBe('yes');
    expect(await match.textContent()).toContain(`agrees with what happened in all ${statements} statements`);

    // Evidence: each edge is drawn with its grade; the hinge list names only edges no source reports.
    const drawn = await sim(v.page).locator('svg[data-graph-svg] [data-edge]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-edge')!, e.getAttribute('data-evidence')!] as const));
    const graded = scenario.edges.some((e) => e.evidence);
    expect(drawn.length).toBe(scenario.edges.length);
    for (const [key, grade] of drawn) {
      const edge = scenario.edges.find((e) => `${e.from}>${e.to}` === key)!;
      expect(grade, key).toBe(graded ? (edge.evidence ?? 'unstated') : 'none');
    }
    const unreported = scenario.edges.filter((e) => e.evidence !== 'reported');
    const hinges = await outcome.getByTestId('sim-sensitivity').locator('[data-edge]').evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')!));
    for (const key of hinges) expect(unreported.map((e) => `${e.from}>${e.to}`), key).toContain(key);
    if (graded) {
      await sim(v.page).getByTestId('sim-show-unreported').uncheck();
      expect(await sim(v.page).locator('svg[data-graph-svg] [data-edge]').count()).toBe(scenario.edges.length - unreported.length);
    }
    await close(v);
  });
});

describe('interaction', () => {
  test('keyboard: Enter on a focused node fails it, the live region announces each wave, and the table view lists every node', async () => {
    const v = await open(`${TOOL}?sim=cloudflare-2022&fail=&step=end`);
    await hydrated(v.page);
    const first = sim(v.page).locator('svg[data-graph-svg] [data-node]').first();
    await first.focus();
    await v.page.keyboard.press('Enter');
    await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => sim(v.page).getByTestId('sim-live').textContent()).toMatch(/^Wave \d+:/);
    // Zooming changes the view's transform; Reset view restores it.
    const view = sim(v.page).locator('svg[data-graph-svg] > g').first();
    const before = await view.getAttribute('transform');
    await sim(v.page).getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => view.getAttribute('transform')).not.toBe(before);
    await sim(v.page).getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(() => view.getAttribute('transform')).toMatch(/translate\(0,0\) scale\(1\)|^$|null/);
    await sim(v.page).getByRole('button', { name: 'Table' }).click();
    const rows = await sim(v.page).getByTestId('sim-node-table').locator('tbody tr').count();
    expect(rows).toBe(scenarios.find((s) => s.id === 'cloudflare-2022')!.nodes.length);
    await close(v);
  });

  test('a mitigation saves components, and the side-by-side comparison shows both graphs', async () => {
    const scenario = scenarios.find((s) => s.id === 'aws-us-east-1-2025')!;
    const v = await open(`${TOOL}?sim=${scenario.id}`);
    await hydrated(v.page);
    await sim(v.page).getByRole('button', { name: 'Skip to end' }).click();
    await expect.poll(async () => Object.values(await statuses(v.page)).filter((s) => s === 'down').length).toBe(scenario.expected.down.length);
    const downBefore = scenario.expected.down.length;
    await sim(v.page).locator(`[data-mitigation="${scenario.mitigations![0]!.id}"]`).check();
    await expect.poll(async () => Object.values(await statuses(v.page)).filter((s) => s === 'down').length).toBeLessThan(downBefore);
    expect(await sim(v.page).getByTestId('sim-compare-summary').textContent()).toMatch(/Better off: /);
    await sim(v.page).getByLabel('Show before and after side by side').check();
    expect(await sim(v.page).locator('.sim-compare svg').count()).toBe(2);
    await close(v);
  });

  // aws-us-east-1-2025 draws taller than wide (graph beside the side column); cloudflare-2022 four times
  // wider than tall (graph across the stage, mitigations and outcome below it).
  test.each(['aws-us-east-1-2025', 'cloudflare-2022'])('at 1366×900 the graph, Play, the mitigations and the outcome share one screen, and a mitigation changes the picture in view (%s)', async (id) => {
    const scenario = scenarios.find((s) => s.id === id)!;
    const v = await open(`${TOOL}?sim=${scenario.id}`, { viewport: { width: 1366, height: 900 } });
    await hydrated(v.page);
    await sim(v.page).locator('.sim-stage').scrollIntoViewIfNeeded();
    await v.page.evaluate(() => document.querySelector('.sim-stage')!.scrollIntoView({ block: 'start' }));
    const inView = async (selector: string) =>
      sim(v.page).locator(selector).first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
      });
    for (const selector of ['svg[data-graph-svg]', '.sim-play', '[data-mitigation]', '[data-testid="sim-outcome"] h3']) expect(await inView(selector), selector).toBe(true);
    const before = await statuses(v.page);
    await sim(v.page).locator(`[data-mitigation="${scenario.mitigations![0]!.id}"]`).check();
    await expect.poll(() => statuses(v.page)).not.toEqual(before);
    expect(await inView('svg[data-graph-svg]')).toBe(true);
    await close(v);
  });

  test('blast radius counts degraded components apart from failed ones', async () => {
    const scenario = scenarios.find((s) => s.id === 'aws-us-east-1-2025')!;
    const [trigger] = scenario.trigger.seeds;
    const v = await open(`${TOOL}?sim=${scenario.id}`);
    await hydrated(v.page);
    await sim(v.page).locator('summary', { hasText: /Blast radius/ }).click();
    const label = scenario.nodes.find((n) => n.id === trigger)!.label;
    const cells = await sim(v.page).locator('.sim-table tr', { has: v.page.locator('th', { hasText: label }) }).first().locator('td').allTextContents();
    // The real incident had one trigger, so its expected data is this row: the others down and degraded.
    expect(cells.slice(0, 2)).toEqual([String(scenario.expected.down.length - 1), String(scenario.expected.degraded.length)]);
    await close(v);
  });

  test('share link round trip: failed nodes, mitigations and step come back exactly', async () => {
    const scenario = scenarios.find((s) => s.id === 'coinbase-az-2026')!;
    const v = await open(`${TOOL}?sim=${scenario.id}`);
    await hydrated(v.page);
    await sim(v.page).locator(`[data-mitigation="${scenario.mitigations![0]!.id}"]`).check();
    const extra = scenario.nodes.find((n) => !scenario.trigger.seeds.includes(n.id))!.id;
    await node(v.page, extra).click();
    await sim(v.page).getByRole('button', { name: 'Skip to end' }).click();
    await expect.poll(() => v.page.url()).toContain(encodeURIComponent(extra).replace(/%2C/g, ','));
    const url = v.page.url();
    const before = await statuses(v.page);
    await close(v);

    const w = await open(url.replace(/^https?:\/\/[^/]+/, ''));
    await hydrated(w.page);
    await expect.poll(() => statuses(w.page)).toEqual(before);
    expect(await sim(w.page).locator(`[data-mitigation="${scenario.mitigations![0]!.id}"]`).isChecked()).toBe(true);
    expect(await node(w.page, extra).getAttribute('aria-pressed')).toBe('true');
    await close(w);
  });

  test('hostile URL state shows a message, falls back to the preset, and injects nothing', async () => {
    const hostile = `?sim=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&fail=${encodeURIComponent('<script>x</script>,aws_dynamodb')}&step=${encodeURIComponent('1e9;drop')}&model=${encodeURIComponent('!!not-base64!!')}`;
    const v = await open(`${TOOL}${hostile}`);
    await hydrated(v.page);
    const notice = sim(v.page).locator('.sim-notice[role="alert"]');
    await expect.poll(() => notice.textContent()).toMatch(/could not be used|does not exist|in a form no scenario has/);
    expect(await notice.textContent()).toMatch(/malformed/);
    expect(await v.page.locator('img[src="x"]').count()).toBe(0);
    expect(await v.page.locator('.sim script').count()).toBe(0);
    expect(await sim(v.page).locator('svg[data-graph-svg] [data-node]').count()).toBeGreaterThan(0);
    await close(v);
  });

  test('importing a broken file shows the error at its field and keeps what was typed', async () => {
    const v = await open(TOOL);
    await hydrated(v.page);
    await sim(v.page).locator('summary', { hasText: /Import, export and share/ }).click();
    const broken = JSON.stringify(
      {
        id: 'mine',
        title: 'My scenario',
        nodes: [{ id: 'a', label: 'A', type: 'cloud_region' }],
        edges: [{ from: 'a', to: 'missing' }],
        trigger: { seeds: ['a'], description: 'Component A fails' },
      },
      null,
      2,
    );
    await sim(v.page).getByTestId('sim-import-text').fill(broken);
    await sim(v.page).getByTestId('sim-import-load').click();
    const error = sim(v.page).getByTestId('sim-import-error');
    await expect.poll(() => error.textContent()).toMatch(/missing/);
    expect(await sim(v.page).getByTestId('sim-import-text').inputValue()).toBe(broken);

    await sim(v.page).getByTestId('sim-import-text').fill('{"nodes": [');
    await sim(v.page).getByTestId('sim-import-load').click();
    await expect.poll(() => error.textContent()).toMatch(/line \d+/i);

    // Closing and reopening the panel keeps what was typed.
    const summary = sim(v.page).locator('summary', { hasText: /Import, export and share/ });
    await summary.click();
    await summary.click();
    expect(await sim(v.page).getByTestId('sim-import-text').inputValue()).toBe('{"nodes": [');
    await close(v);
  });

  test('a valid import replaces the graph and the cascade runs on it', async () => {
    const v = await open(TOOL);
    await hydrated(v.page);
    await sim(v.page).locator('summary', { hasText: /Import, export and share/ }).click();
    const mine = {
      id: 'two-regions',
      title: 'Two regions',
      nodes: [
        { id: 'region_a', label: 'Region A', type: 'cloud_region' },
        { id: 'region_b', label: 'Region B', type: 'cloud_region' },
        { id: 'app', label: 'App', type: 'frontend', rule: { kind: 'any' } },
        { id: 'api', label: 'API', type: 'backend' },
      ],
      edges: [
        { from: 'app', to: 'region_a' },
        { from: 'app', to: 'region_b' },
        { from: 'api', to: 'region_a' },
      ],
      trigger: { seeds: ['region_a'], description: 'Region A fails' },
    };
    await sim(v.page).getByTestId('sim-import-text').fill(JSON.stringify(mine));
    await sim(v.page).getByTestId('sim-import-load').click();
    // A new scenario opens at wave 0 (only the trigger down); at the end, by the rules (independent of
    // the island): `api` needs region_a, `app` survives on region_b.
    await expect.poll(() => statuses(v.page)).toEqual({ region_a: 'down', region_b: 'up', app: 'up', api: 'up' });
    await sim(v.page).getByRole('button', { name: 'Skip to end' }).click();
    await expect.poll(() => statuses(v.page)).toEqual({ region_a: 'down', region_b: 'up', app: 'up', api: 'down' });
    await close(v);
  });

  test('the picture exports as a standalone SVG and a PNG, and the scenario as JSON that imports back', async () => {
    const v = await open(`${TOOL}?sim=reown-2024`);
    await hydrated(v.page);
    await sim(v.page).locator('summary', { hasText: /Import, export and share/ }).click();
    const [svgDownload] = await Promise.all([v.page.waitForEvent('download'), sim(v.page).getByTestId('sim-export-svg').click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const reown = scenarios.find((s) => s.id === 'reown-2024')!;
    for (const n of reown.nodes) expect(svg).toContain(`data-node="${n.id}"`);

    const [pngDownload] = await Promise.all([v.page.waitForEvent('download'), sim(v.page).getByTestId('sim-export-png').click()]);
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const [jsonDownload] = await Promise.all([v.page.waitForEvent('download'), sim(v.page).getByTestId('sim-export-json').click()]);
    const exported = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as ScenarioJson;
    expect(exported.nodes.map((n) => n.id).sort()).toEqual(reown.nodes.map((n) => n.id).sort());
    await close(v);
  });

  test('Monte Carlo runs in a worker, gives results, and validates its fields', async () => {
    const v = await open(`${TOOL}?sim=aws-us-east-1-2025`);
    await hydrated(v.page);
    const panel = sim(v.page).getByTestId('sim-monte-carlo');
    await panel.locator('summary').first().click();
    await panel.getByTestId('mc-run').click();
    await panel.getByTestId('mc-results').waitFor({ timeout: 30_000 });
    expect(await panel.getByTestId('mc-summary').textContent()).toMatch(/\d/);
    expect(await panel.getByTestId('mc-top-table').locator('tbody tr').count()).toBeGreaterThan(0);

    // A bad field says what is wrong next to it and keeps the text; the run button waits for a fix.
    await panel.getByTestId('mc-trials').fill('12abc');
    expect(await panel.getByTestId('mc-trials').inputValue()).toBe('12abc');
    expect(await panel.getByTestId('mc-trials').getAttribute('aria-invalid')).toBe('true');
    expect(await panel.locator('.sim-field-error').first().textContent()).toMatch(/\S/);

    await close(v);
  });

  test('a random graph of 2,000 components switches to canvas drawing, and a long Monte Carlo on it can be cancelled', async () => {
    const v = await open(TOOL);
    await hydrated(v.page);
    await sim(v.page).locator('summary', { hasText: /Build your own/ }).click();
    await sim(v.page).getByTestId('sim-random-size').fill('2000');
    await sim(v.page).getByTestId('sim-random-generate').click();
    const canvas = sim(v.page).locator('[data-graph-canvas]');
    await canvas.waitFor();
    expect(await sim(v.page).locator('svg[data-graph-svg]').count()).toBe(0);
    expect(await sim(v.page).getByTestId('sim-canvas-caption').textContent()).toMatch(/2,000/);

    // A long Monte Carlo on the large graph shows progress and stops when cancelled.
    const panel = sim(v.page).getByTestId('sim-monte-carlo');
    await panel.locator('summary').first().click();
    await panel.getByTestId('mc-trials').fill('1000000');
    await panel.getByTestId('mc-run').click();
    await panel.getByTestId('mc-cancel').waitFor();
    await expect.poll(async () => Number(await panel.getByTestId('mc-progress').getAttribute('value'))).toBeGreaterThan(0);
    await panel.getByTestId('mc-cancel').click();
    await panel.getByTestId('mc-run').waitFor();
    const said = (await panel.textContent())!.match(/Cancelled after ([\d,]+) trials/);
    expect(said, 'a cancellation message').not.toBeNull();
    expect(Number(said![1]!.replace(/,/g, ''))).toBeLessThan(1_000_000);
    await close(v);
  });
});

describe('embeds and accessibility', () => {
  test('without JavaScript the embed shows the server-rendered graph at wave 0, the real trigger marked', async () => {
    const v = await open('/terms/single-point-of-failure/', { javaScriptEnabled: false });
    const scenario = scenarios.find((s) => s.id === 'cloudflare-2022')!;
    const shown = await statuses(v.page);
    for (const n of scenario.nodes) expect(shown[n.id]).toBe(scenario.trigger.seeds.includes(n.id) ? 'down' : 'up');
    expect(await sim(v.page).getByTestId('sim-summary').textContent()).toContain(`${scenario.trigger.seeds.length} of ${scenario.nodes.length} components down`);
    await close(v);
  });

  test('the island hydrates the server drawing in place, and every id it refers to exists after re-rendering', async () => {
    const v = await open('/terms/correlated-failure/');
    // Tag the server-rendered drawing before the island hydrates (it waits until scrolled into view):
    // a hydration mismatch would make React throw the server's DOM away and draw a new one.
    await v.page.evaluate(() => ((document.querySelector('.sim svg[data-graph-svg]') as SVGElement & { ssr?: boolean }).ssr = true));
    await sim(v.page).scrollIntoViewIfNeeded();
    await hydrated(v.page);
    await v.page.waitForTimeout(300);
    expect(await v.page.evaluate(() => (document.querySelector('.sim svg[data-graph-svg]') as SVGElement & { ssr?: boolean }).ssr)).toBe(true);
    const dangling = () =>
      sim(v.page).evaluate((root) => {
        const refs: string[] = [];
        for (const el of root.querySelectorAll('[aria-labelledby], [aria-describedby], [marker-end], label[for]')) {
          const ids = [el.getAttribute('aria-labelledby'), el.getAttribute('aria-describedby'), el.getAttribute('for')].flatMap((a) => a?.split(/\s+/) ?? []);
          const marker = /url\(#([^)]+)\)/.exec(el.getAttribute('marker-end') ?? '')?.[1];
          for (const id of [...ids, ...(marker ? [marker] : [])]) if (id && !document.getElementById(id)) refs.push(id);
        }
        return [...new Set(refs)];
      });
    await sim(v.page).locator('[data-mitigation]').first().check(); // re-renders edges and their arrow markers
    expect(await dangling()).toEqual([]);
    await sim(v.page).getByLabel('Show before and after side by side').check();
    expect(await dangling()).toEqual([]);
    await close(v);
  });

  test('the embed links to the full tool with the same state', async () => {
    const v = await open('/terms/correlated-failure/');
    const href = await sim(v.page).locator('.sim-open a').getAttribute('href');
    expect(href).toMatch(/^\/tools\/simulator\/\?sim=coinbase-az-2026&fail=/);
    await close(v);
  });

  test.each(['light', 'dark'] as const)('axe finds no WCAG 2.2 AA violation on the simulator with its panels open (%s)', async (colorScheme) => {
    const v = await open(TOOL, { colorScheme });
    await hydrated(v.page);
    for (const summary of await sim(v.page).locator('details > summary').all()) await summary.click();
    expect(await axeViolations(v.page)).toEqual([]);
    await close(v);
  });
});
