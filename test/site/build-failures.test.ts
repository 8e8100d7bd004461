// A build with bad content must fail and name the file. Each case builds a copy
// of the site whose content is a small valid glossary plus one broken file.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const made: string[] = [];

function term(slug: string, patch: { fm?: string; body?: string } = {}) {
  const others = ['alpha', 'beta', 'gamma', 'delta'].filter((s) => s !== slug).slice(0, 3);
  const fm = patch.fm ?? `title: ${slug}
summary: A valid short definition of ${slug}, long enough for the schema to accept it.
category: foundations
related: [${others.join(', ')}]
sources:
  - id: src
    title: A source
    publisher: A publisher
    date: 2024
    url: https://example.org/
added: 2026-01-01
lastReviewed: 2026-01-01`;
  return `---\n${fm}\n---\n\n${patch.body ?? `Links to [[${others[0]}]].`}\n`;
}

// Every build also carries one incident, so the incident pages are built too.
function incident(patch: { related?: string } = {}) {
  return `---
title: An outage
summary: A valid summary of an outage, long enough for the incident schema to accept it.
start: 2024-01-01
end: 2024-01-01
providers: [AWS]
layers: [infrastructure]
failed: [A region]
hit: [{ name: An exchange }]
related: ${patch.related ?? '[alpha]'}
sources:
  - id: src
    title: A source
    publisher: A publisher
    date: 2024
    url: https://example.org/
added: 2026-01-01
lastReviewed: 2026-01-01
---

Illustrates [[alpha]].
`;
}

function buildWith(broken: { slug: string; fm?: string; body?: string; incident?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  made.push(dir);
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The simulator's scenarios and the calculator's presets are part of the site (the tool pages and embeds need them).
  for (const data of ['content/scenarios', 'content/presets']) cpSync(join(ROOT, data), join(dir, data), { recursive: true });
  mkdirSync(join(dir, 'content/terms'), { recursive: true });
  // plus the terms the tool pages link to by name
  const linkedFromTools = ['infrastructure-outage-contagion', 'cascading-failure', 'correlated-failure', 'k-of-n-redundancy'];
  for (const slug of ['alpha', 'beta', 'gamma', 'delta', ...linkedFromTools]) {
    writeFileSync(join(dir, `content/terms/${slug}.mdx`), slug === broken.slug ? term(slug, broken) : term(slug));
  }
  mkdirSync(join(dir, 'content/incidents'), { recursive: true });
  writeFileSync(join(dir, 'content/incidents/an-outage.mdx'), broken.incident ?? incident());
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dir };
}

afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('builds that must fail', () => {
  test('a control build of the small glossary succeeds, and a code block in a term needs no inline style', () => {
    const { status, output, dir } = buildWith({ slug: 'alpha', body: 'Links to [[beta]].\n\n```js\nconst failed = cascade(graph, ["region"]);\n```\n' });
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status).toBe(0);
    const page = readFileSync(join(dir, 'dist/terms/alpha/index.html'), 'utf8');
    expect(page).toContain('<pre');
    expect(page).not.toMatch(/\sstyle="/);
  });

  test('a broken cross-link fails the build, naming the file and target', () => {
    const { status, output } = buildWith({ slug: 'beta', body: 'Links to [[no-such-term]].' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/terms\/beta\.mdx/);
    expect(output).toContain('no-such-term');
  });

  test('invalid frontmatter fails the build, naming the file and field', () => {
    const fm = term('gamma').split('---')[1]!.replace(/summary: .*/, `summary: ${'x'.repeat(300)}`);
    const { status, output } = buildWith({ slug: 'gamma', fm });
    expect(status).not.toBe(0);
    expect(output).toMatch(/gamma/);
    expect(output).toMatch(/summary/);
  });

  test('an incident naming a term that does not exist fails the build, naming the file and field', () => {
    const { status, output } = buildWith({ slug: 'none', incident: incident({ related: '[alpha, ghost]' }) });
    expect(status).not.toBe(0);
    expect(output).toMatch(/an-outage/);
    expect(output).toMatch(/related/);
    expect(output).toContain('ghost');
  });

  test('a related term that does not exist fails the build, naming the file', () => {
    const fm = term('delta').split('---')[1]!.replace(/related: .*/, 'related: [alpha, beta, ghost]');
    const { status, output } = buildWith({ slug: 'delta', fm });
    expect(status).not.toBe(0);
    expect(output).toContain('content/terms/delta.mdx');
    expect(output).toContain('ghost');
  });
}, 120_000);
