/**
 * "Cite this page": the same facts (title, site, date of the version, URL, revision) in APA 7, MLA 9
 * and BibTeX. Pure functions, so each format is tested against hand-written examples of its style guide.
 */
import { SITE_TITLE } from './site.ts';

export interface CitationInput {
  title: string;
  /** absolute URL of the page */
  url: string;
  /** the version's date */
  date: Date;
  /** the revision that version is, when known */
  revision?: string;
  /** used in the BibTeX key */
  slug: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const short = (revision: string) => revision.slice(0, 7);
const version = (c: CitationInput) => (c.revision ? ` Revision ${short(c.revision)}.` : '');

/** APA 7, an entry in a reference work that changes over time: Title. (Year, Month Day). In Site. URL */
export function apa(c: CitationInput): string {
  const d = c.date;
  return `${c.title}. (${d.getUTCFullYear()}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}). In ${SITE_TITLE}.${version(c)} ${c.url}`;
}

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'nor', 'of', 'on', 'or', 'so', 'the', 'to', 'up', 'vs', 'yet']);
/** MLA title case: every major word capitalised, small words lower case unless first or last; acronyms and k-of-n kept. */
export function titleCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((w, i) => {
      if (/[A-Z]/.test(w.slice(1)) || /^[a-z]-/.test(w)) return w; // RPC, DynamoDB, k-of-n
      if (i > 0 && i < words.length - 1 && SMALL.has(w.toLowerCase())) return w.toLowerCase();
      return w.replace(/^(\p{L})/u, (m) => m.toUpperCase()).replace(/-(\p{L})/gu, (m) => m.toUpperCase());
    })
    .join(' ');
}

/** MLA 9: "Title." Site, Day Mon. Year, URL without the scheme. */
export function mla(c: CitationInput): string {
  const d = c.date;
  return `“${titleCase(c.title)}.” ${SITE_TITLE}, ${d.getUTCDate()} ${MLA_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()},${c.revision ? ` revision ${short(c.revision)},` : ''} ${c.url.replace(/^https?:\/\//, '')}.`;
}

/** Characters BibTeX treats specially, escaped; the title in braces so styles keep its capitals. */
const BIB_SPECIAL: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
export function bibEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (ch) => BIB_SPECIAL[ch] ?? `\\${ch}`);
}

export function bibtex(c: CitationInput): string {
  const d = c.date;
  const day = d.toISOString().slice(0, 10);
  const fields: [string, string][] = [
    ['title', `{${bibEscape(c.title)}}`],
    ['author', `{${SITE_TITLE}}`],
    ['organization', `{${SITE_TITLE}}`],
    ['year', `${d.getUTCFullYear()}`],
    ['month', BIB_MONTHS[d.getUTCMonth()]!],
    ['date', `{${day}}`],
    ['url', `{${c.url}}`],
    ['howpublished', `{\\url{${c.url}}}`],
    ['note', `{Version of ${day}${c.revision ? `, revision ${short(c.revision)}` : ''}}`],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  const key = `contagionatlas-${c.slug}`;
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`).join(',\n')}\n}`;
}
