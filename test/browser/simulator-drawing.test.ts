// The simulator's drawing tells the truth about the graph (issue 13, "Drawing" budget): for every preset,
// at 1366×900 and at 360×800, no edge passes through a node it does not connect and no edge crosses a
// label; at 360×800
// nothing scrolls sideways, drawn labels are at least 12 px, and the table view is one tap away.
// Geometry is read from the rendered SVG in screen pixels, never from the layout code.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { close, open, useBrowser } from './harness.ts';

interface ScenarioJson {
  id: string;
  nodes: { id: string }[];
}
const DIR = join(process.cwd(), 'content/scenarios');
const scenarios: ScenarioJson[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as ScenarioJson);

/** Boxes are shrunk by this many px before testing: the 1-2 px stroke and anti-aliasing at a box's
 * edge are not "passing through" it, and an arrowhead touching its own target's outline is expected. */
const TOLERANCE_PX = 2;
/** Sampling step along each edge, in px: smaller than the thinnest box (a one-line label is ~14 px). */
const STEP_PX = 2;

interface Box { left: number; top: number; right: number; bottom: number }
interface Drawn {
  nodes: { id: string; shape: Box; label: Box }[];
  edges: { from: string; to: string; points: [number, number][] }[];
}

/** Reads node shapes, label boxes and points sampled along every edge, all in screen pixels. */
async function drawn(page: Page, step: number): Promise<Drawn> {
  return page.locator('.sim svg[data-graph-svg]').first().evaluate((svg, step) => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const nodes = [...svg.querySelectorAll('[data-node]')].map((g) => ({
      id: g.getAttribute('data-node') ?? '',
      shape: box(g.querySelector('.sim-shape') as Element),
      label: box(g.querySelector('.sim-label') as Element),
    }));
    const edges = [...svg.querySelectorAll('[data-edge]')].map((g) => {
      const [from = '', to = ''] = (g.getAttribute('data-edge') ?? '>').split('>');
      const geom = g.querySelector('line, path, polyline') as SVGGeometryElement;
      const m = geom.getScreenCTM() as DOMMatrix;
      const len = geom.getTotalLength();
      const scale = Math.hypot(m.a, m.b) || 1;
      const n = Math.max(2, Math.ceil((len * scale) / step));
      const points: [number, number][] = [];
      for (let i = 0; i <= n; i++) {
        const p = geom.getPointAtLength((len * i) / n).matrixTransform(m);
        points.push([p.x, p.y]);
      }
      return { from, to, points };
    });
    return { nodes, edges };
  }, step);
}

const inside = (b: Box, [x, y]: [number, number]) =>
  x > b.left + TOLERANCE_PX && x < b.right - TOLERANCE_PX && y > b.top + TOLERANCE_PX && y < b.bottom - TOLERANCE_PX;

/** Every edge that passes through a node it does not connect, or crosses a label. */
function faultsOf(d: Drawn): string[] {
  const faults: string[] = [];
  for (const e of d.edges) {
    for (const n of d.nodes) {
      const own = n.id === e.from || n.id === e.to;
      // An edge may touch its own ends' shapes; it may cross no label at all, its ends' included,
      // except where it leaves or enters its own node (the first/last sampled points).
      if (!own && e.points.some((p) => inside(n.shape, p))) faults.push(`edge ${e.from}→${e.to} passes through node ${n.id}`);
      const body = own ? e.points.slice(1, -1).filter((p) => !inside(n.shape, p)) : e.points;
      if (body.some((p) => inside(n.label, p))) faults.push(`edge ${e.from}→${e.to} crosses the label of ${n.id}`);
    }
  }
  return faults;
}

useBrowser();

const SCREENS = [
  { width: 1366, height: 900 },
  { width: 360, height: 800 },
];

describe('no edge passes through a node it does not connect, and no edge crosses a label', () => {
  test.each(scenarios.flatMap((s) => SCREENS.map((screen) => [s.id, screen.width, screen] as const)))('%s at %i px', async (id, _w, screen) => {
    const v = await open(`/tools/simulator/?sim=${id}`, { viewport: screen });
    try {
      await v.page.locator('.sim').first().scrollIntoViewIfNeeded();
      await v.page.locator('astro-island:not([ssr]) .sim').first().waitFor();
      // the phone drawing names components beside their shapes: wait for it to replace the server's
      if (screen.width < 560) await v.page.locator('.sim svg[data-graph-svg] .sim-label[text-anchor="start"]').first().waitFor();
      const d = await drawn(v.page, STEP_PX);
      const scenario = scenarios.find((s) => s.id === id) as ScenarioJson;
      expect(d.nodes.length).toBe(scenario.nodes.length);
      expect(d.edges.length).toBeGreaterThan(0);
      const faults = faultsOf(d);
      expect(faults).toEqual([]);
    } finally {
      await close(v);
    }
  });
});

describe('a graph the reader imports is laid out in the browser by the same rules', () => {
  test.each(SCREENS.map((screen) => [screen.width, screen] as const))('a DOT file at %i px', async (_w, screen) => {
    // A real-world DOT file (test/fixtures/SOURCES.md): 20 packages and their imports.
    const dot = readFileSync(join(process.cwd(), 'test/fixtures/dot/go-package.dot'), 'utf8');
    const v = await open('/tools/simulator/', { viewport: screen });
    try {
      const sim = v.page.locator('.sim').first();
      await v.page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
      await sim.locator('summary', { hasText: /Import, export and share/ }).click();
      await sim.getByTestId('sim-import-text').fill(dot);
      await sim.getByTestId('sim-import-load').click();
      await expect.poll(() => sim.locator('svg[data-graph-svg] [data-node]').count()).toBe(20);
      // the layout library arrives lazily and replaces the quick straight-line drawing with routed edges
      await expect.poll(() => sim.locator('svg[data-graph-svg] [data-edge] path.sim-edge').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await sim.locator('svg[data-graph-svg] [data-edge] line.sim-edge').count()).toBe(0);
      await sim.locator('svg[data-graph-svg]').first().scrollIntoViewIfNeeded();
      const d = await drawn(v.page, STEP_PX);
      expect(d.nodes.length).toBe(20);
      expect(faultsOf(d)).toEqual([]);
    } finally {
      await close(v);
    }
  });
});

const SMALL = [
  { path: '/tools/simulator/', what: 'the full tool' },
  { path: '/terms/infrastructure-outage-contagion/', what: 'the central term' },
  { path: '/incidents/aws-us-east-1-2025/', what: 'an incident with an embed' },
];

describe('at 360×800 nothing scrolls sideways, labels are readable and the table is one tap away', () => {
  test.each(SMALL.map((s) => [s.what, s.path] as const))('%s (%s)', async (_what, path) => {
    const v = await open(path, { viewport: { width: 360, height: 800 } });
    try {
      expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const sim = v.page.locator('.sim').first();
      // A reader scrolls to it; it hydrates on view and draws for the width it has.
      await sim.scrollIntoViewIfNeeded();
      await v.page.locator('astro-island:not([ssr]) .sim').first().waitFor();
      // Rendered size = computed font size × the SVG's scale on screen.
      const labelSizes = () =>
        sim.locator('svg[data-graph-svg]').first().evaluate((svg) => {
          const m = (svg as SVGGraphicsElement).getScreenCTM() as DOMMatrix;
          const scale = Math.hypot(m.a, m.b);
          return [...svg.querySelectorAll('.sim-label')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        });
      await expect.poll(async () => Math.min(...(await labelSizes()))).toBeGreaterThanOrEqual(12);
      const sizes = await labelSizes();
      expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      const count = await sim.locator('svg[data-graph-svg] [data-node]').count();
      await sim.getByRole('button', { name: 'Table', exact: true }).click();
      await expect.poll(() => sim.getByTestId('sim-node-table').locator('tbody tr').count()).toBe(count);
    } finally {
      await close(v);
    }
  });
});
