// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { buildTermIndex } from './src/lib/term-index.ts';
import { wikiLinks } from './src/lib/wikilinks.ts';
import { termRedirects } from './src/lib/redirects.ts';
import { SITE_URL } from './src/lib/site.ts';
import pagefind from './src/integrations/pagefind.ts';
import checkLinks from './src/integrations/check-links.ts';
import ogImages from './src/integrations/og-images.ts';

const termIndex = buildTermIndex(fileURLToPath(new URL('./content/terms/', import.meta.url)));

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  output: 'static',
  // Every page's CSS travels in its HTML: a term page drew on five small stylesheets (site, page, and
  // the two tools' looks its diagram borrows), each a render-blocking request before first paint.
  // Astro hashes the inlined styles into the CSP.
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  redirects: termRedirects(termIndex),
  markdown: {
    processor: satteri({ features: { wikilinks: true }, mdastPlugins: [wikiLinks({ index: termIndex })] }),
    // Shiki colours code with inline style attributes, which the CSP forbids: code blocks stay plain.
    syntaxHighlight: false,
  },
  // Fonts (KaTeX's) stay files: a data: URL would need font-src data: in the CSP. The term and
  // citation previews' script stays a file too: every term and incident page runs it, so the browser
  // caches it once instead of each page's HTML carrying its 1.3 KB.
  vite: { build: { assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) || /ArticlePage\.astro_astro_type_script/.test(file) ? false : undefined) } },
  integrations: [mdx(), react(), sitemap({ filter: (page) => !/\/(definition|term|embed)\//.test(page) }), ogImages(), pagefind(), checkLinks()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
