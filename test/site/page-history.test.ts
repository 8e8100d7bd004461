// "History" on built term and incident pages: the latest commits that changed the page's file, as git
// reports them when asked here directly, each dated and linked, and a link to the file's full history.
// (Without git the section is absent: the control build in build-failures.test.ts checks that.)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPOSITORY_URL } from '../../src/lib/site.ts';

const ROOT = join(import.meta.dirname, '../..');
const git = (args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const shallow = git(['rev-parse', '--is-shallow-repository']) === 'true';

describe('History on the built pages', () => {
  for (const [url, file] of [['terms/blast-radius', 'content/terms/blast-radius.mdx'], ['incidents/cloudflare-2022', 'content/incidents/cloudflare-2022.mdx']] as const) {
    test(`${url}: the last three commits that changed ${file}, newest first`, () => {
      const html = readFileSync(join(ROOT, 'dist', url, 'index.html'), 'utf8');
      const section = /<section class="page-history"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      const edited = git(['status', '--porcelain', '--', file]) !== '';
      if (shallow || edited) {
        // This checkout cannot vouch for the file's history (see page-history.ts); the page must not pretend to.
        expect(section === '' || !edited).toBe(true);
        return;
      }
      // Days in UTC, as the site writes them.
      const log = git(['log', '-3', '--format=%H %cI', '--', file]).split('\n').map((l) => l.split(' ')).map(([hash, iso]) => [hash!, new Date(iso!).toISOString().slice(0, 10)]);
      expect(log.length).toBeGreaterThan(0);
      expect(section).toContain(`Last changed <time datetime="${log[0]![1]}">`);
      if (REPOSITORY_URL) {
        const shown = [...section.matchAll(/<li><time datetime="([\d-]+)">[^<]+<\/time>: <a href="([^"]+)"/g)].map((m) => [m[2], m[1]]);
        expect(shown).toEqual(log.map(([hash, day]) => [`${REPOSITORY_URL}/commit/${hash}`, day]));
        expect(section).toContain(`href="${REPOSITORY_URL}/commits/main/${file}"`);
      } else {
        // No public repository yet: each commit named by its short revision, and no link to a guessed host.
        const shown = [...section.matchAll(/<li><time datetime="([\d-]+)">[^<]+<\/time>:[\s\S]*?<code class="revision">([0-9a-f]{7})<\/code>/g)].map((m) => [m[2], m[1]]);
        expect(shown).toEqual(log.map(([hash, day]) => [hash!.slice(0, 7), day]));
        expect(section).not.toContain('href=');
      }
    });
  }
});
