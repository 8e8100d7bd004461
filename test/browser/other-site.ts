/**
 * "Another site" for browser tests of what other sites embed: a server on another port of the loopback
 * interface (so another origin; Chromium lets a page read a loopback origin only from the loopback
 * address space), serving one page.
 */
import { createServer } from 'node:http';
import { afterAll, beforeAll } from 'vitest';

export function useOtherSite(page: (atlas: string) => string, atlas: string): { origin: () => string } {
  let origin = '';
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(atlas)));
  beforeAll(async () => {
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
  return { origin: () => origin };
}
