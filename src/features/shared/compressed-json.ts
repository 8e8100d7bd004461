/**
 * JSON text in a URL: deflate-raw compressed, then base64url, so a reader's own scenario or edited
 * systems fit in a share link. Both islands' URL state uses it (simulator-url.ts, calculator-url.ts).
 */

/**
 * Compresses JSON text into a URL-safe string (deflate-raw, base64url). Given `maxChars`, gives null as
 * soon as the result would be longer, without compressing the rest (a 20,000-node scenario took a fifth
 * of a second to encode in full only to be found too long for a link).
 */
export async function encodeModel(json: string): Promise<string>;
export async function encodeModel(json: string, maxChars: number): Promise<string | null>;
export async function encodeModel(json: string, maxChars = Infinity): Promise<string | null> {
  // base64 writes 4 characters for every 3 bytes (unpadded: ceil(4 * bytes / 3))
  const chunks = await readUpTo(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw')), Math.floor((maxChars * 3) / 4));
  if (!chunks) return null;
  let bin = '';
  for (const chunk of chunks) for (const b of chunk) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The inverse of encodeModel; rejects anything that is not what it produced. */
export async function decodeModel(encoded: string, maxBytes = 2_000_000): Promise<string> {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) throw new Error('the scenario in the link is not valid base64url');
  const bin = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const chunks = await readUpTo(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')), maxBytes);
  if (!chunks) throw new Error('the scenario in the link is too large');
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

/** A byte stream read whole, or null as soon as it passes `maxBytes` (the rest is never made). */
async function readUpTo(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array[] | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}
