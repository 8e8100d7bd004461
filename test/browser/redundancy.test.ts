// The redundancy calculator in Chromium: every preset renders, edits recompute through the engine,
// bad input keeps the last good result, links round-trip, hostile links fall back, the page works
// without JavaScript, and axe finds nothing in light or dark mode. Expected numbers come from running
// the engine here in Node on the same systems, never from copies of the page's output.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { availabilityPercent, workingOf, type SystemDescription } from '../../src/engine/availability/index.ts';
import { PRESET_GROUPS } from '../unit/content-files.ts';
import { evaluate } from '../../src/engine/availability/schema.ts';
import { axeViolations, close, open, useBrowser } from './harness.ts';

useBrowser();
const TOOL = '/tools/redundancy/';
const EMBED_PAGE = '/terms/k-of-n-redundancy/';
const DIGITS = 4;
const shown = (system: SystemDescription) => availabilityPercent(evaluate(system).unavailability, DIGITS);
const quorumGroup = PRESET_GROUPS.find((g) => g.id === 'validator-placement')!;
const spread = quorumGroup.strategies.find((s) => s.id === 'spread-four')!;
const withK = (k: number): SystemDescription => {
  const system = structuredClone(spread.system);
  (system.root as { k: number }).k = k;
  return system;
};

async function ready(page: Page) {
  await page.locator('.rc[data-hydrated="true"][data-restored="true"]').first().waitFor({ timeout: 20_000 });
}
const availability = (page: Page, strategy: string) => page.getByTestId(`rc-${strategy}-result-availability`).innerText();

/** Header cells (th) with a word split across two lines: each word's text must lie on one line. */
function brokenHeaderWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const th of document.querySelectorAll<HTMLElement>('.rc th')) {
      if (th.offsetParent === null) continue; // not shown
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`${m[0]} in “${th.innerText}”`);
        }
      }
    }
    return broken;
  });
}

async function openEditor(page: Page, strategy: string) {
  const details = page.getByTestId(`rc-${strategy}`).locator('details.rc-editor');
  if ((await details.getAttribute('open')) === null) await details.locator(':scope > summary').click();
}

describe('redundancy calculator in Chromium', () => {
  test('every preset group renders each strategy with the engine’s numbers', async () => {
    const v = await open(TOOL);
    await ready(v.page);
    for (const group of PRESET_GROUPS) {
      await v.page.getByTestId('rc-group').selectOption(group.id);
      await expect.poll(() => v.page.locator('.rc').getAttribute('data-group')).toBe(group.id);
      for (const s of group.strategies) {
        expect(await availability(v.page, s.id), `${group.id}/${s.id}`).toBe(shown(s.system));
        expect(await v.page.getByTestId(`rc-${s.id}-result-year`).innerText()).toMatch(/\d/);
      }
      expect(await v.page.locator('.rc-chart-svg rect.rc-bar-correlated').count()).toBe(group.strategies.length);
    }
    await close(v);
  });

  test('a beta factor on the quorum recomputes through the engine; a bad beta shows its message', async () => {
    const v = await open(`${TOOL}?group=validator-placement`);
    await ready(v.page);
    await openEditor(v.page, spread.id);
    const beta = v.page.getByTestId(`rc-${spread.id}-root-beta`);
    await beta.fill('0.1');
    const withBeta = structuredClone(spread.system);
    (withBeta.root as { beta?: number }).beta = 0.1;
    await expect.poll(() => availability(v.page, spread.id)).toBe(shown(withBeta));
    expect(shown(withBeta)).not.toBe(shown(spread.system));
    await beta.fill('2');
    await expect.poll(() => v.page.getByTestId(`rc-${spread.id}-root-beta-error`).innerText()).toMatch(/Above 1/);
    expect(await beta.inputValue()).toBe('2');
    expect(await availability(v.page, spread.id)).toBe(shown(withBeta)); // the last good result stays
    await close(v);
  });

  test('editing k recomputes; a bad k shows its message and keeps the last good result', async () => {
    const v = await open(`${TOOL}?group=validator-placement`);
    await ready(v.page);
    await openEditor(v.page, spread.id);
    const k = v.page.getByTestId(`rc-${spread.id}-root-k`);
    await k.fill('2');
    await expect.poll(() => availability(v.page, spread.id)).toBe(shown(withK(2)));
    expect(shown(withK(2))).not.toBe(shown(spread.system)); // the edit must be visible at all

    await k.fill('5');
    const error = v.page.getByTestId(`rc-${spread.id}-root-k-error`);
    await expect.poll(() => error.innerText()).toMatch(/k is 5 but there are only 4 parts/);
    expect(await k.getAttribute('aria-invalid')).toBe('true');
    expect(await k.getAttribute('aria-describedby')).toContain(await error.getAttribute('id'));
    expect(await k.inputValue()).toBe('5');
    expect(await availability(v.page, spread.id)).toBe(shown(withK(2)));
    expect(await v.page.getByTestId(`rc-${spread.id}-result`).getAttribute('data-stale')).toBe('true');
    await expect.poll(() => v.page.getByTestId(`rc-${spread.id}-result-stale`).isVisible()).toBe(true);

    await k.fill('');
    await expect.poll(() => error.innerText()).toMatch(/^Empty/);
    await k.fill('abc');
    await expect.poll(() => error.innerText()).toMatch(/not a number/);
    await close(v);
  });

  test('failure-domain checkboxes stay folded under where the part lives, and domains above it show as implied', async () => {
    const v = await open(`${TOOL}?group=exchange-hyperscaler`);
    await ready(v.page);
    await openEditor(v.page, 'single-zone');
    // The editor opens on the structure diagram: one box per component.
    const system = PRESET_GROUPS.find((g) => g.id === 'exchange-hyperscaler')!.strategies.find((s) => s.id === 'single-zone')!.system;
    expect(await v.page.locator('[data-testid="rc-single-zone-diagram"] svg .rc-dia-box').count()).toBe(workingOf(system).parts.length);
    const picker = v.page.getByTestId('rc-single-zone-root-0-domains');
    expect(await picker.locator('summary').innerText()).toBe('API gateway lives in: East, zone 1 (inside Region east, Hyperscaler)');
    expect(await picker.locator('input[type=checkbox]').first().isVisible()).toBe(false);
    await picker.locator('summary').click();
    const region = picker.getByLabel(/Region east/);
    expect(await region.isChecked()).toBe(true);
    expect(await region.isDisabled()).toBe(true);
    await close(v);
  });

  test('an availability field validates range as you type', async () => {
    const v = await open(`${TOOL}?group=rpc-access`);
    await ready(v.page);
    await openEditor(v.page, 'single-endpoint');
    const field = v.page.getByTestId('rc-single-endpoint-root-p');
    const before = await availability(v.page, 'single-endpoint');
    // Above 100 cannot be a percentage either (issue 11: 1 to 100 typed bare is read as a percentage).
    await field.fill('150');
    await expect.poll(() => v.page.getByTestId('rc-single-endpoint-root-p-error').innerText()).toMatch(/^Above 1/);
    await field.fill('-1');
    await expect.poll(() => v.page.getByTestId('rc-single-endpoint-root-p-error').innerText()).toMatch(/^Below 0/);
    expect(await availability(v.page, 'single-endpoint')).toBe(before);
    // "99.9" is read as 99.9%, and the field says so.
    await field.fill('99.9');
    await expect.poll(() => v.page.getByTestId('rc-single-endpoint-root-p-note').innerText()).toBe('Read as 99.9% = 0.999.');
    // The endpoint alone is now down 0.1% of the time, so the strategy is down at least that much.
    await expect.poll(async () => Number(await v.page.getByTestId('rc-single-endpoint-result').getAttribute('data-unavailability'))).toBeGreaterThanOrEqual(0.001);
    await close(v);
  });

  test('a share link restores the edited numbers, time convention and SLO', async () => {
    const v = await open(`${TOOL}?group=validator-placement`);
    await ready(v.page);
    await openEditor(v.page, spread.id);
    await v.page.getByTestId(`rc-${spread.id}-root-k`).fill('2');
    await v.page.getByTestId('rc-convention').selectOption('gregorian');
    await v.page.getByTestId('rc-slo').fill('99.95%');
    // The link is rewritten as the state changes (the edits are compressed asynchronously): wait for all three.
    await expect.poll(() => v.page.getByTestId('rc-share').getAttribute('href')).toMatch(/^(?=.*edits=)(?=.*time=gregorian)(?=.*slo=0\.9995)/);
    const href = (await v.page.getByTestId('rc-share').getAttribute('href'))!;
    expect(href).toMatch(/time=gregorian/);
    await close(v);

    const again = await open(href);
    await ready(again.page);
    expect(await again.page.locator('.rc').getAttribute('data-group')).toBe('validator-placement');
    await expect.poll(() => availability(again.page, spread.id)).toBe(shown(withK(2)));
    expect(await again.page.getByTestId('rc-convention').inputValue()).toBe('gregorian');
    expect(await again.page.getByTestId('rc-slo').inputValue()).toBe('0.9995');
    await openEditor(again.page, spread.id);
    expect(await again.page.getByTestId(`rc-${spread.id}-root-k`).inputValue()).toBe('2');
    expect(await again.page.getByRole('alert').count()).toBe(0);
    await close(again);
  });

  test('a hostile link shows a message and falls back to the preset', async () => {
    const bad = `${TOOL}?group=%3Cimg%20src%3Dx%3E&time=lunar&edits=AAAA`;
    const v = await open(bad);
    await ready(v.page);
    const alert = v.page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/does not exist/);
    expect(await alert.innerText()).toMatch(/time convention/);
    const first = PRESET_GROUPS[0]!;
    for (const s of first.strategies) expect(await availability(v.page, s.id)).toBe(shown(s.system));
    await close(v);
  });

  test('an invalid system inside a well-formed link is rejected by the engine’s schema', async () => {
    const { encodeModel } = await import('../../src/features/shared/compressed-json.ts');
    const edits = await encodeModel(JSON.stringify({ [spread.id]: { root: { type: 'k-of-n', k: 9, parts: [{ type: 'component', availability: 7 }] } } }));
    const v = await open(`${TOOL}?group=validator-placement&edits=${edits}`);
    await ready(v.page);
    await expect.poll(() => v.page.getByRole('alert').innerText()).toMatch(/not valid/);
    expect(await availability(v.page, spread.id)).toBe(shown(spread.system));
    await close(v);
  });

  test('without JavaScript the tool and an embed show the default preset’s numbers', async () => {
    const v = await open(TOOL, { javaScriptEnabled: false });
    for (const s of PRESET_GROUPS[0]!.strategies) expect(await availability(v.page, s.id)).toBe(shown(s.system));
    expect(await v.page.locator('.katex math').count()).toBeGreaterThan(5);
    await close(v);
    const embed = await open(EMBED_PAGE, { javaScriptEnabled: false });
    for (const s of quorumGroup.strategies) expect(await availability(embed.page, s.id)).toBe(shown(s.system));
    expect(await embed.page.locator('.rc-share a').getAttribute('href')).toBe(`${TOOL}?group=validator-placement`);
    await close(embed);
  });

  // The working: for one strategy of each kind of block, the steps shown are the engine's, the last step of
  // the independent part ends in evaluate's independent answer and the correlated line in evaluate's answer
  // (evaluate and workingOf are separate paths through the engine). An edit updates the working.
  const WORKING_CASES = [
    { group: 'exchange-hyperscaler', strategy: 'single-zone', kind: 'series' },
    { group: 'rpc-access', strategy: 'three-endpoints-one-region', kind: 'any' },
    { group: 'validator-placement', strategy: 'split-two-two', kind: 'k-of-n' },
    { group: 'stake-hosting', strategy: 'solana-2022', kind: 'threshold' },
  ] as const;
  for (const c of WORKING_CASES) {
    test(`the working of ${c.group}/${c.strategy} (${c.kind}) shows the formula with the engine’s numbers`, async () => {
      const system = PRESET_GROUPS.find((g) => g.id === c.group)!.strategies.find((s) => s.id === c.strategy)!.system;
      const r = evaluate(system);
      const blocks = workingOf(system).blocks;
      const v = await open(`${TOOL}?group=${c.group}`);
      await ready(v.page);
      await v.page.getByTestId(`rc-${c.strategy}-show-working`).click();
      const panel = v.page.getByTestId('rc-working');
      await expect.poll(() => panel.getAttribute('data-strategy')).toBe(c.strategy);
      expect(await v.page.getByTestId('rc-working-strategy').inputValue()).toBe(c.strategy);
      expect(await panel.locator('[data-kind]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(blocks.map((b) => b.kind));
      const last = blocks.length - 1;
      const rootNumbers = await v.page.getByTestId(`rc-working-block-${last}-numbers`).innerText();
      expect(rootNumbers).toMatch(/^(A|U|a|weights) /);
      const independent = availabilityPercent(r.independent!.unavailability, DIGITS);
      expect(rootNumbers.endsWith(`= ${independent}`), `${rootNumbers} should end in = ${independent}`).toBe(true);
      // Every part's value appears in its block's formula (series and any-of list them).
      if (c.kind === 'series') for (const p of blocks[0]!.parts) expect(rootNumbers).toContain(availabilityPercent(p.q, DIGITS));
      expect(await v.page.getByTestId('rc-working-correlated').innerText()).toContain(`A = ${availabilityPercent(r.unavailability, DIGITS)}`);
      // The symbolic formula of the step is there, typeset (MathML inside).
      expect(await panel.locator(`[data-kind="${c.kind}"] .katex math`).count()).toBeGreaterThan(0);
      await close(v);
    });
  }

  test('the working follows an edit', async () => {
    const v = await open(`${TOOL}?group=validator-placement`);
    await ready(v.page);
    await v.page.getByTestId(`rc-${spread.id}-show-working`).click();
    await openEditor(v.page, spread.id);
    await v.page.getByTestId(`rc-${spread.id}-root-k`).fill('2');
    const expected = availabilityPercent(evaluate(withK(2)).independent!.unavailability, DIGITS);
    await expect.poll(() => v.page.getByTestId('rc-working-block-0-numbers').innerText()).toMatch(new RegExp(`^a = [0-9.]+, k = 2, n = 4: .* = ${expected.replace(/[.%]/g, '\\$&')}$`));
    await close(v);
  });

  // The converter at the top: typing reads and converts at once, the text goes into the address, a shared
  // address restores it (validated like typing), and the time convention's note opens from the keyboard.
  test('the converter converts as you type and keeps the text in the address', async () => {
    const v = await open(TOOL);
    await v.page.locator('[data-converter][data-ready="true"]').waitFor();
    const input = v.page.getByTestId('dc-input');
    await input.fill('three nines');
    await expect.poll(() => v.page.getByTestId('dc-reading').innerText()).toBe('Read as 3 nines: 99.9% available.');
    // The Azure downtime table's figures for 99.9%: 43.2 min a month, 8.76 h a year.
    expect(await v.page.getByTestId('dc-month').innerText()).toBe('43 min 12 s');
    expect(await v.page.getByTestId('dc-year').innerText()).toBe('8 h 46 min');
    await input.fill('52.56 min a year');
    await expect.poll(() => v.page.getByTestId('dc-availability').innerText()).toBe('99.99%');
    expect(await v.page.getByTestId('dc-month').innerText()).toBe('4 min 19 s'); // 99.99%: 4.32 min a month
    expect(new URL(v.page.url()).searchParams.get('convert')).toBe('52.56 min a year');
    await input.fill('25 h a day');
    await expect.poll(() => v.page.getByTestId('dc-error').innerText()).toMatch(/longer than a day/);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.inputValue()).toBe('25 h a day'); // nothing the reader typed is lost
    expect(await v.page.getByTestId('dc-availability').innerText()).toBe('99.99%'); // the last readable value stays
    await close(v);
  });

  test('a shared converter address restores the text; a bad one says what is wrong', async () => {
    const v = await open(`${TOOL}?group=rpc-access&convert=${encodeURIComponent('99.95%')}`);
    await v.page.locator('[data-converter][data-ready="true"]').waitFor();
    expect(await v.page.getByTestId('dc-input').inputValue()).toBe('99.95%');
    expect(await v.page.getByTestId('dc-month').innerText()).toBe('21 min 36 s'); // 0.05% of 30 days
    await close(v);
    const bad = await open(`${TOOL}?convert=${encodeURIComponent('<b>lots</b>')}`);
    await bad.page.locator('[data-converter][data-ready="true"]').waitFor();
    expect(await bad.page.getByTestId('dc-input').inputValue()).toBe('<b>lots</b>');
    expect(await bad.page.getByTestId('dc-error').innerText()).toMatch(/^Could not read “<b>lots<\/b>”/);
    await close(bad);
  });

  test('the time convention note opens from the keyboard and closes', async () => {
    const v = await open(TOOL);
    await v.page.locator('[data-converter][data-ready="true"]').waitFor();
    await v.page.locator('.dc-tip-button').focus();
    await v.page.keyboard.press('Enter');
    await expect.poll(() => v.page.getByTestId('dc-tip').isVisible()).toBe(true);
    expect(await v.page.getByTestId('dc-tip').innerText()).toMatch(/30 days and a year 365 days/);
    await v.page.keyboard.press('Escape');
    await expect.poll(() => v.page.getByTestId('dc-tip').isVisible()).toBe(false);
    await close(v);
  });

  // Every page with the calculator, at a phone's width: nothing scrolls sideways, the chart has become its
  // table, and no header is broken inside a word.
  const EMBEDS = ['correlated-failure', 'k-of-n-redundancy', 'single-point-of-failure', 'contagion-mitigation', 'systemic-contagion-resistance'].map((slug) => `/terms/${slug}/`);
  for (const path of [TOOL, ...EMBEDS]) {
    test(`${path} fits a 360 px wide screen`, async () => {
      const v = await open(path, { viewport: { width: 360, height: 800 } });
      await v.page.locator('.rc').first().scrollIntoViewIfNeeded(); // client:visible hydrates on sight
      await ready(v.page);
      if (path === TOOL) await openEditor(v.page, 'three-providers');
      const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await v.page.locator('.rc-chart-svg').first().isVisible()).toBe(false);
      expect(await v.page.locator('table.rc-chart-narrow').first().isVisible()).toBe(true);
      expect(await brokenHeaderWords(v.page)).toEqual([]);
      await close(v);
    });
  }

  test('on a desktop the chart’s text is at least 12 px on screen and cards use the width', async () => {
    const v = await open(TOOL, { viewport: { width: 1366, height: 900 } });
    await v.page.locator('.rc').scrollIntoViewIfNeeded();
    await ready(v.page);
    const sizes = await v.page.locator('.rc-chart-svg').evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    });
    expect(sizes.length).toBeGreaterThan(4);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    const [card, strategies] = await Promise.all([v.page.locator('.rc-card').first().boundingBox(), v.page.locator('.rc-strategies').boundingBox()]);
    expect(card!.width / strategies!.width).toBeGreaterThan(0.95);
    expect(await brokenHeaderWords(v.page)).toEqual([]);
    await close(v);
  });

  test('the chart says what it shows: a log scale whose grid lines are not all tenfold apart', async () => {
    const v = await open(TOOL);
    await ready(v.page);
    const caption = await v.page.getByTestId('rc-chart-scale').innerText();
    expect(caption).toMatch(/Logarithmic scale from /);
    expect(caption).toMatch(/not all the same ratio apart/);
    expect(caption).not.toMatch(/ten times/);
    for (const s of PRESET_GROUPS[0]!.strategies) expect(await v.page.getByTestId(`rc-${s.id}-result-method`).innerText()).not.toMatch(/steps\)|about 1 steps/);
    await close(v);
  });
});

describe('redundancy calculator accessibility (axe, WCAG 2.2 AA)', () => {
  for (const path of [TOOL, EMBED_PAGE]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} in ${colorScheme} mode has no violations, editor and working open`, async () => {
        const v = await open(path, { colorScheme });
        await v.page.locator('.rc').first().scrollIntoViewIfNeeded();
        await ready(v.page);
        const strategy = path === TOOL ? 'three-endpoints-one-region' : spread.id;
        await openEditor(v.page, strategy);
        await v.page.getByTestId(`rc-${strategy}-show-working`).click(); // the working, with its tables
        await v.page.getByTestId('rc-working-parts').waitFor();
        expect(await axeViolations(v.page)).toEqual([]);
        await close(v);
      });
    }
  }
});
