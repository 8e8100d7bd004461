// Bad content must fail loudly and say where: the wiki-link plugin names the
// file and target, the schema names the field, the index names alias clashes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { buildTermIndex, defaultLinkText } from '../../src/lib/term-index.ts';
import { termSchema } from '../../src/lib/term-schema.ts';
import { wikiLinks } from '../../src/lib/wikilinks.ts';
import { termRedirects } from '../../src/lib/redirects.ts';

const valid = {
  title: 'Single point of failure',
  summary: 'A component whose failure alone stops the whole system that depends on it.',
  aliases: ['SPOF'],
  category: 'reliability',
  related: ['a', 'b', 'c'],
  sources: [{ id: 'x', title: 'A source', publisher: 'Pub', date: '2024-06', url: 'https://example.org/x' }],
  added: '2026-11-25',
  lastReviewed: '2026-11-25',
};

function termDir(terms: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'terms-'));
  for (const [slug, fm] of Object.entries(terms)) writeFileSync(join(dir, `${slug}.mdx`), `---\n${fm}\n---\nBody.\n`);
  return dir;
}

describe('term schema', () => {
  test('accepts a valid term', () => {
    expect(termSchema.safeParse(valid).success).toBe(true);
  });

  test.each([
    ['summary', { summary: 'x'.repeat(281) }, 'at most 280'],
    ['category', { category: 'weather' }, ''],
    ['related', { related: ['a'] }, 'at least three'],
    ['sources', { sources: [] }, 'at least one source'],
    ['sources.0.url', { sources: [{ ...valid.sources[0], url: 'not a url' }] }, 'http'],
    ['sources.0.date', { sources: [{ ...valid.sources[0], date: '24 June' }] }, 'YYYY'],
    ['lastReviewed', { lastReviewed: 'soon' }, ''],
  ])('rejects a bad %s and names the field', (field, patch, words) => {
    const result = termSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(field);
    expect(issue.message).toContain(words);
  });
});

describe('wiki-links', () => {
  const dir = termDir({ 'single-point-of-failure': 'title: Single point of failure\naliases: [SPOF]', 'failure-domain': 'title: Failure domain' });
  const index = buildTermIndex(dir);
  const compile = (body: string) => mdxToJs(`---\n---\n${body}`, { features: { wikilinks: true }, mdastPlugins: [wikiLinks({ index })] });

  test('resolve by slug, title and alias, with labels and anchors', () => {
    const out = compile('See [[spof]], [[Failure domain|domains]] and [[single-point-of-failure#examples]].').code;
    expect(out).toContain('"/terms/single-point-of-failure/"');
    expect(out).toContain('"/terms/failure-domain/"');
    expect(out).toContain('"/terms/single-point-of-failure/#examples"');
    expect(out).toContain('term-link');
  });

  test('a bare link reads as the term’s name; a labelled one keeps its label', () => {
    const out = compile('See [[spof]] and [[failure-domain|domains]].').code;
    expect(out).toMatch(/"single point of failure"/);
    expect(out).not.toMatch(/"spof"/);
    expect(out).toMatch(/"domains"/);
  });

  test('the mid-sentence form keeps acronyms and lowers a plain first word', () => {
    expect(defaultLinkText('RPC provider')).toBe('RPC provider');
    expect(defaultLinkText('Single point of failure')).toBe('single point of failure');
    expect(defaultLinkText('DeFi composability')).toBe('DeFi composability');
  });

  test('an unknown target throws, naming the target', () => {
    expect(() => compile('Broken [[no such term]].')).toThrow(/Broken cross-link \[\[no such term\]\].*no term or alias "no such term"/);
  });

  test('ordinary Markdown links are left alone', () => {
    expect(compile('[web](https://example.org/)').code).toContain('"https://example.org/"');
  });
});

describe('term index and redirects', () => {
  test('an alias claimed by two terms fails, naming the file', () => {
    const dir = termDir({ alpha: 'title: Alpha\naliases: [Shared]', beta: 'title: Beta\naliases: [shared]' });
    expect(() => buildTermIndex(dir)).toThrow(/beta\.mdx: alias "shared" \(shared\) is already used by the term "alpha"/);
  });

  test('every term gets /definition/ and /term/ redirects, every alias a /terms/ redirect', () => {
    const dir = termDir({ 'single-point-of-failure': 'title: Single point of failure\naliases: [SPOF]' });
    expect(termRedirects(buildTermIndex(dir))).toEqual({
      '/definition/single-point-of-failure/': '/terms/single-point-of-failure/',
      '/term/single-point-of-failure/': '/terms/single-point-of-failure/',
      '/terms/spof/': '/terms/single-point-of-failure/',
      '/definition/spof/': '/terms/single-point-of-failure/',
    });
  });
});
