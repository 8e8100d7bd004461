// The graph view in Chromium: the global map (nodes, keyboard, filter, text list, stress mode)
// and the local map on a term page, with axe in light and dark mode.
import { describe, expect, test } from 'vitest';
import { axeViolations, close, open, useBrowser } from './harness.ts';
import { loadTermFiles } from '../unit/content-files.ts';
import { glossaryGraph } from '../unit/graph-view/glossary-graph.ts';

useBrowser();
const terms = loadTermFiles();
const { linkGraph } = glossaryGraph();
const neighboursOf = (id: string) => new Set(linkGraph.edges.filter(([a, b]) => a === id || b === id).map(([a, b]) => (a === id ? b : a)));
const activeNode = (v: { page: import('playwright-core').Page }) => v.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.gvNode);

describe('global map', () => {
  test('shows one node per term, each a link to its page', async () => {
    const v = await open('/graph/');
    const nodes = v.page.locator('[data-gv-svg] [data-gv-node]');
    expect(await nodes.count()).toBe(terms.length);
    const ids = await nodes.evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.gvNode));
    expect(new Set(ids)).toEqual(new Set(terms.map((t) => t.slug)));
    const href = await v.page.locator('[data-gv-node="oracle"]').getAttribute('href');
    expect(href).toBe('/terms/oracle/');
    await close(v);
  });

  test('Tab enters the map once, arrows move between nodes, Escape leaves, Enter opens the term', async () => {
    const v = await open('/graph/');
    await v.page.getByRole('button', { name: 'Reset view' }).focus();
    await v.page.keyboard.press('Tab');
    const first = await activeNode(v);
    expect(first).toBeTruthy();
    // only one node is in the tab order: the next Tab leaves the map
    expect(await v.page.locator('[data-gv-node][tabindex="0"]').count()).toBe(1);
    await v.page.keyboard.press('Tab');
    expect(await v.page.evaluate(() => document.activeElement?.hasAttribute('data-gv-exit'))).toBe(true);
    await v.page.keyboard.press('Shift+Tab');
    expect(await activeNode(v)).toBe(first);
    const x = async (id: string) => Number(await v.page.locator(`[data-gv-node="${id}"]`).getAttribute('data-x'));
    const y = async (id: string) => Number(await v.page.locator(`[data-gv-node="${id}"]`).getAttribute('data-y'));
    // Walk right until a move happens (the first node may be at the right edge), then check its direction.
    await v.page.keyboard.press('ArrowLeft');
    const left = await activeNode(v);
    if (left !== first) expect(await x(left!)).toBeLessThan(await x(first!));
    await v.page.keyboard.press('ArrowDown');
    const down = await activeNode(v);
    if (down !== left) expect(await y(down!)).toBeGreaterThan(await y(left!));
    expect(new Set([first, left, down]).size).toBeGreaterThan(1);
    // focus shows: the node's neighbours light up
    expect(await v.page.locator('[data-gv-svg]').getAttribute('class')).toContain('has-lit');
    await v.page.keyboard.press('Escape');
    expect(await v.page.evaluate(() => document.activeElement?.hasAttribute('data-gv-exit'))).toBe(true);
    // Shift+Tab comes back to the same node
    await v.page.keyboard.press('Shift+Tab');
    await expect.poll(() => activeNode(v)).toBe(down);
    await v.page.keyboard.press('Enter');
    await v.page.waitForURL(`**/terms/${down}/`);
    expect(await v.page.locator('h1').textContent()).toBe(terms.find((t) => t.slug === down)!.data!.title);
    await close(v);
  });

  test('hovering a node lights it, its neighbours and their lines', async () => {
    const v = await open('/graph/');
    await v.page.locator('[data-gv-node="oracle"] .gv-shape').hover();
    const lit = await v.page.locator('[data-gv-node].is-lit').evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.gvNode));
    expect(new Set(lit)).toEqual(new Set(['oracle', ...neighboursOf('oracle')]));
    expect(await v.page.locator('line.is-lit').count()).toBe(neighboursOf('oracle').size);
    await close(v);
  });

  test('the category filter hides that category’s nodes and brings them back', async () => {
    const v = await open('/graph/');
    const markets = terms.filter((t) => t.data!.category === 'markets').map((t) => t.slug);
    expect(markets.length).toBeGreaterThan(0);
    const visible = () => v.page.locator('[data-gv-svg] [data-gv-node]:visible').count();
    expect(await visible()).toBe(terms.length);
    await v.page.getByLabel(/^Markets and financial contagion/).uncheck();
    await expect.poll(visible).toBe(terms.length - markets.length);
    for (const id of markets) expect(await v.page.locator(`[data-gv-node="${id}"]`).isVisible()).toBe(false);
    // keyboard navigation skips hidden nodes
    await v.page.getByRole('button', { name: 'Reset view' }).focus();
    await v.page.keyboard.press('Tab');
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'End']) {
      await v.page.keyboard.press(key);
      const at = await activeNode(v);
      expect(at).toBeTruthy();
      expect(markets).not.toContain(at);
    }
    await v.page.getByLabel(/^Markets and financial contagion/).check();
    await expect.poll(visible).toBe(terms.length);
    await close(v);
  });

  test('the text alternative lists every term with its outgoing and incoming links', async () => {
    const v = await open('/graph/');
    const items = v.page.locator('[data-gv-list-item]');
    expect(await items.count()).toBe(terms.length);
    const titles = await items.evaluateAll((els) => els.map((e) => e.querySelector('a')?.textContent));
    expect(new Set(titles)).toEqual(new Set(terms.map((t) => t.data!.title)));
    await v.page.locator('[data-gv-list] summary').click();
    const oracle = v.page.locator('[data-gv-list-item="oracle"]');
    const outgoing = await oracle.locator('dd').first().locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const to of linkGraph.outlinks.get('oracle')!) expect(outgoing).toContain(`/terms/${to}/`);
    const incoming = await oracle.locator('dd').nth(1).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const b of linkGraph.backlinks.get('oracle') ?? []) expect(incoming).toContain(`/terms/${b.from}/`);
    await close(v);
  });

  test('stress mode draws ten times the nodes, and pan and zoom still work', async () => {
    const v = await open('/graph/?stress=10');
    expect(await v.page.locator('[data-gv-svg] [data-gv-node]').count()).toBe(10 * terms.length);
    await expect.poll(() => v.page.locator('[data-gv-status]').innerText()).toMatch(/Stress mode: \d[\d,]* nodes/);
    const view = v.page.locator('[data-gv-view]');
    const before = await view.getAttribute('transform');
    await v.page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await view.getAttribute('transform');
    expect(zoomed).toMatch(/scale\(1\.4/);
    const box = (await v.page.locator('[data-gv-svg]').boundingBox())!;
    await v.page.mouse.move(box.x + 40, box.y + 40);
    await v.page.mouse.down();
    await v.page.mouse.move(box.x + 240, box.y + 140, { steps: 5 });
    await v.page.mouse.up();
    const panned = await view.getAttribute('transform');
    expect(panned).not.toBe(zoomed);
    expect(panned).not.toBe(before);
    // lines are batched into paths at this size, but a hovered node still shows its own lines
    await v.page.getByRole('button', { name: 'Reset view' }).click();
    await v.page.locator('[data-gv-node="oracle~3"] .gv-shape').hover();
    const lit = await v.page.locator('line.is-lit').evaluateAll((ls) => ls.map((l) => [(l as SVGElement).dataset.a, (l as SVGElement).dataset.b].sort().join(' ')));
    expect(new Set(lit)).toEqual(new Set([...neighboursOf('oracle')].map((m) => [`${m}~3`, 'oracle~3'].sort().join(' '))));
    await v.page.mouse.move(5, 5);
    expect(await v.page.locator('line.is-lit').count()).toBe(0);
    await close(v);
  });

  test('prints the map and the full text list, without the zoom controls or filter boxes', async () => {
    const v = await open('/graph/');
    await v.page.emulateMedia({ media: 'print' });
    expect(await v.page.locator('[data-gv-toolbar]').isVisible()).toBe(false);
    expect(await v.page.locator('[data-gv-filter]').first().isVisible()).toBe(false);
    expect(await v.page.locator('[data-gv-svg]').isVisible()).toBe(true);
    expect(await v.page.locator('[data-gv-list-item="oracle"] dd').first().isVisible()).toBe(true);
    await close(v);
  });

  test('fits a 360 px wide screen without sideways scrolling', async () => {
    const v = await open('/graph/', { viewport: { width: 360, height: 740 } });
    const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await close(v);
  });
});

describe('local map on a term page', () => {
  const slug = 'correlated-failure';
  const title = terms.find((t) => t.slug === slug)!.data!.title;

  test('shows the term in the centre and its neighbours as links; the switch adds two-step terms', async () => {
    const v = await open(`/terms/${slug}/`);
    const oneStep = v.page.locator('.lm-map-1');
    expect(await oneStep.isVisible()).toBe(true);
    expect(await oneStep.locator('.hop-0').textContent()).toContain(title);
    const slugOf = (els: Element[]) => els.map((e) => /^\/terms\/([^/]+)\/$/.exec(e.getAttribute('href') ?? '')?.[1]);
    const shown = await oneStep.locator('a.lm-node').evaluateAll(slugOf);
    expect(new Set(shown)).toEqual(neighboursOf(slug));
    await v.page.getByLabel(/Up to two steps/).check();
    await expect.poll(() => v.page.locator('.lm-map-2').isVisible()).toBe(true);
    expect(await oneStep.isVisible()).toBe(false);
    const two = await v.page.locator('.lm-map-2 a.hop-2').evaluateAll(slugOf);
    const expected = new Set([...neighboursOf(slug)].flatMap((n) => [...neighboursOf(n)]).filter((m) => m !== slug && !neighboursOf(slug).has(m)));
    expect(new Set(two)).toEqual(expected);
    await close(v);
  });

  test('focusing a neighbour lights its lines', async () => {
    const v = await open(`/terms/${slug}/`);
    // Tab from the one/two-step switch lands on the first neighbour (the SVG itself is no tab stop)
    await v.page.locator('#lm-one').focus();
    await v.page.keyboard.press('Tab');
    const focused = await v.page.evaluate(() => /^\/terms\/([^/]+)\/$/.exec(document.activeElement?.getAttribute('href') ?? '')?.[1]);
    expect(neighboursOf(slug).has(focused!)).toBe(true);
    const lit = await v.page.locator('.lm-map-1 line.is-lit').count();
    expect(lit).toBeGreaterThan(0);
    await close(v);
  });
});

describe('graph accessibility (axe, WCAG 2.2 AA)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`/graph/ in ${colorScheme} mode has no violations, with a node focused`, async () => {
      const v = await open('/graph/', { colorScheme });
      await v.page.locator('[data-gv-node][tabindex="0"]').focus();
      expect(await axeViolations(v.page)).toEqual([]);
      await close(v);
    });

    test(`a term page's two-step map in ${colorScheme} mode has no violations`, async () => {
      const v = await open('/terms/oracle/', { colorScheme });
      await v.page.getByLabel(/Up to two steps/).check();
      expect(await axeViolations(v.page)).toEqual([]);
      await close(v);
    });
  }
});
