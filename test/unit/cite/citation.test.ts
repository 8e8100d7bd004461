// "Cite this page": each format against hand-written examples in the style guides' patterns, BibTeX
// escaping, and the revision reader on a real temporary repository (and without one).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { apa, bibEscape, bibtex, mla, titleCase } from '../../../src/lib/citation.ts';
import { parseHistory, pageVersion } from '../../../src/lib/page-version.ts';

const input = {
  title: 'Single point of failure',
  url: 'https://contagion-atlas.org/terms/single-point-of-failure/',
  date: new Date('2026-08-05T10:00:00Z'),
  revision: '0123456789abcdef0123456789abcdef01234567',
  slug: 'terms-single-point-of-failure',
};

describe('citation formats', () => {
  test('APA 7: Title. (Year, Month Day). In Site. Revision. URL', () => {
    expect(apa(input)).toBe('Single point of failure. (2026, August 5). In Contagion Atlas. Revision 0123456. https://contagion-atlas.org/terms/single-point-of-failure/');
    expect(apa({ ...input, revision: undefined })).toBe('Single point of failure. (2026, August 5). In Contagion Atlas. https://contagion-atlas.org/terms/single-point-of-failure/');
  });

  test('MLA 9: “Title in Title Case.” Site, Day Mon. Year, URL without scheme.', () => {
    expect(mla(input)).toBe('“Single Point of Failure.” Contagion Atlas, 5 Aug. 2026, revision 0123456, contagion-atlas.org/terms/single-point-of-failure/.');
    expect(mla({ ...input, date: new Date('2025-09-30T00:00:00Z'), revision: undefined })).toBe('“Single Point of Failure.” Contagion Atlas, 30 Sept. 2025, contagion-atlas.org/terms/single-point-of-failure/.');
  });

  test('MLA title case keeps acronyms, names and k-of-n, and lowers small words inside', () => {
    expect(titleCase('RPC provider')).toBe('RPC Provider');
    expect(titleCase('k-of-n redundancy')).toBe('k-of-n Redundancy');
    expect(titleCase('AWS us-east-1 DynamoDB DNS outage')).toBe('AWS Us-East-1 DynamoDB DNS Outage');
    expect(titleCase('availability and the nines')).toBe('Availability and the Nines');
    expect(titleCase('the end of it')).toBe('The End of It');
  });

  test('BibTeX: a @misc entry with the version in the note', () => {
    expect(bibtex(input)).toBe(
      [
        '@misc{contagionatlas-terms-single-point-of-failure,',
        '  title        = {Single point of failure},',
        '  author       = {Contagion Atlas},',
        '  organization = {Contagion Atlas},',
        '  year         = 2026,',
        '  month        = aug,',
        '  date         = {2026-08-05},',
        '  url          = {https://contagion-atlas.org/terms/single-point-of-failure/},',
        '  howpublished = {\\url{https://contagion-atlas.org/terms/single-point-of-failure/}},',
        '  note         = {Version of 2026-08-05, revision 0123456}',
        '}',
      ].join('\n'),
    );
  });

  test('BibTeX escapes the characters TeX reads as commands', () => {
    expect(bibEscape('50% of R&D_x #1 {a} $5 ~ ^ \\')).toBe('50\\% of R\\&D\\_x \\#1 \\{a\\} \\$5 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
  });
});

describe('page versions from git', () => {
  test('the first commit naming a file in the log is its latest', () => {
    const log = '\0bbb 2026-02-02T00:00:00+00:00\n\ncontent/a.mdx\n\0aaa 2026-01-01T00:00:00+00:00\n\ncontent/a.mdx\ncontent/b.mdx\n';
    const h = parseHistory(log);
    expect(h.get('content/a.mdx')?.revision).toBe('bbb');
    expect(h.get('content/b.mdx')?.revision).toBe('aaa');
    expect(h.get('content/b.mdx')?.date.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  test('a real repository: the last commit to the file, and no revision for an uncommitted edit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-version-'));
    const git = (args: string[], date = '2026-01-01T00:00:00Z') =>
      execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e', GIT_COMMITTER_DATE: date } }).toString().trim();
    git(['init', '-q']);
    mkdirSync(join(dir, 'content/terms'), { recursive: true });
    writeFileSync(join(dir, 'content/terms/a.mdx'), 'one');
    writeFileSync(join(dir, 'content/terms/b.mdx'), 'one');
    git(['add', '.']);
    git(['commit', '-qm', 'first'], '2026-03-01T12:00:00Z');
    const first = git(['rev-parse', 'HEAD']);
    writeFileSync(join(dir, 'content/terms/a.mdx'), 'two');
    git(['add', '.']);
    git(['commit', '-qm', 'second'], '2026-04-01T12:00:00Z');
    const second = git(['rev-parse', 'HEAD']);
    writeFileSync(join(dir, 'content/terms/b.mdx'), 'edited, not committed');
    const reviewed = new Date('2026-01-15T00:00:00Z');
    expect(first).not.toBe(second);
    expect(pageVersion('content/terms/a.mdx', reviewed, dir)).toEqual({ date: new Date('2026-04-01T12:00:00Z'), revision: second });
    expect(pageVersion('content/terms/b.mdx', reviewed, dir)).toEqual({ date: reviewed });
    expect(pageVersion('content/terms/never-committed.mdx', reviewed, dir)).toEqual({ date: reviewed });
  });

  test('no repository at all: the reviewed date, no revision, no error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-no-git-'));
    const reviewed = new Date('2026-01-15T00:00:00Z');
    expect(pageVersion('content/terms/a.mdx', reviewed, dir)).toEqual({ date: reviewed });
  });
});
