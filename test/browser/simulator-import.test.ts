// Importing and exporting graphs through the simulator's panel, in a real browser: every format from its
// real-world fixture (test/fixtures/SOURCES.md) by file, by paste and by drag and drop; warnings beside the
// result; a malformed file of each format gives an error at the line the fixture changed (SOURCES.md
// says which), with the text kept and a button that puts the caret there; the arrow-direction toggle;
// exports that read back; the format parsers load only when used; axe clean. Expected counts come from
// the fixture files themselves (JSON.parse, or counting by hand below), never from the island.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, close, open, useBrowser, type Visit } from './harness.ts';

const TOOL = '/tools/simulator/';
const FIXTURES = join(process.cwd(), 'test/fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const sim = (page: Page) => page.locator('.sim').first();
const drawnNodes = (page: Page) => sim(page).locator('svg[data-graph-svg] [data-node], [data-graph-canvas]').count();

async function openPanel(path = TOOL): Promise<Visit> {
  const v = await open(path);
  await v.page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  await sim(v.page).locator('summary', { hasText: /Import, export and share/ }).click();
  await sim(v.page).getByTestId('sim-import-load').waitFor();
  return v;
}

const status = (page: Page) => sim(page).getByTestId('sim-import-status');
const loaded = (page: Page) => expect.poll(() => status(page).textContent(), { timeout: 15_000 });

const jaeger = JSON.parse(fixture('jaeger/small.json')) as { parent: string; child: string }[];

/** One real sample per format, what the file says it holds (counted from the file, not by the island). */
const SAMPLES = [
  {
    path: 'jaeger/small.json',
    title: 'Jaeger dependencies',
    nodes: new Set(jaeger.flatMap((d) => [d.parent, d.child])).size,
    edges: new Set(jaeger.map((d) => `${d.parent}>${d.child}`)).size,
  },
  // n0 … n19 declared, 49 "->" lines (one changed in malformed.dot).
  { path: 'dot/go-package.dot', title: 'DOT', nodes: 20, edges: fixture('dot/go-package.dot').split('\n').filter((l) => l.includes('->')).length },
  // Four nodes 1–4; the repeated 1→2 row merges: 1→2, 3→4, 2→3.
  { path: 'csv/gephi-edges-repeated.csv', title: 'CSV', nodes: 4, edges: 3 },
  { path: 'backstage/catalog.yaml', title: 'Backstage catalog' },
  { path: 'mermaid/architecture3.mmd', title: 'Mermaid' },
  { path: 'graphml/warnet-example.graphml', title: 'GraphML' },
  { path: '../../content/scenarios/reown-2024.json', title: 'Scenario JSON' },
] as const;

/** Where each malformed fixture was changed (SOURCES.md), as the line holding the change. */
const MALFORMED = [
  { path: 'jaeger/malformed.json', marker: '"child": "Service5"' },
  { path: 'dot/malformed.dot', marker: 'n5 -> ;' },
  { path: 'csv/malformed.csv', marker: '"4,2' },
  { path: 'backstage/malformed.yaml', marker: "dependsOn: ['resource:artists-db'\n" },
  { path: 'mermaid/malformed.mmd', marker: '[("Edgeco KV"]' },
  { path: 'graphml/malformed.graphml', marker: '</y:ShapeNod>' },
];

function lineOf(text: string, marker: string): number {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker ${marker} not in the fixture`);
  return text.slice(0, at).split('\n').length;
}

useBrowser();

describe('each format imports through the panel', () => {
  for (const sample of SAMPLES) {
    test(`${sample.path}: by file, then by paste, detected as ${sample.title}`, async () => {
      const v = await openPanel();
      const text = fixture(sample.path);
      await sim(v.page).getByTestId('sim-import-file').setInputFiles(join(FIXTURES, sample.path));
      await loaded(v.page).toMatch(new RegExp(`as ${sample.title}: ([\\d,]+) components, ([\\d,]+) dependencies`));
      const [, nodes, edges] = (await status(v.page).textContent())!.match(/([\d,]+) components, ([\d,]+) dependencies/)!.map((s) => Number(s.replace(/,/g, '')));
      if ('nodes' in sample) {
        expect(nodes).toBe(sample.nodes);
        expect(edges).toBe(sample.edges);
      }
      expect(nodes).toBeGreaterThan(1);
      expect(await sim(v.page).locator('svg[data-graph-svg] [data-node]').count()).toBe(nodes);
      // The file's text is in the box, so it can be edited and loaded again.
      expect(await sim(v.page).getByTestId('sim-import-text').inputValue()).toBe(text);

      // The same text pasted into a fresh page.
      const w = await openPanel();
      await sim(w.page).getByTestId('sim-import-text').fill(text);
      expect(await sim(w.page).getByTestId('sim-import-format-note').textContent()).toContain(sample.title);
      await sim(w.page).getByTestId('sim-import-load').click();
      await loaded(w.page).toContain(`${nodes!.toLocaleString('en')} components`);
      await close(w);
      await close(v);
    });
  }

  test('a file dropped on the panel is read and loaded', async () => {
    const v = await openPanel();
    const text = fixture('dot/gradient_cluster.dot');
    const dataTransfer = await v.page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'gradient_cluster.gv', { type: 'text/vnd.graphviz' }));
      return dt;
    }, text);
    const zone = sim(v.page).getByTestId('sim-import-drop');
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    await loaded(v.page).toMatch(/as DOT: \d+ components/);
    expect(await sim(v.page).getByTestId('sim-import-text').inputValue()).toBe(text);
    await close(v);
  });

  test('warnings and groups are listed beside the result, with their lines', async () => {
    const v = await openPanel();
    await sim(v.page).getByTestId('sim-import-text').fill(fixture('csv/gephi-edges-repeated.csv'));
    await sim(v.page).getByTestId('sim-import-load').click();
    const notes = sim(v.page).getByTestId('sim-import-warnings');
    // Rows 2 and 4 are both 1 → 2: merged, and said so at the second (line 4).
    await expect.poll(() => notes.locator('[data-code="duplicate-edge"]').textContent()).toMatch(/^Line 4\b/);
    // The "id" column is not one we read.
    expect(await notes.locator('[data-code="unknown-attribute"]').textContent()).toMatch(/\bid\b/);

    // A DOT file with clusters: the groups are named, and the box makes them failure domains.
    await sim(v.page).getByTestId('sim-import-text').fill(fixture('dot/gradient_cluster.dot'));
    await sim(v.page).getByTestId('sim-import-load').click();
    await expect.poll(() => notes.textContent()).toMatch(/Groups found \(2\)/);
    const before = await sim(v.page).locator('svg[data-graph-svg] [data-node]').count();
    await sim(v.page).getByTestId('sim-import-groups').check();
    await sim(v.page).getByTestId('sim-import-load').click();
    await expect.poll(() => sim(v.page).locator('svg[data-graph-svg] [data-node]').count()).toBe(before + 2);
    expect(await axeViolations(v.page)).toEqual([]);
    await close(v);
  });
});

describe('bad input', () => {
  for (const bad of MALFORMED) {
    test(`${bad.path}: a located error at the changed line, the text kept, the caret put there`, async () => {
      const v = await openPanel();
      const before = await drawnNodes(v.page);
      const text = fixture(bad.path);
      const changed = lineOf(text, bad.marker);
      await sim(v.page).getByTestId('sim-import-file').setInputFiles(join(FIXTURES, bad.path));
      const error = sim(v.page).getByTestId('sim-import-error');
      await error.waitFor();
      const where = (await error.getByTestId('sim-import-goto').first().textContent())!.match(/Line (\d+), column (\d+)/);
      expect(where, 'a line and column').not.toBeNull();
      const [line, column] = [Number(where![1]), Number(where![2])];
      // Parsers notice a missing closer where the next token starts: on the changed line or the next.
      expect([changed, changed + 1]).toContain(line);
      expect(await sim(v.page).getByTestId('sim-import-text').inputValue()).toBe(text);
      expect(await sim(v.page).getByTestId('sim-import-text').getAttribute('aria-invalid')).toBe('true');
      // The graph on screen is unchanged.
      expect(await drawnNodes(v.page)).toBe(before);

      await error.getByTestId('sim-import-goto').first().click();
      const caret = await sim(v.page).getByTestId('sim-import-text').evaluate((t: HTMLTextAreaElement) => ({ focused: document.activeElement === t, at: t.selectionStart, value: t.value }));
      expect(caret.focused).toBe(true);
      const lines = caret.value.slice(0, caret.at).split(/\r\n|\n|\r/);
      expect({ line: lines.length, column: lines.at(-1)!.length + 1 }).toEqual({ line, column });
      await close(v);
    });
  }

  test('text in no known format asks for the format, and the override is used', async () => {
    const v = await openPanel();
    await sim(v.page).getByTestId('sim-import-text').fill('a;b\nb;c\n');
    expect(await sim(v.page).getByTestId('sim-import-format-note').textContent()).toMatch(/Not recognised/);
    await sim(v.page).getByTestId('sim-import-load').click();
    await expect.poll(() => sim(v.page).getByTestId('sim-import-error').textContent()).toMatch(/could not be recognised/);
    expect(await sim(v.page).getByTestId('sim-import-text').inputValue()).toBe('a;b\nb;c\n');
    await sim(v.page).getByTestId('sim-import-text').fill('from,to\nweb,db\n');
    await sim(v.page).getByTestId('sim-import-format').selectOption('mermaid');
    await sim(v.page).getByTestId('sim-import-load').click();
    await expect.poll(() => sim(v.page).getByTestId('sim-import-error').textContent()).toMatch(/Mermaid/);
    await sim(v.page).getByTestId('sim-import-format').selectOption('csv');
    await sim(v.page).getByTestId('sim-import-load').click();
    await loaded(v.page).toMatch(/as CSV: 2 components, 1 dependencies/);
    expect(await sim(v.page).getByTestId('sim-import-error').count()).toBe(0);
    await close(v);
  });
});

test('the direction toggle flips what depends on what', async () => {
  // app and api use db, db uses disk. Read as written, nothing depends on disk's dependents, so disk
  // survives whatever the trigger; read the other way, disk depends on everything and always fails.
  const text = 'flowchart LR\n  app --> db\n  api --> db\n  db --> disk\n';
  const v = await openPanel();
  await sim(v.page).getByTestId('sim-import-text').fill(text);
  const disk = sim(v.page).locator('svg[data-graph-svg] [data-node="disk"]');
  // A loaded scenario opens at wave 0; the claim is about the end of the cascade.
  const skipToEnd = () => sim(v.page).getByRole('button', { name: 'Skip to end' }).click();
  await sim(v.page).getByTestId('sim-import-load').click();
  await loaded(v.page).toMatch(/4 components, 3 dependencies/);
  await skipToEnd();
  await expect.poll(() => sim(v.page).locator('svg[data-graph-svg] [data-status="down"]').count()).toBe(3);
  expect(await disk.getAttribute('data-status')).toBe('up');
  await sim(v.page).getByTestId('sim-import-direction').getByLabel(/B depends on A/).check();
  await sim(v.page).getByTestId('sim-import-load').click();
  await skipToEnd();
  await expect.poll(() => disk.getAttribute('data-status')).toBe('down');
  // Scenario JSON says its direction: no toggle.
  await sim(v.page).getByTestId('sim-import-text').fill(fixture('../../content/scenarios/reown-2024.json'));
  expect(await sim(v.page).getByTestId('sim-import-direction').count()).toBe(0);
  await close(v);
});

test('exports to DOT, Mermaid, GraphML and JSON download and copy, and read back', async () => {
  const reown = JSON.parse(fixture('../../content/scenarios/reown-2024.json')) as { nodes: { id: string }[] };
  const v = await openPanel(`${TOOL}?sim=reown-2024`);
  await v.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const heads = { dot: /^(strict\s+)?digraph\b/, mermaid: /^flowchart\b/m, graphml: /<graphml[\s>]/, json: /^\{/ } as const;
  for (const [format, head] of Object.entries(heads)) {
    await sim(v.page).getByTestId('sim-export-format').selectOption(format);
    const [download] = await Promise.all([v.page.waitForEvent('download'), sim(v.page).getByTestId('sim-export-download').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(head);
    for (const n of reown.nodes) expect(text).toContain(n.id);
    await sim(v.page).getByTestId('sim-export-copy').click();
    await expect.poll(() => sim(v.page).getByTestId('sim-export-format-status').textContent()).toMatch(/Copied/);
    expect(await v.page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    // Read back through the import box: the same components.
    await sim(v.page).getByTestId('sim-import-text').fill(text);
    await sim(v.page).getByTestId('sim-import-load').click();
    await loaded(v.page).toContain(`${reown.nodes.length} components`);
  }
  await close(v);
});

test('format parsers load only when a reader imports or exports, one format at a time', async () => {
  const v = await open(TOOL);
  const scripts: string[] = [];
  v.page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await v.page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  const parser = (name: string) => scripts.some((s) => new RegExp(`/${name}\\.[\\w-]+\\.js$`).test(s));
  await sim(v.page).locator('summary', { hasText: /Import, export and share/ }).click();
  await sim(v.page).getByTestId('sim-import-load').waitFor();
  expect(['graphml', 'backstage', 'mermaid', 'csv', 'dot'].filter(parser)).toEqual([]);
  await sim(v.page).getByTestId('sim-import-text').fill(fixture('csv/gephi-edges-repeated.csv'));
  await sim(v.page).getByTestId('sim-import-load').click();
  await loaded(v.page).toMatch(/as CSV/);
  expect(parser('csv')).toBe(true);
  expect(['graphml', 'backstage', 'mermaid'].filter(parser)).toEqual([]);
  await close(v);
});
