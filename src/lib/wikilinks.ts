/**
 * Sätteri mdast plugin for `[[target]]` and `[[target|label]]` cross-links.
 * Sätteri parses wiki-links into ordinary link nodes, so we tell them apart by
 * looking at the source text at the node's position. An unknown target throws,
 * which fails the build and names the file.
 */
import { defineMdastPlugin } from 'satteri';
import type { TermIndex } from './term-index.ts';

export function wikiLinks({ index, base = '/terms/' }: { index: TermIndex; base?: string }) {
  return defineMdastPlugin({
    name: 'contagion-atlas-wikilinks',
    options: { position: true },
    link(node, ctx) {
      const start = node.position?.start.offset;
      if (start === undefined || ctx.source.slice(start, start + 2) !== '[[') return;
      const [target = '', fragment] = node.url.split('#');
      const slug = index.resolve(target);
      if (!slug) {
        const file = ctx.fileURL?.pathname ?? 'an MDX file';
        throw new Error(`Broken cross-link [[${node.url}]] in ${file}: no term or alias "${target.trim()}"`);
      }
      const url = `${base}${slug}/${fragment ? `#${fragment}` : ''}`;
      const hProperties = { className: ['term-link'], dataTerm: slug };
      const raw = ctx.source.slice(start, node.position?.end.offset);
      if (raw.includes('|')) {
        ctx.setProperty(node, 'url', url);
        ctx.setProperty(node, 'data', { hProperties });
      } else {
        // A bare [[target]] reads as the term's own name, not as the slug or alias typed.
        const text = index.entries.get(slug)?.linkText ?? target;
        ctx.replaceNode(node, { type: 'link', url, children: [{ type: 'text', value: text }], data: { hProperties } });
      }
    },
  });
}
