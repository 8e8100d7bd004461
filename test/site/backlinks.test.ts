// "Referenced by" on the built term pages: every snippet is text of the linking page as it is shown
// there (read from that page's HTML, not from the code that cut the snippet), starting where one of its
// sentences starts: at the start of a paragraph, list item or cell, or after a full stop, ! or ?.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadTermFiles } from '../unit/content-files.ts';

const DIST = join(import.meta.dirname, '../../dist');
const read = (slug: string) => readFileSync(join(DIST, `terms/${slug}/index.html`), 'utf8');
const ENTITIES: Record<string, string> = { '&#39;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ' };
/** The page typesets quotes and dashes; snippets keep the source's plain ones. Compare the two on plain characters. */
const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/…/g, '...');
/** Text of a piece of HTML as a reader sees it, without the [n] citation marks (which snippets leave out). */
const text = (html: string) =>
  plain(html.replace(/\s*<sup class="cite">[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, '').replace(/&#39;|&quot;|&amp;|&lt;|&gt;|&nbsp;/g, (e) => ENTITIES[e]!))
    .replace(/\s+/g, ' ')
    .trim();
const blocksOf = (html: string) =>
  [.../<article[\s\S]*?<\/article>/.exec(html)![0].matchAll(/<(p|li|td|th)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => text(m[2]!));

const backlinks = loadTermFiles().flatMap((t) => {
  const section = /<h2 id="backlinks-heading">[\s\S]*?<\/section>/.exec(read(t.slug))?.[0] ?? '';
  return [...section.matchAll(/<a href="\/terms\/([^/"]+)\/">[\s\S]*?<blockquote>([\s\S]*?)<\/blockquote>/g)].map((m) => ({ to: t.slug, from: m[1]!, snippet: text(m[2]!) }));
});

describe('"Referenced by" snippets on the built pages', () => {
  test('there are many to check', () => {
    expect(backlinks.length).toBeGreaterThan(300);
  });

  test('each is the linking page’s own text and starts at a sentence boundary', () => {
    const problems: string[] = [];
    const blocks = new Map<string, string[]>();
    for (const { from, to, snippet } of backlinks) {
      if (!blocks.has(from)) blocks.set(from, blocksOf(read(from)));
      // A sentence that opens with a link may show the term's name in lower case on the page.
      const forms = [snippet, snippet.charAt(0).toLowerCase() + snippet.slice(1)];
      const found = blocks.get(from)!.flatMap((b) => forms.filter((f) => b.includes(f)).map((f) => b.slice(0, b.indexOf(f))));
      if (found.length === 0) problems.push(`${from} → ${to}: not found on ${from}: "${snippet.slice(0, 80)}"`);
      else if (!found.some((before) => before === '' || /[.!?]["')\]]*\s$/.test(before))) {
        problems.push(`${from} → ${to}: starts mid-sentence after "…${found[0]!.slice(-30)}": "${snippet.slice(0, 60)}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});
