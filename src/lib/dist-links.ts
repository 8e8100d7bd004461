/**
 * Finds internal links in a built site that do not resolve: a missing page or
 * file, or a `#fragment` with no element of that id on the target page.
 * Plain Node so the build integration and the tests share one implementation.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const HREF = /<(?:a|link)\b[^>]*?\shref="([^"]*)"/g;
const SRC = /<(?:img|script|source)\b[^>]*?\ssrc="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

function htmlFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}

/** Maps a URL path to the file that would serve it, or undefined when none exists. */
function targetFile(root: string, path: string): string | undefined {
  const candidates = path.endsWith('/') ? [join(root, path, 'index.html')] : [join(root, path), join(root, path, 'index.html'), join(root, `${path}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export function findBrokenLinks(root: string): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decodeEntities(m[1] ?? '')));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const page of htmlFiles(root)) {
    const html = readFileSync(join(root, page), 'utf8');
    const pageDir = `/${page.replace(/index\.html$/, '').replace(/[^/]*\.html$/, '')}`;
    for (const match of [...html.matchAll(HREF), ...html.matchAll(SRC)]) {
      const raw = decodeEntities(match[1] ?? '');
      if (!raw || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue; // external, mailto:, data:
      const [pathAndQuery = '', fragment] = raw.split('#');
      const path = pathAndQuery.split('?')[0] ?? '';
      const absolute = path === '' ? pageDir : path.startsWith('/') ? path : new URL(path, `http://x${pageDir}`).pathname;
      const file = path === '' ? join(root, page) : targetFile(root, decodeURI(absolute));
      if (!file) {
        broken.push({ page, href: raw, reason: 'no such page or file' });
        continue;
      }
      if (fragment && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment))) {
        broken.push({ page, href: raw, reason: `no element with id="${fragment}" on the target page` });
      }
    }
  }
  return broken;
}
