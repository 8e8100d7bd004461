/** Fails the build when any internal link or anchor in dist/ does not resolve. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../lib/dist-links.ts';

export default function checkLinks(): AstroIntegration {
  return {
    name: 'contagion-atlas:check-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const broken = findBrokenLinks(fileURLToPath(dir));
        for (const b of broken) logger.error(`broken link in ${b.page}: ${b.href} (${b.reason})`);
        if (broken.length) throw new Error(`${broken.length} broken internal link(s); see the lines above`);
        logger.info('every internal link and anchor resolves');
      },
    },
  };
}
