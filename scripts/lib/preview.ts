/**
 * Serves the built dist/ on a free loopback port, the way a static host would:
 * directories serve index.html, unknown paths get 404.html with status 404, and text
 * (HTML, CSS, JavaScript, JSON, SVG) is gzip-compressed when the browser accepts it, as
 * Netlify, Cloudflare Pages and GitHub Pages all do: Lighthouse's simulated slow network
 * would otherwise charge every page for bytes no real visitor downloads.
 * Used by the browser tests and the budget script. (Not `astro preview`: Astro 7
 * allows only one preview server per project, which would stop tests and a
 * reader's own `npm start` from running side by side.)
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeaders } from './static-headers.ts';

export interface Preview {
  url: string;
  stop(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|xml)|image\/svg)/;

/** dist/ does not change while the server runs: compress each file once. */
const gzipCache = new Map<string, Buffer>();
function gzipped(file: string): Buffer {
  let body = gzipCache.get(file);
  if (!body) gzipCache.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
  return body;
}

export async function startPreview(root = process.cwd()): Promise<Preview> {
  const dist = resolve(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  // The host's per-path headers (public/_headers), as Netlify or Cloudflare Pages would send them.
  const headerFile = join(dist, '_headers');
  const rules = existsSync(headerFile) ? parseHeaders(readFileSync(headerFile, 'utf8'), 'dist/_headers') : [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) file = dist; // no escaping the site root
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(dist, '404.html');
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { ...headersFor(rules, path), 'content-type': type, vary: 'accept-encoding' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipped(served);
      res.writeHead(found ? 200 : 404, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) }).end(body);
      return;
    }
    res.writeHead(found ? 200 : 404, headers);
    createReadStream(served).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((ok) => server.close(() => ok())),
  };
}
