/**
 * When a content file last changed, and in which revision, for "Cite this page": the newest commit
 * that page-history.ts (the one reader of the repository's history) finds for the file. Without git,
 * in a shallow clone that does not reach the file, or with uncommitted edits to it, there is no
 * revision to name: the caller falls back to the file's `lastReviewed` date and says so, rather than
 * naming a revision that is not the text.
 */
import { pageHistory } from './page-history.ts';

export interface PageVersion {
  /** the day the file last changed (or was last reviewed, when git cannot say) */
  date: Date;
  /** the commit that last changed the file; absent when git cannot say */
  revision?: string;
}

/** The version of `file` (relative to the project root, e.g. content/terms/blast-radius.mdx). */
export function pageVersion(file: string, lastReviewed: Date, root = process.cwd()): PageVersion {
  const latest = pageHistory(file, root)[0];
  return latest ? { date: latest.date, revision: latest.revision } : { date: lastReviewed };
}
