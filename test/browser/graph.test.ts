// The graph view in Chromium: the global map of terms and incident case studies (nodes, keyboard,
// filter, text list, stress mode) and the local map on a term page, with axe in light and dark mode.
import { describe, expect, test } from 'vitest';
import { axeViolations, close, open, useBrowser } from './harness.ts';
import { loadTermFiles } from '../unit/content-files.ts';
import { glossaryGraph } from '../unit/graph-view/glossary-graph.ts';

useBrowser();
const terms = loadTermFiles();
const { linkGraph, incidentFiles, siteData } = glossaryGraph();
const incidentIds = incidentFiles.map((f) => `incident:${f.slug}`);
const nodeCount = terms.length + incidentFiles.length;
/** Neighbours on the site's map (terms and incidents, by node id). */
const neighboursOf = (id: string) => new Set(siteData.links.filter((l) => l.source === id || l.target === id).map((l) => (l.source === id ? l.target : l.source)));
/** Neighbours among the terms only, from the link graph. */
const termNeighboursOf = (id: string) => new Set(linkGraph.edges.filter(([a, b]) => a === id || b === id).map(([a, b]) => (a === id ? b : a)));
const activeNode = (v: { page: import('playwright-core').Page }) => v.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.gvNode);

describe('global map', () => {
  test('shows one node per term and per incident case study, each a link to its page', async () => {
    const v = await open('/graph/');
    expect(incidentFiles.length).toBeGreaterThan(0);
    const nodes = v.page.locator('[data-gv-svg] [data-gv-node]');
    expect(await nodes.count()).toBe(nodeCount);
    const ids = await nodes.evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.gvNode));
    expect(ids.length).toBe(new Set(ids).size);
    expect(new Set(ids)).toEqual(new Set([...terms.map((t) => t.slug), ...incidentIds]));
    const href = await v.page.locator('[data-gv-node="oracle"]').getAttribute('href');
    expect(href).toBe('/terms/oracle/');
    for (const f of incidentFiles) {
      const node = v.page.locator(`[data-gv-node="incident:${f.slug}"]`);
      expect(await node.getAttribute('href')).toBe(`/incidents/${f.slug}/`);
      expect(await node.getAttribute('data-group')).toBe('incident');
      expect(await node.getAttribute('aria-label')).toMatch(/^.+: Incident case study, \d+ linked terms?$/);
      expect((await node.getAttribute('aria-label'))!.startsWith(`${f.data!.title}: `)).toBe(true);
      // a line to each related term
      for (const t of f.data!.related) {
        expect(await v.page.locator(`[data-gv-links] line[data-a="${t}"][data-b="incident:${f.slug}"], [data-gv-links] line[data-a="incident:${f.slug}"][data-b="${t}"]`).count(), `${f.slug} – ${t}`).toBe(1);
      }
    }
    await close(v);
  });

  test('an incident node is reachable by keyboard, lights its terms, and Enter opens the incident page', async () => {
    const v = await open('/graph/');
    await v.page.getByRole('button', { name: 'Reset view' }).focus();
    await v.page.keyboard.press('Tab');
    // the incidents come after the terms: End lands on one
    await v.page.keyboard.press('End');
    const id = await activeNode(v);
    expect(incidentIds).toContain(id);
    expect(await v.page.locator('[data-gv-node][tabindex="0"]').count()).toBe(1);
    expect(await v.page.locator(`[data-gv-node="${id}"]`).getAttribute('tabindex')).toBe('0');
    const lit = await v.page.locator('[data-gv-node].is-lit').evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.gvNode));
    expect(new Set(lit)).toEqual(new Set([id!, ...neighboursOf(id!)]));
    // arrows move from it to another node and back again like from a term
    await v.page.keyboard.press('Home');
    expect(await activeNode(v)).not.toBe(id);
    await v.page.keyboard.press('End');
    expect(await activeNode(v)).toBe(id);
    await v.page.keyboard.press('Enter');
    const slug = id!.slice('incident:'.length);
    await v.page.waitForURL(`**/incidents/${slug}/`);
    expect(await v.page.locator('h1').textContent()).toBe(incidentFiles.find((f) => f.slug === slug)!.data!.title);
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
    expect(await visible()).toBe(nodeCount);
    await v.page.getByLabel(/^Markets and financial contagion/).uncheck();
    await expect.poll(visible).toBe(nodeCount - markets.length);
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
    await expect.poll(visible).toBe(nodeCount);
    await close(v);
  });

  test('the incident filter hides the incident nodes and their lines, and brings them back', async () => {
    const v = await open('/graph/');
    const visible = () => v.page.locator('[data-gv-svg] [data-gv-node]:visible').count();
    const incidentLines = v.page.locator('[data-gv-links] line[data-a^="incident:"], [data-gv-links] line[data-b^="incident:"]');
    expect(await incidentLines.count()).toBeGreaterThan(0);
    const filter = v.page.getByLabel(/^Incident case studies/);
    expect(await filter.isChecked()).toBe(true);
    await filter.uncheck();
    await expect.poll(visible).toBe(terms.length);
    for (const id of incidentIds) expect(await v.page.locator(`[data-gv-node="${id}"]`).isVisible()).toBe(false);
    for (const line of await incidentLines.all()) expect(await line.isVisible()).toBe(false);
    // keyboard navigation skips them
    await v.page.getByRole('button', { name: 'Reset view' }).focus();
    await v.page.keyboard.press('Tab');
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End']) {
      await v.page.keyboard.press(key);
      expect(incidentIds).not.toContain(await activeNode(v));
    }
    await filter.check();
    await expect.poll(visible).toBe(nodeCount);
    await close(v);
  });

  test('the text alternative lists every term and incident with its outgoing and incoming links', async () => {
    const v = await open('/graph/');
    const items = v.page.locator('[data-gv-list-item]');
    expect(await items.count()).toBe(nodeCount);
    const titles = await items.evaluateAll((els) => els.map((e) => e.querySelector('a')?.textContent));
    expect(new Set(titles)).toEqual(new Set([...terms.map((t) => t.data!.title), ...incidentFiles.map((f) => f.data!.title)]));
    for (const f of incidentFiles) {
      const item = v.page.locator(`[data-gv-list-item="incident:${f.slug}"]`);
      expect(await item.locator('a').first().getAttribute('href')).toBe(`/incidents/${f.slug}/`);
      expect(await item.textContent()).toContain('Incident case study');
      const to = await item.locator('dd').first().locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const t of f.data!.related) expect(to).toContain(`/terms/${t}/`);
    }
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
    expect(await v.page.locator('[data-gv-svg] [data-gv-node]').count()).toBe(10 * nodeCount);
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

  test('shows the term in the centre and its neighbours (terms and case studies) as links; the switch adds two-step terms', async () => {
    const v = await open(`/terms/${slug}/`);
    const oneStep = v.page.locator('.lm-map-1');
    expect(await oneStep.isVisible()).toBe(true);
    expect(await oneStep.locator('.hop-0').textContent()).toContain(title);
    // node ids from the links: /terms/x/ is x, /incidents/x/ is incident:x
    const slugOf = (els: Element[]) =>
      els.map((e) => {
        const m = /^\/(terms|incidents)\/([^/]+)\/$/.exec(e.getAttribute('href') ?? '');
        return m && (m[1] === 'incidents' ? `incident:${m[2]}` : m[2]);
      });
    const shown = await oneStep.locator('a.lm-node').evaluateAll(slugOf);
    expect(new Set(shown)).toEqual(neighboursOf(slug));
    expect(shown.some((id) => id?.startsWith('incident:'))).toBe(true);
    await v.page.getByLabel(/Up to two steps/).check();
    await expect.poll(() => v.page.locator('.lm-map-2').isVisible()).toBe(true);
    expect(await oneStep.isVisible()).toBe(false);
    const two = await v.page.locator('.lm-map-2 a.hop-2').evaluateAll(slugOf);
    // two steps go through terms only: two terms one incident discusses are not two steps apart
    const one = termNeighboursOf(slug);
    const expected = new Set([...one].flatMap((n) => [...termNeighboursOf(n)]).filter((m) => m !== slug && !one.has(m)));
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
