// The history reader on real temporary git repositories: commits newest first with date and subject,
// and nothing (so pages fall back to lastReviewed) without a repository, for uncommitted edits, and for
// what a shallow clone cannot know.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { LOG_FORMAT, pageHistory, parseHistory } from '../../src/lib/page-history.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'page-history-'));
  dirs.push(d);
  return d;
};
const git = (cwd: string, args: string[], date?: string) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
const write = (root: string, file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};

/** A repository with four commits: a start, then two terms added, one corrected, and a change to src/ only. */
function repository(): string {
  const root = tempDir();
  git(root, ['init', '-q', '-b', 'main']);
  git(root, ['config', 'user.name', 'Test']);
  git(root, ['config', 'user.email', 'test@example.org']);
  const commit = (subject: string, date: string) => {
    git(root, ['add', '-A']);
    git(root, ['commit', '-q', '-m', subject, '-m', 'A body line that is not the subject.'], date);
  };
  write(root, 'README.md', 'start');
  commit('Start', '2026-10-01T10:00:00Z');
  write(root, 'content/terms/a.mdx', 'one');
  write(root, 'content/terms/b.mdx', 'one');
  commit('Add terms a and b', '2026-11-01T10:00:00Z');
  write(root, 'content/terms/a.mdx', 'two');
  commit('a: 37.6% is a share of nodes, not of stake', '2026-12-02T09:30:00Z');
  write(root, 'src/x.ts', 'code');
  commit('Code only', '2026-12-03T08:00:00Z');
  return root;
}

describe('pageHistory', () => {
  const root = repository();

  test('a file’s commits, newest first, with date and subject only', () => {
    const a = pageHistory('content/terms/a.mdx', root);
    expect(a.map((c) => [c.date.toISOString(), c.subject])).toEqual([
      ['2026-12-02T09:30:00.000Z', 'a: 37.6% is a share of nodes, not of stake'],
      ['2026-11-01T10:00:00.000Z', 'Add terms a and b'],
    ]);
    expect(a[0]!.revision).toBe(git(root, ['rev-parse', 'HEAD~1']).trim());
    expect(pageHistory('content/terms/b.mdx', root).map((c) => c.subject)).toEqual(['Add terms a and b']);
    expect(pageHistory('content/terms/none.mdx', root)).toEqual([]);
  });

  test('a file with uncommitted edits names no commit as its last change', () => {
    const dirty = repository();
    write(dirty, 'content/terms/b.mdx', 'edited, not committed');
    expect(pageHistory('content/terms/b.mdx', dirty)).toEqual([]);
    expect(pageHistory('content/terms/a.mdx', dirty)).toHaveLength(2);
  });

  test('without a repository (a tarball) there is no history and no error', () => {
    const plain = tempDir();
    write(plain, 'content/terms/a.mdx', 'one');
    expect(pageHistory('content/terms/a.mdx', plain)).toEqual([]);
  });

  test('a shallow clone drops its graft commit, which git says changed every file', () => {
    const clone = join(tempDir(), 'clone');
    git(tmpdir(), ['clone', '-q', '--depth', '2', `file://${root}`, clone]);
    expect(git(clone, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    // The clone holds "Code only" and the correction; the correction is its graft, so git would list
    // a.mdx and b.mdx as changed in it. Neither is known from this clone.
    expect(pageHistory('content/terms/a.mdx', clone)).toEqual([]);
    expect(pageHistory('content/terms/b.mdx', clone)).toEqual([]);
    const deeper = join(tempDir(), 'clone');
    git(tmpdir(), ['clone', '-q', '--depth', '3', `file://${root}`, deeper]);
    // Three commits: "Add terms" is now the graft, so only the correction is known for a, nothing for b.
    expect(pageHistory('content/terms/a.mdx', deeper).map((c) => c.subject)).toEqual(['a: 37.6% is a share of nodes, not of stake']);
    expect(pageHistory('content/terms/b.mdx', deeper)).toEqual([]);
  });
});

describe('parseHistory', () => {
  test('reads the log format and skips the named commits', () => {
    const log = ['', 'h2\x1f2026-12-02T00:00:00Z\x1fFix a figure\n\ncontent/a.mdx\n', 'h1\x1f2026-11-01T00:00:00Z\x1fAdd\n\ncontent/a.mdx\ncontent/b.mdx\n'].join('\0');
    expect(LOG_FORMAT).toContain('%s');
    const h = parseHistory(log, new Set(['h1']));
    expect(h.get('content/a.mdx')?.map((c) => c.subject)).toEqual(['Fix a figure']);
    expect(h.has('content/b.mdx')).toBe(false);
  });
});
