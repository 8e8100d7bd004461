/**
 * Where the browser spends the scale path's time (issue 12): imports the 20,000-node graph of
 * bench/scale.ts into the simulator in Chromium, as the scale browser test does, with the V8 CPU profiler
 * on (Chrome DevTools Protocol), then clicks a node with it on again; prints the functions with the most
 * self time on each path, and the island's own figures (data-import-to-draw-ms, data-click-to-wave-ms).
 *
 *   npx node bench/profile-scale.ts [--root DIR] [--top N] [--trace-click]
 *
 * --trace-click records Chromium's trace of the click instead (style, layout, paint, scripts by event).
 * DIR holds the built site in DIR/dist (default: this project). Names are readable only in an unminified
 * build: `npx astro build --config astro.profile.config.mjs` writes one to /tmp/contagion-atlas-profile/dist.
 * A tool for finding hot spots, not a benchmark: nothing is asserted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { exportScenario, type ImportedScenario } from '../src/engine/contagion/formats/index.ts';
import { randomScenario } from '../src/features/simulator/random-scenario.ts';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { startPreview } from '../scripts/lib/preview.ts';
import { SCALE_DEPENDENCIES } from './scale.ts';
import { dragFrameTimes } from './drag-frames.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const root = arg('--root') ?? process.cwd();
const top = Number(arg('--top') ?? 25);

/** Self time per function (name, file and line), in ms, largest first. */
function selfTimes(profile: Profile): { name: string; ms: number }[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byNode.get(id)!.callFrame;
    const file = url.slice(url.lastIndexOf('/') + 1);
    const key = `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

async function profiled(cdp: CDPSession, what: string, run: () => Promise<void>): Promise<void> {
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const times = selfTimes(profile);
  const total = times.reduce((s, t) => s + t.ms, 0);
  console.log(`\n# ${what}: ${total.toFixed(0)} ms sampled; top ${top} by self time`);
  for (const t of times.slice(0, top)) console.log(`  ${t.ms.toFixed(1).padStart(8)} ms  ${t.name}`);
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** Chromium's own work on the page's main thread (style, layout, paint, scripts) while `run` runs, by event name. */
async function traced(page: Page, what: string, run: () => Promise<void>): Promise<void> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await run();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  // The busiest renderer main thread is the page's (other renderers, if any, sit idle).
  const mains = traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let totals = new Map<string, number>();
  for (const main of mains) {
    const own = new Map<string, number>();
    for (const e of traceEvents) {
      if (e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || !e.dur) continue;
      own.set(e.name, (own.get(e.name) ?? 0) + e.dur / 1000);
    }
    if ((own.get('RunTask') ?? 0) > (totals.get('RunTask') ?? 0)) totals = own;
  }
  console.log(`\n# ${what}: main-thread trace events (inclusive ms, nested events counted in each)`);
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

const waitForAttribute = (page: Page, name: string) =>
  page.waitForFunction((n) => document.querySelector('.sim')?.getAttribute(n), name, { timeout: 120_000 }).then((h) => h.jsonValue());

const dir = mkdtempSync(join(tmpdir(), 'profile-scale-'));
const preview = await startPreview(root);
const browser = await launchChromium();
try {
  const file = randomScenario(20_000, 1, SCALE_DEPENDENCIES);
  const path = join(dir, 'reader-graph.json');
  writeFileSync(path, await exportScenario(file as ImportedScenario, 'json'));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${preview.url}/tools/simulator/`, { waitUntil: 'networkidle' });
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  const sim = page.locator('.sim').first();
  await sim.locator('summary', { hasText: /Import, export and share/ }).click();
  await sim.getByTestId('sim-import-file').waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');

  await profiled(cdp, 'import (file chosen to first canvas frame)', async () => {
    await sim.getByTestId('sim-import-file').setInputFiles(path);
    console.log(`import to first draw: ${await waitForAttribute(page, 'data-import-to-draw-ms')} ms`);
  });
  await page.waitForTimeout(2000);

  const canvas = sim.locator('[data-graph-canvas]');
  const box = (await canvas.boundingBox())!;
  const x = box.x + box.width / 2;
  let y = box.y + box.height - 2;
  for (; y > box.y; y -= 2) {
    await page.mouse.move(x, y);
    if ((await sim.locator('.sim-canvas-status').textContent())!.trim() !== '') break;
  }
  await page.waitForTimeout(500);
  const click = async () => {
    await page.evaluate(() => document.querySelector('.sim')?.removeAttribute('data-click-to-wave-ms'));
    await page.mouse.click(x, y);
    console.log(`click to first wave: ${await waitForAttribute(page, 'data-click-to-wave-ms')} ms`);
  };
  // The same click twice: once under the CPU profiler, once traced (style, layout, paint); the view may
  // have moved after the first, so the second is the reverse toggle only when it lands on the same node.
  await (process.argv.includes('--trace-click') ? traced(page, 'click (to first wave drawn)', click) : profiled(cdp, 'click (to first wave drawn)', click));
  await page.waitForTimeout(3000);
  // A drag across the canvas, with the time between animation frames recorded in the page.
  const pan = async () => {
    const frames = await dragFrameTimes(page, canvas);
    console.log(`pan: ${frames.length} frames, slowest ${Math.max(...frames).toFixed(1)} ms; over 50 ms: ${frames.filter((f) => f > 50).map((f) => f.toFixed(0)).join(', ') || 'none'}`);
  };
  await (process.argv.includes('--trace-click') ? traced(page, 'pan (drag)', pan) : profiled(cdp, 'pan (drag)', pan));
} finally {
  await browser.close();
  await preview.stop();
  rmSync(dir, { recursive: true, force: true });
}
