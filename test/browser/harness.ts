/**
 * Shared browser-test plumbing: one Chromium per file, a fresh context per test,
 * and a record of console errors, page errors, failed requests and any request
 * that leaves the local server (the site must make none).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

export const BASE = inject('baseUrl');

export interface Visit {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

let browser: Browser;

export function useBrowser() {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export async function open(path: string, options: BrowserContextOptions = {}): Promise<Visit> {
  // A context per visit, so cookies and storage never leak between tests.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(BASE).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`third-party request: ${u}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  await page.goto(`${BASE}${path}`, { waitUntil: 'networkidle' });
  return { page, context, problems };
}

export async function close(visit: Visit) {
  expect(visit.problems, 'console errors, page errors, failed or third-party requests').toEqual([]);
  await visit.context.close();
}

/** axe's WCAG 2.2 AA violations on the page, or only within `include` (a CSS selector). */
export async function axeViolations(page: Page, include?: string) {
  // Legacy mode runs axe inside the page itself instead of opening a helper page per call to merge
  // frame results: 1-1.5 s less per call here, and these pages have no cross-origin frames to merge.
  const builder = new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}
