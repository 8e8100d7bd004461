/**
 * Renders the OpenGraph image of every built page (see src/og/): after the build, each page whose head
 * names an image under /og/ gets it, drawn from the page's own title and description. Cached by content
 * hash in node_modules/.cache/og-images, so an unchanged card costs a file copy. A card whose text the
 * font cannot draw fails the build, naming the page and the character.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CardError, renderCardCached } from '../og/render.ts';
import { siteCards } from '../og/site-cards.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The content of <meta property|name="key" content="…"> in a page, decoded. */
export function metaContent(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return tag ? decodeEntities(tag[1]!) : undefined;
}

export default function ogImages(): AstroIntegration {
  let root = '';
  return {
    name: 'contagion-atlas:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const cardFor = siteCards(join(root, 'content'));
        const cache = join(root, 'node_modules/.cache/og-images');
        const started = performance.now();
        const done = new Set<string>();
        let fresh = 0;
        const problems: string[] = [];
        for (const file of htmlFiles(out).sort()) {
          const html = readFileSync(file, 'utf8');
          const image = metaContent(html, 'og:image');
          if (!image) continue;
          const target = new URL(image).pathname;
          if (!target.startsWith('/og/') || done.has(target)) continue;
          done.add(target);
          // /og/terms/x.png is the image of /terms/x/, /og/index.png of the home page (see src/og/paths.ts).
          const inner = target.slice('/og/'.length, -'.png'.length);
          const page = inner === 'index' ? '/' : `/${inner}/`;
          const title = metaContent(html, 'og:title');
          const description = metaContent(html, 'og:description');
          if (!title || !description) {
            problems.push(`${page}: names an OpenGraph image but has no og:title or og:description to draw it from`);
            continue;
          }
          try {
            const { png, cached } = await renderCardCached(cardFor(page, { title, description }), cache);
            if (!cached) fresh++;
            mkdirSync(join(out, dirname(target)), { recursive: true });
            writeFileSync(join(out, target), png);
          } catch (e) {
            if (!(e instanceof CardError)) throw e;
            problems.push(`${page}: the OpenGraph card ${e.message}`);
          }
        }
        for (const p of problems) logger.error(p);
        if (problems.length) throw new Error(`${problems.length} OpenGraph image(s) could not be drawn; see the lines above`);
        logger.info(`${done.size} OpenGraph images (${fresh} drawn, ${done.size - fresh} from cache) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
