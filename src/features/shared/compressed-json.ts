/**
 * JSON text in a URL: deflate-raw compressed, then base64url, so a reader's own scenario or edited
 * systems fit in a share link. Both islands' URL state uses it (simulator-url.ts, calculator-url.ts).
 */

/** Compresses JSON text into a URL-safe string (deflate-raw, base64url). */
export async function encodeModel(json: string): Promise<string> {
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The inverse of encodeModel; rejects anything that is not what it produced. */
export async function decodeModel(encoded: string, maxBytes = 2_000_000): Promise<string> {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) throw new Error('the scenario in the link is not valid base64url');
  const bin = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) throw new Error('the scenario in the link is too large');
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
}
