// The availability panel in a real browser: the figures are the engine's, run here in Node on the same
// inputs (the preset's file, or the scenario this test pasted); a component's own availability wins
// over its type's and can be cleared; where the engine cannot be exact (a dependency cycle, a tree too
// large to unfold) the panel gives the engine's reason and its 99% interval, and the exact answer,
// worked out here by brute force or in closed form, lies inside it.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ScenarioInput } from '../../src/engine/contagion/index.ts';
import { serviceAvailability } from '../../src/engine/service-availability/index.ts';
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
    // It starts from its type's figure, and says which figure it replaces.
    const typeField = sim(page).getByTestId(`sim-availability-${file.nodes.find((n) => n.id === dependency)!.type}`);
    expect(await field.inputValue()).toBe(await typeField.inputValue());
    expect(await sim(page).locator(`[data-override="${dependency}"]`).textContent()).toMatch(/in place of the .+ figure/);
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
