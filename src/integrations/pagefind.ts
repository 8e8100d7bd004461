/**
 * Indexes the built site with Pagefind's Node API after every build (the same
 * approach as Starlight's integration). Only elements inside
 * `data-pagefind-body` are indexed, so navigation chrome stays out of results.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { TITLE_INDEX_PATH, type TitleEntry } from '../lib/title-index.ts';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'contagion-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
        await pagefind.close();
        const linked = addPageIds(join(site, TITLE_INDEX_PATH), join(site, 'pagefind', 'fragment'));
        logger.info(`title index: ${linked} pages linked to their Pagefind ids`);
      },
    },
  };
}

/**
 * Writes each title-index entry's Pagefind page id (the fragment's file name), so search can merge
 * typo-tolerant title matches with Pagefind's results by id. A page missing from Pagefind's index
 * fails the build: its title match could not show a passage or be counted once.
 */
function addPageIds(indexFile: string, fragmentDir: string): number {
  const idOfUrl = new Map<string, string>();
  for (const file of readdirSync(fragmentDir)) {
    const text = gunzipSync(readFileSync(join(fragmentDir, file))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    idOfUrl.set(json.url, file.replace(/\.pf_fragment$/, ''));
  }
  const entries = JSON.parse(readFileSync(indexFile, 'utf8')) as TitleEntry[];
  const missing = entries.filter((e) => !idOfUrl.has(e.u)).map((e) => e.u);
  if (missing.length) throw new Error(`${TITLE_INDEX_PATH}: Pagefind did not index ${missing.join(', ')}`);
  writeFileSync(indexFile, JSON.stringify(entries.map((e) => ({ ...e, p: idOfUrl.get(e.u) }))));
  return entries.length;
}
