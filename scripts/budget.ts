/**
 * Page-weight and Lighthouse budgets for the built site (`npm run budget`).
 * Weights are measured as the browser fetches them: every script, document and
 * stylesheet a page loads, gzip-compressed at level 9. Lighthouse scores use
 * Debian's Chromium (CHROME_PATH overrides the path).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_FLAGS, CHROME_PATH, launchChromium } from './lib/chromium.ts';
import { startPreview } from './lib/preview.ts';

const KB = 1024;
const TERM = '/terms/infrastructure-outage-contagion/';

interface WeightBudget {
  path: string;
  label: string;
  maxJs: number;
  maxHtmlCss: number;
}
const weightBudgets: WeightBudget[] = [
  { path: TERM, label: 'term page', maxJs: 10 * KB, maxHtmlCss: 50 * KB },
  { path: '/terms/', label: 'A–Z index', maxJs: 10 * KB, maxHtmlCss: 50 * KB },
  { path: '/', label: 'home', maxJs: 10 * KB, maxHtmlCss: 50 * KB },
  // The map of terms: d3-zoom and d3-selection (~17 KB) plus its own script; no React.
  { path: '/graph/', label: 'term map', maxJs: 30 * KB, maxHtmlCss: 50 * KB },
];
const lighthouseBudgets = { performance: 0.98, accessibility: 1, 'best-practices': 1, seo: 1 } as const;
const lighthousePages = ['/', TERM, '/graph/'];

const failures: string[] = [];
const fmt = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

const preview = await startPreview();
try {
  const browser = await launchChromium();
  console.log('Page weight (gzip -9 of what the browser loads):');
  for (const b of weightBudgets) {
    const page = await (await browser.newContext()).newPage();
    const bodies: Promise<{ type: string; url: string; size: number }>[] = [];
    page.on('response', (res) => {
      const type = res.request().resourceType();
      if (['script', 'document', 'stylesheet'].includes(type)) {
        bodies.push(res.body().then((body) => ({ type, url: res.url(), size: gzipSync(body, { level: 9 }).length })));
      }
    });
    await page.goto(`${preview.url}${b.path}`, { waitUntil: 'networkidle' });
    const loaded = await Promise.all(bodies);
    const js = loaded.filter((l) => l.type === 'script').reduce((n, l) => n + l.size, 0);
    const htmlCss = loaded.filter((l) => l.type !== 'script').reduce((n, l) => n + l.size, 0);
    const okJs = js <= b.maxJs;
    const okHtml = htmlCss <= b.maxHtmlCss;
    console.log(`  ${b.label.padEnd(10)} JS ${fmt(js).padStart(8)} / ${fmt(b.maxJs)} ${okJs ? 'ok' : 'OVER'}   HTML+CSS ${fmt(htmlCss).padStart(8)} / ${fmt(b.maxHtmlCss)} ${okHtml ? 'ok' : 'OVER'}`);
    for (const l of loaded) console.log(`      ${l.type.padEnd(10)} ${fmt(l.size).padStart(8)}  ${l.url.replace(preview.url, '')}`);
    if (!okJs) failures.push(`${b.label}: ${fmt(js)} of JavaScript is over ${fmt(b.maxJs)}`);
    if (!okHtml) failures.push(`${b.label}: ${fmt(htmlCss)} of HTML and CSS is over ${fmt(b.maxHtmlCss)}`);

    if (b.path === TERM) {
      // Search loads on first use; report what that costs, outside the page budget.
      const before = bodies.length;
      await page.locator('#site-search-input').fill('cloud');
      await page.locator('#site-search-listbox [role="option"]').first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      const lazy = (await Promise.all(bodies.slice(before))).reduce((n, l) => n + l.size, 0);
      const wasm = 'plus the Pagefind WebAssembly and index chunks';
      console.log(`      search on first use: ${fmt(lazy)} of script (${wasm})`);
    }
    await page.context().close();
  }
  await browser.close();

  console.log('\nLighthouse (Chromium at %s):', CHROME_PATH);
  const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  for (const path of lighthousePages) {
    const report = join(out, `${path.replace(/\W+/g, '_') || 'home'}.json`);
    // Asynchronous on purpose: the preview server runs in this process and must keep answering.
    const run = await promisify(execFile)(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        `${preview.url}${path}`,
        `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`,
        `--only-categories=${Object.keys(lighthouseBudgets).join(',')}`,
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
      ],
      { encoding: 'utf8', env: { ...process.env, CHROME_PATH }, timeout: 180_000 },
    ).catch((e: { stderr?: string; message: string }) => ({ error: e.stderr?.slice(-500) || e.message }));
    if ('error' in run) {
      failures.push(`Lighthouse failed on ${path}: ${run.error}`);
      continue;
    }
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const scores = Object.entries(lighthouseBudgets).map(([cat, min]) => {
      const score: number = lhr.categories[cat].score;
      if (score < min) {
        const audits = lhr.categories[cat].auditRefs
          .map((r: { id: string }) => lhr.audits[r.id])
          .filter((a: { score: number | null; scoreDisplayMode: string }) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
          .map((a: { id: string; score: number }) => `${a.id} ${a.score}`);
        failures.push(`Lighthouse ${cat} on ${path}: ${Math.round(score * 100)} < ${min * 100} (${audits.join(', ')})`);
      }
      return `${cat} ${Math.round(score * 100)}`;
    });
    console.log(`  ${path.padEnd(42)} ${scores.join('  ')}`);
  }
} finally {
  await preview.stop();
}

if (failures.length) {
  console.error(`\nBudget failures:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
