// Search as a reader uses it: the dropdown lists results (title, category, passage with the match
// marked) and no filters; its count agrees with the search page; misspellings find the page meant
// first or offer the right "did you mean"; the A–Z filter says when nothing matches.
import { describe, expect, test } from 'vitest';
import { close, open, useBrowser, type Visit } from './harness.ts';

useBrowser();

const options = (v: Visit) => v.page.locator('#site-search-listbox [role="option"]');
async function typeInHeader(v: Visit, query: string) {
  const input = v.page.locator('#site-search-input');
  await input.fill(query);
  await expect.poll(() => v.page.locator('#site-search-input ~ [data-search-results] .search-status').innerText(), { timeout: 15_000 }).toMatch(/result/);
}

// The page each misspelling means, decided from the content (see test/unit/search/fuzzy-titles.test.ts).
const MISSPELLINGS = [
  { typed: 'cloudfare', word: 'cloudflare', meant: /\/incidents\/cloudflare-20\d\d\/$/ },
  { typed: 'metamsk', word: 'metamask', meant: /\/incidents\/infura-2020-minority-fork\/$/ },
  { typed: 'finallity', word: 'finality', meant: /\/terms\/liveness-and-finality\/$|\/incidents\/ethereum-finality-2023\/$/ },
  { typed: 'validater', word: 'validator', meant: /\/terms\/(validator-hosting-concentration|distributed-validator-technology)\/$/ },
];

describe('search dropdown', () => {
  for (const m of MISSPELLINGS) {
    test(`"${m.typed}" finds the page meant first and offers "did you mean ${m.word}"`, async () => {
      const v = await open('/');
      await typeInHeader(v, m.typed);
      const first = options(v).first();
      expect(await first.getAttribute('href')).toMatch(m.meant);
      const suggestion = v.page.locator('[data-search-results] .search-suggestion');
      expect(await suggestion.innerText()).toBe(`Did you mean ${m.word}?`);
      // Taking the suggestion searches for the word meant, and the page meant is still first.
      await suggestion.getByRole('button').click();
      expect(await v.page.locator('#site-search-input').inputValue()).toBe(m.word);
      await expect.poll(() => first.getAttribute('href')).toMatch(m.meant);
      await expect.poll(() => suggestion.isHidden()).toBe(true);
      await close(v);
    });
  }

  test('lists results with title, category and a marked passage, and no filter chips', async () => {
    const v = await open('/');
    await typeInHeader(v, 'RPC');
    const panel = v.page.locator('[data-search-results]');
    expect(await panel.locator('.chip, button[aria-pressed]').count()).toBe(0);
    const n = await options(v).count();
    expect(n).toBeGreaterThan(1);
    const titles = await options(v).locator('.search-result-title').allInnerTexts();
    expect(new Set(titles).size, 'each page once').toBe(titles.length);
    for (let i = 0; i < n; i++) {
      const o = options(v).nth(i);
      expect(await o.locator('.search-result-title').innerText()).not.toBe('');
      expect(await o.locator('.search-result-category').innerText()).not.toBe('');
      expect((await o.locator('mark').allInnerTexts()).some((t) => /rpc/i.test(t)), `result ${i} marks the match`).toBe(true);
    }
    await close(v);
  });

  test('the dropdown and the search page count the same results', async () => {
    for (const q of ['RPC', 'cloudfare', 'outage']) {
      const v = await open('/');
      await typeInHeader(v, q);
      const dropdown = Number(/(\d+) results?/.exec(await v.page.locator('[data-search-results] .search-status').innerText())![1]);
      const all = v.page.locator('[data-search-results] .search-all');
      if (dropdown > (await options(v).count())) expect(await all.innerText()).toBe(`See all ${dropdown} results`);
      await v.page.goto(`${new URL(v.page.url()).origin}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'networkidle' });
      const status = v.page.locator('[data-search-page-status]');
      await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/results? for/);
      expect(Number(/(\d+) results? for/.exec(await status.innerText())![1]), q).toBe(dropdown);
      // Every result can be shown on the search page, each once.
      const more = v.page.locator('[data-search-page-more]');
      while (await more.isVisible()) {
        const before = await v.page.locator('[data-search-page-results] li').count();
        await more.click();
        await expect.poll(() => v.page.locator('[data-search-page-results] li').count(), { timeout: 15_000 }).toBeGreaterThan(before);
      }
      const hrefs = await v.page.locator('[data-search-page-results] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs.length).toBe(dropdown);
      expect(new Set(hrefs).size).toBe(dropdown);
      await close(v);
    }
  });

  test('the search page offers the same "did you mean"', async () => {
    const v = await open('/search/?q=metamsk');
    const suggestion = v.page.locator('[data-search-page-suggestion]');
    await expect.poll(() => suggestion.innerText(), { timeout: 15_000 }).toBe('Did you mean metamask?');
    expect(await v.page.locator('[data-search-page-results] a').first().getAttribute('href')).toMatch(/\/incidents\/infura-2020-minority-fork\/$/);
    expect(await v.page.locator('[data-search-page-filters] button').count()).toBe(8);
    await close(v);
  });
});

describe('A–Z filter', () => {
  test('says visibly when no term matches and offers the full-text search with the query', async () => {
    const v = await open('/terms/');
    await v.page.getByLabel('Filter terms').fill('cloudfare');
    const empty = v.page.locator('[data-az-empty]');
    await expect.poll(() => empty.isVisible()).toBe(true);
    expect(await empty.innerText()).toMatch(/No term matches “cloudfare”/);
    const link = empty.getByRole('link', { name: /search the full text/i });
    expect(await link.getAttribute('href')).toBe('/search/?q=cloudfare');
    await v.page.getByLabel('Filter terms').fill('nonce');
    await expect.poll(() => empty.isVisible()).toBe(false);
    await close(v);
  });
});

describe('search page input', () => {
  test('an unknown category in the link is named, and every category is searched', async () => {
    const v = await open('/search/?q=oracle&category=Nonsense');
    const status = v.page.locator('[data-search-page-status]');
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/^There is no category “Nonsense”, so every category is searched\. \d+ results? for “oracle”$/);
    expect(await v.page.locator('[data-search-page-filters] [aria-pressed="true"]').count()).toBe(0);
    await close(v);
  });
});

