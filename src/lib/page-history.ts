/**
 * What changed in each content file and when, from the repository's history at build time: one
 * `git log` over content/ for the whole build gives every file's commits, newest first, with their
 * dates and subjects. Pages show the last few ("History") and the home page orders pages reviewed on
 * the same day by their last change.
 *
 * Where git cannot say, a file has no history and its page shows its `lastReviewed` date only; the
 * build never fails for it:
 *  - no git, or no repository (a tarball): nothing;
 *  - a shallow clone: its oldest commits are grafts whose parents are missing, so git reports every
 *    file as changed in them; those commits are left out, and a file's list holds only what the clone has;
 *  - a file with uncommitted edits: its text is newer than any commit, so none is named as its last change.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Change {
  revision: string;
  date: Date;
  subject: string;
}

type History = Map<string, Change[]>;

const FIELD = '\x1f';
/** `git log` output: a NUL before each commit, its hash, date and subject separated by FIELD, then the files it changed. */
export const LOG_FORMAT = '%x00%H%x1f%cI%x1f%s';

/** Parses `git log --format=LOG_FORMAT --name-only`, leaving out the commits in `skip` (shallow grafts). */
export function parseHistory(log: string, skip: ReadonlySet<string> = new Set()): History {
  const history: History = new Map();
  for (const block of log.split('\0').slice(1)) {
    const [head = '', ...files] = block.split('\n');
    const [revision, iso, subject = ''] = head.split(FIELD);
    if (!revision || !iso || skip.has(revision)) continue;
    const change = { revision, date: new Date(iso), subject: subject.trim() };
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      const list = history.get(file) ?? [];
      list.push(change);
      history.set(file, list);
    }
  }
  return history;
}

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
}

/** The commits of a shallow clone whose parents it does not have (git keeps them in the `shallow` file). */
function shallowGrafts(root: string): Set<string> {
  if (git(['rev-parse', '--is-shallow-repository'], root)?.trim() !== 'true') return new Set();
  const path = git(['rev-parse', '--git-path', 'shallow'], root)?.trim();
  try {
    return new Set(path ? readFileSync(resolve(root, path), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : []);
  } catch {
    return new Set();
  }
}

const cached = new Map<string, { history: History; dirty: Set<string> }>();

function load(root: string) {
  const top = git(['rev-parse', '--show-toplevel'], root)?.trim();
  // Not inside a repository, or inside one that is not this project's (a tarball unpacked in a home under git).
  if (!top || realpathSync(top) !== realpathSync(root)) return { history: new Map(), dirty: new Set<string>() };
  const log = git(['log', `--format=${LOG_FORMAT}`, '--name-only', '--no-renames', '--', 'content/'], root);
  const status = git(['status', '--porcelain', '--no-renames', '--', 'content/'], root);
  return {
    history: log ? parseHistory(log, shallowGrafts(root)) : new Map(),
    dirty: new Set((status ?? '').split('\n').filter(Boolean).map((l) => l.slice(3).trim())),
  };
}

/** The commits that changed `file` (relative to the project root, e.g. content/terms/blast-radius.mdx), newest first; empty when git cannot say. */
export function pageHistory(file: string, root = process.cwd()): Change[] {
  if (!cached.has(root)) cached.set(root, load(root));
  const { history, dirty } = cached.get(root)!;
  return dirty.has(file) ? [] : (history.get(file) ?? []);
}
