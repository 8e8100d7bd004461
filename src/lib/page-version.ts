/**
 * When a content file last changed, and in which revision, from the repository's history at build
 * time: one `git log` over content/ for the whole build. Without git, with a shallow history that does
 * not reach the file, or with uncommitted edits to it, there is no revision to name: the caller falls
 * back to the file's `lastReviewed` date and says so, rather than naming a revision that is not the text.
 */
import { execFileSync } from 'node:child_process';

export interface PageVersion {
  /** the day the file last changed (or was last reviewed, when git cannot say) */
  date: Date;
  /** the commit that last changed the file; absent when git cannot say */
  revision?: string;
}

type History = Map<string, { revision: string; date: Date }>;

/** Parses `git log --format=%x00%H %cI --name-only`: the first commit naming a file is its latest. */
export function parseHistory(log: string): History {
  const history: History = new Map();
  for (const block of log.split('\0').slice(1)) {
    const [head, ...files] = block.split('\n');
    const [revision, iso] = (head ?? '').split(' ');
    if (!revision || !iso) continue;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      if (!history.has(file)) history.set(file, { revision, date: new Date(iso) });
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

const cached = new Map<string, { history: History; dirty: Set<string> }>();

function load(root: string) {
  const log = git(['log', '--format=%x00%H %cI', '--name-only', '--', 'content/'], root);
  const status = git(['status', '--porcelain', '--', 'content/'], root);
  return {
    history: log ? parseHistory(log) : new Map(),
    dirty: new Set((status ?? '').split('\n').filter(Boolean).map((l) => l.slice(3).trim())),
  };
}

/** The version of `file` (relative to the project root, e.g. content/terms/blast-radius.mdx). */
export function pageVersion(file: string, lastReviewed: Date, root = process.cwd()): PageVersion {
  if (!cached.has(root)) cached.set(root, load(root));
  const { history, dirty } = cached.get(root)!;
  const entry = history.get(file);
  if (!entry || dirty.has(file)) return { date: lastReviewed };
  return { date: entry.date, revision: entry.revision };
}
