/**
 * The source URLs of the shared reference file, for the scenario test: every source a scenario cites
 * must be one the reference lists. The repository keeps the list (test/unit/reference-urls.json) so the
 * check is as strict on a clean clone, where ../shared is absent, as beside it.
 */
export const REFERENCE = 'reference/incidents-and-concentration.md';

/** Every http(s) URL in a Markdown text, once each, sorted. */
export function urlsIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s)>`"'|\]]+/g) ?? [])].sort();
}
