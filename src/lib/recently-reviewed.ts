/**
 * The home page's "Recently reviewed": the pages with the latest review date. Many pages are reviewed
 * on the same day, so among them the one changed last in the repository (page-history.ts) comes first;
 * a page whose history git cannot give comes after those it can, then by title. Pure, for the tests.
 */
export interface ReviewedPage {
  title: string;
  lastReviewed: Date;
  /** when the page's file last changed in git; absent when git cannot say */
  lastChanged?: Date;
}

const day = (d: Date) => Math.floor(d.getTime() / 86_400_000);
/** Without history a page counts as changed at the epoch: after every page git can date. */
const changed = (p: ReviewedPage) => p.lastChanged?.getTime() ?? 0;

export function byRecentReview(a: ReviewedPage, b: ReviewedPage): number {
  return day(b.lastReviewed) - day(a.lastReviewed) || changed(b) - changed(a) || a.title.localeCompare(b.title, 'en', { sensitivity: 'base' });
}

export function recentlyReviewed<T extends ReviewedPage>(pages: readonly T[], count = 6): T[] {
  return [...pages].sort(byRecentReview).slice(0, count);
}
