/**
 * Card → PNG at build time, with no platform binary: satori lays the card out and turns its text into
 * SVG paths (with Inter from @fontsource/inter, read from node_modules, never the network), and
 * resvg compiled to WebAssembly rasterises it. Both are deterministic, so equal cards give equal bytes;
 * a cache keyed by a hash of the card (drawing included), the renderers' versions and this folder's code skips the work
 * when nothing changed (about 0.15 s a card otherwise).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import satori from 'satori';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { cardElement, type Card } from './card.ts';
import { OG_HEIGHT, OG_WIDTH } from './paths.ts';

const require = createRequire(import.meta.url);
const SUBSETS = ['latin', 'latin-ext', 'greek'] as const;
const WEIGHTS = [400, 700] as const;

/** Unicode ranges the card font covers, from @fontsource/inter's own subset table. */
function coveredRanges(): [number, number][] {
  const table = JSON.parse(readFileSync(require.resolve('@fontsource/inter/unicode.json'), 'utf8')) as Record<string, string>;
  return SUBSETS.flatMap((s) =>
    table[s]!.split(',').map((r) => {
      const [a, b] = r.replace(/U\+/g, '').split('-');
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as [number, number];
    }),
  );
}
let ranges: [number, number][] | undefined;

/** Characters of `text` the card font cannot draw (they would come out as empty boxes). */
export function undrawable(text: string): string[] {
  ranges ??= coveredRanges();
  const r = ranges;
  return [...new Set([...text].filter((c) => !r.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b)))];
}

let ready: Promise<{ fonts: Parameters<typeof satori>[1]['fonts'] }> | undefined;
function setUp() {
  ready ??= (async () => {
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const fonts = SUBSETS.flatMap((subset) =>
      WEIGHTS.map((weight) => ({ name: 'Inter', weight, style: 'normal' as const, data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)) })),
    );
    return { fonts };
  })();
  return ready;
}

/** What makes a rendering different: the renderers' versions and this folder's and the drawings' code. */
function rendererFingerprint(): string {
  const hash = createHash('sha256');
  // A file each package exports, beside its package.json (resvg-wasm does not export package.json).
  for (const file of ['satori/package.json', '@resvg/resvg-wasm/index_bg.wasm', '@fontsource/inter/package.json']) {
    hash.update(`${file}@${JSON.parse(readFileSync(join(dirname(require.resolve(file)), 'package.json'), 'utf8')).version}\n`);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  for (const f of readdirSync(here).sort()) if (f.endsWith('.ts')) hash.update(readFileSync(join(here, f)));
  return hash.digest('hex');
}
let fingerprint: string | undefined;

export function cardKey(card: Card): string {
  fingerprint ??= rendererFingerprint();
  return createHash('sha256').update(fingerprint).update(JSON.stringify(card)).digest('hex').slice(0, 32);
}

export class CardError extends Error {}

/** The card as PNG bytes (1200 × 630). Throws CardError when its text has characters the font lacks. */
export async function renderCard(card: Card): Promise<Uint8Array> {
  const missing = undrawable(`${card.kicker}${card.title}${card.text}`);
  if (missing.length) {
    throw new CardError(`has ${missing.map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}, which the card font (Inter: ${SUBSETS.join(', ')}) cannot draw; write it another way in the title or short definition`);
  }
  const { fonts } = await setUp();
  const svg = await satori(cardElement(card) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}

/** renderCard through a folder of earlier results, keyed by cardKey. */
export async function renderCardCached(card: Card, cacheDir: string): Promise<{ png: Uint8Array; cached: boolean }> {
  const file = join(cacheDir, `${cardKey(card)}.png`);
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  const png = await renderCard(card);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, png);
  return { png, cached: false };
}
