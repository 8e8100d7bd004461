// "Recently reviewed" on the built home page: the pages with the latest review day, the one changed
// last in git first (asked of git here, file by file, not through the site's history reader), each
// with its review date shown.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isoDate } from '../../src/lib/dates.ts';
import { loadIncidentFiles, loadTermFiles } from '../unit/content-files.ts';

const ROOT = join(import.meta.dirname, '../..');
const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
const git = (args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
// With a shallow clone or without git the site knows only part of the history or none; the order test then checks review days only.
const fullHistory = git(['rev-parse', '--is-shallow-repository']) === 'false';
// One log, read here on its own terms: a line "@<commit time>" per commit, then the files it changed.
const changedAt = new Map<string, number>();
let at = 0;
for (const line of git(['log', '--format=@%ct', '--name-only', '--no-renames', '--', 'content/']).split('\n')) {
  if (line.startsWith('@')) at = Number(line.slice(1)) * 1000;
  else if (line && !changedAt.has(line)) changedAt.set(line, at);
}
const edited = new Set(git(['status', '--porcelain', '--', 'content/']).split('\n').filter(Boolean).map((l) => l.slice(3)));
const lastChange = (file: string) => (edited.has(file) ? 0 : (changedAt.get(file) ?? 0));

const pages = [
  ...loadTermFiles().map((t) => ({ url: `/terms/${t.slug}/`, file: t.file, title: t.data!.title, reviewed: isoDate(t.data!.lastReviewed) })),
  ...loadIncidentFiles().map((i) => ({ url: `/incidents/${i.slug}/`, file: i.file, title: i.data!.title, reviewed: isoDate(i.data!.lastReviewed) })),
];
const shown = [...(/<h2 id="recent-heading">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '').matchAll(/<a href="([^"]+)">[\s\S]*?<time datetime="([\d-]+)">([^<]+)<\/time>/g)]
  .map((m) => ({ url: m[1]!, datetime: m[2]!, text: m[3]! }));

describe('"Recently reviewed" on the home page', () => {
  test('six pages, each with its own review date shown', () => {
    expect(shown).toHaveLength(6);
    for (const s of shown) {
      const page = pages.find((p) => p.url === s.url)!;
      expect(s.datetime, s.url).toBe(page.reviewed);
      expect(s.text).toMatch(/^\d{1,2} \w+ \d{4}$/);
    }
  });

  test('no page shown was reviewed before one left out', () => {
    const oldestShown = shown.map((s) => s.datetime).sort()[0]!;
    const leftOut = pages.filter((p) => !shown.some((s) => s.url === p.url));
    expect(leftOut.filter((p) => p.reviewed > oldestShown).map((p) => p.url)).toEqual([]);
  });

  test('among pages reviewed the same day, the ones changed last in git (by review day only where git has no full history)', () => {
    if (!fullHistory) {
      expect(shown.map((s) => s.datetime)).toEqual(shown.map((s) => s.datetime).sort().reverse());
      return;
    }
    const expected = [...pages]
      .map((p) => ({ ...p, changed: lastChange(p.file) }))
      .sort((a, b) => b.reviewed.localeCompare(a.reviewed) || b.changed - a.changed || a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }))
      .slice(0, 6)
      .map((p) => p.url);
    expect(shown.map((s) => s.url)).toEqual(expected);
  });
});
