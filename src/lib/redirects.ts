/**
 * Redirects for aliases and for the URL shapes other glossaries use
 * (`/definition/<slug>/`, `/term/<slug>/`), so inbound links keep working.
 */
import type { TermIndex } from './term-index.ts';
import { termUrl } from './site.ts';

export function termRedirects(index: TermIndex): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const slug of index.entries.keys()) {
    redirects[`/definition/${slug}/`] = termUrl(slug);
    redirects[`/term/${slug}/`] = termUrl(slug);
  }
  for (const [alias, slug] of index.aliases) {
    if (index.entries.has(alias)) continue;
    redirects[`/terms/${alias}/`] = termUrl(slug);
    redirects[`/definition/${alias}/`] = termUrl(slug);
  }
  return redirects;
}
