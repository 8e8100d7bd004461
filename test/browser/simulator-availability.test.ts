// The availability panel in a real browser: the figures are the engine's, run here in Node on the same
// inputs (the preset's file, or the scenario this test pasted); a component's own availability wins
// over its type's and can be cleared; where the engine cannot be exact (a dependency cycle, a tree too
// large to unfold) the panel gives the engine's reason and its 99% interval, and the exact answer,
// worked out here by brute force or in closed form, lies inside it.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ScenarioInput } from '../../src/engine/contagion/index.ts';
import { importScenario } from '../../src/engine/contagion/formats/index.ts';
import { serviceAvailability, type ServiceAvailability } from '../../src/engine/service-availability/index.ts';
import { getScenario } from '../../src/lib/scenarios.ts';
import { axeViolations, close, open, useBrowser, type Visit } from './harness.ts';

const TOOL = '/tools/simulator/';
/** Trials of the panel's Monte Carlo fallback (AvailabilityPanel.tsx), with the engine's default seed. */
const TRIALS = 20_000;
const sim = (page: Page) => page.locator('.sim').first();

async function openTool(options: Parameters<typeof open>[1] = {}): Promise<Visit> {
  const v = await open(TOOL, options);
  await v.page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  return v;
}

useBrowser();

/** The scenario as the site reads it from content/scenarios (ratios such as "1/2" made numbers). */
const scenarioFile = (id: string) => getScenario(id) as ScenarioInput;

async function openAvailability(page: Page) {
  await sim(page).locator('summary', { hasText: /Availability of each service/ }).click();
  await sim(page).getByTestId('sim-availability-table').waitFor({ timeout: 15_000 });
}

describe('availability of each service', () => {
  test('the figures shown are the engine’s for the preset, correlated and independent', async () => {
    const v = await openTool();
    const { page } = v;
    const id = (await sim(page).getAttribute('data-scenario'))!;
    await openAvailability(page);
    // The engine run here, in Node, on the scenario file, with its own defaults.
    const expected = serviceAvailability(scenarioFile(id), { monteCarlo: { trials: 20_000 } }).services;
    const rows = sim(page).locator('[data-testid="sim-availability-table"] tbody tr');
    expect(await rows.count()).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
    for (const s of expected) {
      const row = sim(page).locator(`tr[data-service="${s.id}"]`);
      const [correlated, independent] = await row.locator('td').evaluateAll((cells) => cells.slice(0, 2).map((c) => c.textContent ?? ''));
      const shownPercent = (text: string) => Number(/([\d.]+)%/.exec(text)![1]);
      expect(Math.abs(shownPercent(correlated!) - s.availability * 100)).toBeLessThan(0.00006);
      if (s.independent !== null) expect(Math.abs(shownPercent(independent!) - s.independent * 100)).toBeLessThan(0.00006);
    }
    await close(v);
  });

  test('a bad availability keeps its text, says what is wrong at the field and hides the figures until fixed', async () => {
    const v = await openTool();
    const { page } = v;
    await openAvailability(page);
    const field = sim(page).locator('input[data-testid^="sim-availability-"]').first();
    const testId = (await field.getAttribute('data-testid'))!;
    await field.fill('1.5');
    expect(await sim(page).getByTestId(`${testId}-error`).textContent()).toMatch(/from 0 to 1/);
    expect(await field.inputValue()).toBe('1.5');
    expect(await sim(page).getByTestId('sim-availability-table').count()).toBe(0);
    await field.fill('0.99');
    await sim(page).getByTestId('sim-availability-table').waitFor();
    await close(v);
  });

  test('a service opens in the redundancy calculator showing its model', async () => {
    const v = await openTool();
    const { page } = v;
    const id = (await sim(page).getAttribute('data-scenario'))!;
    await openAvailability(page);
    const exact = serviceAvailability(scenarioFile(id), { monteCarlo: { trials: 20_000 } }).services.find((s) => s.method === 'exact')!;
    const link = sim(page).locator(`tr[data-service="${exact.id}"] a`, { hasText: /redundancy calculator/ });
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/tools\/redundancy\//);
    await expect
      .poll(async () => Number(await page.getByTestId('rc-single-endpoint-result').getAttribute('data-unavailability')), { timeout: 15_000 })
      .toBeCloseTo(1 - exact.availability, 12);
    await close(v);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the panel is axe clean (${colorScheme})`, async () => {
      const v = await openTool({ colorScheme });
      await openAvailability(v.page);
      expect(await axeViolations(v.page, '[data-testid="sim-availability"]')).toEqual([]);
      await close(v);
    });
  }
});


/** The correlated figure and, for a Monte Carlo row, its interval, as the panel holds them. */
async function shownRow(page: Page, service: string) {
  const cell = sim(page).locator(`tr[data-service="${service}"] td`).first();
  const number = async (name: string) => {
    const v = await cell.getAttribute(name);
    return v === null ? null : Number(v);
  };
  return { availability: await number('data-correlated'), low: await number('data-low'), high: await number('data-high'), text: (await cell.textContent()) ?? '' };
}

describe('a component’s own availability', () => {
  test('wins over its type’s: the service’s figure becomes the engine’s for the same inputs; Clear brings the type’s back', async () => {
    const v = await openTool();
    const { page } = v;
    const id = (await sim(page).getAttribute('data-scenario'))!;
    const file = scenarioFile(id);
    await openAvailability(page);
    const before = serviceAvailability(file, { monteCarlo: { trials: TRIALS } }).services;
    // A service worked out exactly, and one of its dependencies.
    const service = before.find((s) => s.method === 'exact' && file.edges.some((e) => e.from === s.id))!;
    const dependency = file.edges.find((e) => e.from === service.id)!.to;
    const after = serviceAvailability(file, { byNode: { [dependency]: 0.9 }, monteCarlo: { trials: TRIALS } }).services.find((s) => s.id === service.id)!;
    expect(Math.abs(after.availability - service.availability)).toBeGreaterThan(1e-4); // the override matters

    await sim(page).getByTestId('sim-override-pick').selectOption(dependency);
    await sim(page).getByTestId('sim-override-add').click();
    const field = sim(page).getByTestId(`sim-override-${dependency}`);
    // The new field takes the focus, so a keyboard reader types straight into it.
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    // It starts from its type's figure, and says which figure it replaces.
    const typeField = sim(page).getByTestId(`sim-availability-${file.nodes.find((n) => n.id === dependency)!.type}`);
    expect(await field.inputValue()).toBe(await typeField.inputValue());
    expect(await sim(page).locator(`[data-override="${dependency}"]`).textContent()).toMatch(/in place of the .+ figure/);
    // The type's field says one of its components now has its own figure.
    expect(await sim(page).locator(`[id="${await typeField.getAttribute('aria-describedby')}"]`).textContent()).toMatch(/1 component of this type has its own figure below/);
    await field.fill('90%');
    await expect.poll(async () => (await shownRow(page, service.id)).availability).toBeCloseTo(after.availability, 12);

    // A bad figure: kept, said at its field, no figures until fixed.
    await field.fill('0,9x');
    expect(await sim(page).getByTestId(`sim-override-${dependency}-error`).textContent()).toBeTruthy();
    expect(await field.inputValue()).toBe('0,9x');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await sim(page).getByTestId('sim-availability-table').count()).toBe(0);
    expect(await sim(page).getByTestId('sim-availability-waiting').textContent()).toContain(file.nodes.find((n) => n.id === dependency)!.label);
    await field.fill('0.9');
    await expect.poll(async () => (await shownRow(page, service.id)).availability).toBeCloseTo(after.availability, 12);

    await sim(page).getByTestId(`sim-override-${dependency}-clear`).click();
    expect(await field.count()).toBe(0);
    await expect.poll(() => sim(page).getByTestId('sim-override-pick').evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(async () => (await shownRow(page, service.id)).availability).toBeCloseTo(service.availability, 12);
    await close(v);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the panel with an override and a refused figure is axe clean (${colorScheme})`, async () => {
      const v = await openTool({ colorScheme });
      await openAvailability(v.page);
      await sim(v.page).getByTestId('sim-override-add').click();
      await sim(v.page).locator('input[data-testid^="sim-override-"]').first().fill('2');
      await sim(v.page).getByTestId('sim-availability-waiting').waitFor();
      expect(await axeViolations(v.page, '[data-testid="sim-availability"]')).toEqual([]);
      await close(v);
    });
  }
});

/** Pastes a scenario (our own JSON) into the import panel and waits until it is drawn. */
async function importJson(page: Page, scenario: object, firstNode: string) {
  await sim(page).locator('summary', { hasText: /Import, export and share/ }).click();
  await sim(page).getByTestId('sim-import-text').fill(JSON.stringify(scenario));
  await sim(page).getByTestId('sim-import-load').click();
  await expect.poll(() => sim(page).locator(`[data-node="${firstNode}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
}

/**
 * P(service up) by enumerating every up/down state of the components, each state's cascade worked out
 * as the contagion engine's README defines it (a node is down when it is down by itself or its rule is
 * broken by down dependencies, repeated until nothing changes), independently of either engine.
 */
function bruteForce(scenario: { nodes: { id: string; rule?: { kind: string } }[]; edges: { from: string; to: string }[] }, own: Record<string, number>, service: string): number {
  const ids = scenario.nodes.map((n) => n.id);
  let total = 0;
  for (let mask = 0; mask < 1 << ids.length; mask++) {
    const down = new Set(ids.filter((_, i) => (mask & (1 << i)) === 0));
    const probability = ids.reduce((p, id, i) => p * ((mask & (1 << i)) !== 0 ? own[id]! : 1 - own[id]!), 1);
    for (let changed = true; changed; ) {
      changed = false;
      for (const node of scenario.nodes) {
        if (down.has(node.id)) continue;
        const deps = scenario.edges.filter((e) => e.from === node.id).map((e) => e.to);
        const broken = node.rule?.kind === 'any' ? deps.length > 0 && deps.every((d) => down.has(d)) : deps.some((d) => down.has(d));
        if (broken) {
          down.add(node.id);
          changed = true;
        }
      }
    }
    if (!down.has(service)) total += probability;
  }
  return total;
}

/** The panel shows the engine's Monte Carlo row for this service, with its reason and its interval. */
async function expectMonteCarloRow(page: Page, expected: ServiceAvailability, exact: number) {
  if (expected.method !== 'monte-carlo') throw new Error(`expected the engine to fall back to Monte Carlo for ${expected.id}`);
  const shown = await shownRow(page, expected.id);
  // The engine's own figures (same trials, same seed): the estimate and the 99% interval.
  expect(shown.availability).toBeCloseTo(expected.availability, 12);
  expect(shown.low).toBeCloseTo(expected.interval[0], 12);
  expect(shown.high).toBeCloseTo(expected.interval[1], 12);
  expect(shown.text).toContain(`99% interval ${(expected.interval[0] * 100).toFixed(4)}% to ${(expected.interval[1] * 100).toFixed(4)}%`);
  // Well-formed, the estimate inside, and the exact answer inside too.
  expect(shown.low!).toBeLessThanOrEqual(shown.availability!);
  expect(shown.availability!).toBeLessThanOrEqual(shown.high!);
  expect(exact).toBeGreaterThanOrEqual(shown.low!);
  expect(exact).toBeLessThanOrEqual(shown.high!);
  // The engine's reason, in its words.
  expect(await sim(page).locator(`tr[data-service="${expected.id}"] td`).nth(2).textContent()).toContain(expected.note);
}

describe('where the engine cannot be exact', () => {
  test('a dependency cycle: the engine’s reason, its 99% interval, and the brute-force answer inside it', async () => {
    const v = await openTool();
    const { page } = v;
    // The app needs either RPC; RPC A and the indexer need each other (the cycle) and share the region with RPC B.
    const scenario = {
      id: 'cycle_case',
      title: 'A small cycle',
      nodes: [
        { id: 'app', label: 'App', type: 'frontend', rule: { kind: 'any' } },
        { id: 'rpc_a', label: 'RPC A', type: 'rpc_provider' },
        { id: 'rpc_b', label: 'RPC B', type: 'rpc_provider' },
        { id: 'idx', label: 'Indexer', type: 'indexer' },
        { id: 'region', label: 'Region', type: 'cloud_region' },
      ],
      edges: [
        { from: 'app', to: 'rpc_a' },
        { from: 'app', to: 'rpc_b' },
        { from: 'rpc_a', to: 'idx' },
        { from: 'idx', to: 'rpc_a' },
        { from: 'rpc_a', to: 'region' },
        { from: 'rpc_b', to: 'region' },
      ],
      trigger: { seeds: ['region'], description: 'The region fails first.' },
    };
    await importJson(page, scenario, 'app');
    await openAvailability(page);
    const imported = (await importScenario(JSON.stringify(scenario), 'json')).scenario as ScenarioInput;
    const report = serviceAvailability(imported, { monteCarlo: { trials: TRIALS } });
    const own = Object.fromEntries(report.components.map((c) => [c.id, c.availability]));
    const expected = report.services.find((s) => s.id === 'app')!;
    expect(expected.method === 'monte-carlo' && expected.reason).toBe('cycle');
    await expectMonteCarloRow(page, expected, bruteForce(scenario, own, 'app'));
    expect(await sim(page).locator('tr[data-service="app"] td').nth(1).textContent()).toMatch(/not defined \(cycle\)/);
    await close(v);
  });

  test('too many shared dependencies for the exact method: the engine’s reason, its 99% interval, and the exact answer inside it', async () => {
    const v = await openTool();
    const { page } = v;
    // A ring: the service needs any of 20 RPCs, each RPC needs two neighbouring servers, each server is
    // shared by two RPCs: 20 shared dependencies, more conditioning than the exact method's budget.
    const k = 20;
    const scenario = {
      id: 'ring_case',
      title: 'A ring of shared servers',
      nodes: [{ id: 'svc', label: 'Service', type: 'wallet', rule: { kind: 'any' } }, ...Array.from({ length: k }, (_, i) => [{ id: `x${i}`, label: `RPC ${i}`, type: 'rpc_provider' }, { id: `d${i}`, label: `Server ${i}`, type: 'server' }]).flat()],
      edges: Array.from({ length: k }, (_, i) => [{ from: 'svc', to: `x${i}` }, { from: `x${i}`, to: `d${i}` }, { from: `x${i}`, to: `d${(i + k - 1) % k}` }]).flat(),
      trigger: { seeds: ['d0'], description: 'One server fails first.' },
    };
    await importJson(page, scenario, 'svc');
    await openAvailability(page);
    // Even odds for every RPC and server, so the interval is wide enough to mean something.
    await sim(page).getByTestId('sim-availability-server').fill('0.5');
    await sim(page).getByTestId('sim-availability-rpc_provider').fill('0.5');
    const imported = (await importScenario(JSON.stringify(scenario), 'json')).scenario as ScenarioInput;
    const report = serviceAvailability(imported, { byType: { server: 0.5, rpc_provider: 0.5 }, monteCarlo: { trials: TRIALS } });
    const expected = report.services.find((s) => s.id === 'svc')!;
    expect(expected.method === 'monte-carlo' && expected.reason).toBe('exact-too-slow');
    await expect.poll(async () => (await shownRow(page, 'svc')).availability, { timeout: 20_000 }).toBeCloseTo(expected.availability, 12);
    // Exact, by conditioning on the 2^20 states of the servers: given them, the RPCs are independent,
    // each up with probability 1/2 when both its servers are up; the service is up when any RPC is.
    const own = report.components.find((c) => c.id === 'svc')!.availability;
    let exact = 0;
    for (let mask = 0; mask < 1 << k; mask++) {
      let noRpc = 1;
      for (let i = 0; i < k; i++) if ((mask >> i) & 1 && (mask >> ((i + k - 1) % k)) & 1) noRpc *= 0.5;
      exact += 0.5 ** k * (1 - noRpc);
    }
    await expectMonteCarloRow(page, expected, own * exact);
    await close(v);
  });

  test('a tree too large to unfold: the engine’s reason, its 99% interval, and the closed-form answer inside it', async () => {
    const v = await openTool();
    const { page } = v;
    // A service over 20 layers of two servers, each needing both servers of the layer below: unfolded,
    // 2^20 paths, far more than the exact method builds. Every rule is "all", so the service is up
    // exactly when all 41 components are up by themselves: the product of their availabilities.
    const depth = 20;
    const layer = (l: number) => [`l${l}a`, `l${l}b`];
    const scenario = {
      id: 'lattice_case',
      title: 'A deep lattice',
      nodes: [{ id: 'svc', label: 'Service', type: 'wallet' }, ...Array.from({ length: depth }, (_, l) => layer(l).map((id) => ({ id, label: id.toUpperCase(), type: 'server' }))).flat()],
      edges: [...layer(0).map((to) => ({ from: 'svc', to })), ...Array.from({ length: depth - 1 }, (_, l) => layer(l).flatMap((from) => layer(l + 1).map((to) => ({ from, to })))).flat()],
      trigger: { seeds: ['l19a'], description: 'A bottom server fails first.' },
    };
    await importJson(page, scenario, 'svc');
    await openAvailability(page);
    const imported = (await importScenario(JSON.stringify(scenario), 'json')).scenario as ScenarioInput;
    const report = serviceAvailability(imported, { monteCarlo: { trials: TRIALS } });
    const expected = report.services.find((s) => s.id === 'svc')!;
    expect(expected.method === 'monte-carlo' && expected.reason).toBe('too-large');
    const closedForm = report.components.reduce((p, c) => p * c.availability, 1);
    await expectMonteCarloRow(page, expected, closedForm);
    await close(v);
  });
});
