/**
 * Exporting the graph as a file: the SVG with the site's CSS baked into presentation attributes (so
 * it looks the same without the stylesheet), a PNG drawn from that SVG or straight from the canvas,
 * and downloads through a temporary <a download>. Browser only (DOM), but no React.
 */

/** Computed properties copied into attributes; the inherited ones only where they differ from the parent. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'visibility',
] as const;

/** Past this many characters a data: URL may be refused by the browser, so a blob: URL is used. */
const DATA_URL_LIMIT = 1_500_000;

/** The background the graph is drawn on: the first opaque background among its ancestors. */
function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

export interface SvgExport {
  text: string;
  width: number;
  height: number;
}

/**
 * A standalone copy of the graph's SVG: every element carries its computed paint and font as
 * attributes, the pan and zoom are undone (the whole graph is exported), a background is added, and
 * the root gets its namespaces and an intrinsic size.
 */
export function standaloneSvg(svg: SVGSVGElement): SvgExport {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const parentStyle = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = getComputedStyle(original);
    parentStyle.set(original, style);
    const parent = original === svg ? null : original.parentElement ? parentStyle.get(original.parentElement) : null;
    for (const prop of INHERITED) {
      const value = style.getPropertyValue(prop);
      if (!value) continue;
      if (parent && !copy.hasAttribute(prop) && parent.getPropertyValue(prop) === value) continue;
      copy.setAttribute(prop, value);
    }
    const opacity = style.getPropertyValue('opacity');
    if (opacity && opacity !== '1') copy.setAttribute('opacity', opacity);
    if (style.getPropertyValue('display') === 'none') copy.setAttribute('display', 'none');
    if (style.getPropertyValue('text-transform') === 'uppercase' && (original.localName === 'text' || original.localName === 'tspan')) {
      for (const node of copy.childNodes) if (node.nodeType === Node.TEXT_NODE) node.textContent = (node.textContent ?? '').toUpperCase();
    }
    copy.removeAttribute('tabindex');
    copy.removeAttribute('class');
    copy.removeAttribute('style');
  });
  // Undo the pan and zoom: export the whole graph, as laid out.
  for (const child of clone.children) if (child.localName === 'g') child.removeAttribute('transform');

  const box = svg.viewBox.baseVal;
  const width = box && box.width > 0 ? box.width : svg.clientWidth || 800;
  const height = box && box.height > 0 ? box.height : svg.clientHeight || 600;
  const ns = 'http://www.w3.org/2000/svg';
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('x', String(box?.x ?? 0));
  background.setAttribute('y', String(box?.y ?? 0));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', backgroundOf(svg));
  const defs = clone.querySelector(':scope > defs');
  clone.insertBefore(background, defs ? defs.nextSibling : clone.firstChild);
  clone.setAttribute('xmlns', ns);
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('role');
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  return { text, width, height };
}

/** Largest canvas side and area Chromium and Firefox accept without failing. */
const MAX_SIDE = 16_384;
const MAX_AREA = 64_000_000;

/** Scale for a PNG of a w x h picture: 2x, or less when 2x would exceed the canvas limits. */
export function pngScale(width: number, height: number, wanted = 2): number {
  return Math.max(0.05, Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height))));
}

/** Draws the standalone SVG onto a canvas (via a data: image, which the CSP allows) and returns a PNG data: URL or blob. */
export async function svgToPng(svg: SvgExport): Promise<{ blob: Blob | null; dataUrl: string | null; scale: number }> {
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
  await image.decode();
  const scale = pngScale(svg.width, svg.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(svg.width * scale));
  canvas.height = Math.max(1, Math.round(svg.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(image, 0, 0, svg.width, svg.height);
  return { ...(await canvasPng(canvas)), scale };
}

/** A PNG of a canvas: a data: URL when it is small enough, otherwise a blob. */
export async function canvasPng(canvas: HTMLCanvasElement): Promise<{ blob: Blob | null; dataUrl: string | null }> {
  const dataUrl = canvas.toDataURL('image/png');
  if (dataUrl.length <= DATA_URL_LIMIT) return { blob: null, dataUrl };
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  return blob ? { blob, dataUrl: null } : { blob: null, dataUrl };
}

/** A data: URL for text, or null when it is too long for one (use a blob instead). */
export function textDataUrl(text: string, mime: string): string | null {
  // Encoding never shortens text, so a text already over the limit is refused before encoding it (on a
  // 20,000-node scenario, encodeURIComponent of its 9 MB cost a quarter of a second only to be thrown away).
  if (text.length > DATA_URL_LIMIT) return null;
  const url = `data:${mime};charset=utf-8,${encodeURIComponent(text)}`;
  return url.length <= DATA_URL_LIMIT ? url : null;
}

/** Starts a download of a URL (data: or blob:) through a temporary link. */
export function downloadUrl(href: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Downloads text or a blob, through a data: URL when small enough and a short-lived blob: URL otherwise. */
export function downloadData(data: { text: string; mime: string } | { blob: Blob | null; dataUrl: string | null }, fileName: string): void {
  if ('text' in data) {
    const url = textDataUrl(data.text, data.mime);
    if (url) return downloadUrl(url, fileName);
    return downloadBlob(new Blob([data.text], { type: data.mime }), fileName);
  }
  if (data.dataUrl) return downloadUrl(data.dataUrl, fileName);
  if (data.blob) downloadBlob(data.blob, fileName);
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a scenario id: letters, digits, "-" and "_" only. */
export function fileNameFor(id: string, extension: string): string {
  const base = id.replace(/[^a-z0-9_-]+/gi, '-').replace(/^-+|-+$/g, '') || 'scenario';
  return `${base}.${extension}`;
}
