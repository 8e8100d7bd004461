import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { findBrokenLinks } from '../../src/lib/dist-links.ts';

function site(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'dist-links-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), html);
  }
  return root;
}

test('reports missing pages, missing files and missing anchors, and accepts good links', () => {
  const root = site({
    'index.html': `<a href="/terms/a/">ok</a><a href="/terms/a/#sec">ok anchor</a><a href="#top">ok self</a><span id="top"></span>
      <a href="/terms/missing/">bad page</a><a href="/terms/a/#nope">bad anchor</a><img src="/img/none.png">
      <a href="https://example.org/x">external</a><a href="mailto:x@y.z">mail</a><a href="terms/a/">relative ok</a>`,
    'terms/a/index.html': '<h2 id="sec">S</h2><a href="../../">up</a><a href="../b/">relative bad</a>',
  });
  expect(findBrokenLinks(root)).toEqual([
    { page: 'index.html', href: '/terms/missing/', reason: 'no such page or file' },
    { page: 'index.html', href: '/terms/a/#nope', reason: 'no element with id="nope" on the target page' },
    { page: 'index.html', href: '/img/none.png', reason: 'no such page or file' },
    { page: 'terms/a/index.html', href: '../b/', reason: 'no such page or file' },
  ]);
});
