// "Recently reviewed" on the home page: the review day first, then the last change in git, then title.
import { describe, expect, test } from 'vitest';
import { recentlyReviewed } from '../../src/lib/recently-reviewed.ts';

const page = (title: string, lastReviewed: string, lastChanged?: string) => ({ title, lastReviewed: new Date(lastReviewed), lastChanged: lastChanged ? new Date(lastChanged) : undefined });

describe('recentlyReviewed', () => {
  test('a later review day wins over a later change', () => {
    const pages = [page('Old review, new change', '2026-12-01', '2026-12-04T12:00:00Z'), page('New review', '2026-12-04', '2026-12-02T00:00:00Z')];
    expect(recentlyReviewed(pages).map((p) => p.title)).toEqual(['New review', 'Old review, new change']);
  });

  test('on the same review day, the page changed last comes first, and pages without history after', () => {
    const pages = [
      page('Alpha', '2026-12-04', '2026-12-04T09:00:00Z'),
      page('Beta', '2026-12-04'),
      page('Gamma', '2026-12-04', '2026-12-04T15:20:00Z'),
      page('Delta', '2026-12-04T00:00:00Z', '2026-12-03T10:00:00Z'),
      page('Aardvark', '2026-12-04'),
    ];
    expect(recentlyReviewed(pages).map((p) => p.title)).toEqual(['Gamma', 'Alpha', 'Delta', 'Aardvark', 'Beta']);
  });

  test('keeps the first n', () => {
    const pages = Array.from({ length: 9 }, (_, i) => page(`P${i}`, `2026-11-0${i + 1}`));
    expect(recentlyReviewed(pages, 3).map((p) => p.title)).toEqual(['P8', 'P7', 'P6']);
  });
});
