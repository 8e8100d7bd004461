/**
 * The canvas drawing, in two parts so that a click redraws only what it changed. The base does not depend
 * on the nodes' states: row names, every edge as a calm line, every node filled in its colour (outlined
 * once zoomed in). The overlay draws what the states change over it: edges whose dependency is not up,
 * in red (and the nodes they end at, again, so the red line passes under them as in a full drawing),
 * each down or degraded node wiped and drawn again, paler, with its red cross or dashed orange outline,
 * rings round the nodes the reader failed, and the labels. GraphCanvas keeps the base as a bitmap for the
 * current view, copied from the canvas each time the view changes: rasterising 100,000 edges took Chromium ~180 ms a frame,
 * which a click paid in full. Every path is batched (one per colour and state); a frame allocates one byte per node.
 */
import { LAYERS } from '../../../engine/contagion/index.ts';
import { LAYER_NAMES } from '../node-appearance.ts';
import { STATUS_DEGRADED, STATUS_DOWN, type CanvasGraph, type View } from './canvas-model.ts';

/** Theme colours, read from the site's custom properties through hidden swatches (see CSS). */
export interface Ink {
  bg: string;
  text: string;
  muted: string;
  danger: string;
  warn: string;
  font: string;
}

/** What the overlay draws from: one state byte per node (canvas-model.ts statusCodes) and the reader's seeds. */
export interface States {
  code: Uint8Array;
  seed: Uint8Array;
}

/** On-screen radius of a node: grows with the zoom, from a dot to a readable symbol. */
export function nodeRadius(graph: CanvasGraph, view: View): number {
  return Math.max(1.5, Math.min(9, graph.gap * view.sx * 0.22));
}

/**
 * Adds a node's shape (by layer) to the current path, centred on (x, y). Each outline ends with a line back
 * to its start instead of closePath(): in Chromium each closePath() costs time in proportion to the path
 * built so far, and 20,000 shapes in one path took two seconds to fill (a line back takes 0.1 s).
 */
function shape(ctx: CanvasRenderingContext2D, layer: number, x: number, y: number, r: number): void {
  switch (LAYERS[layer]) {
    case 'infrastructure':
      ctx.rect(x - r, y - r, 2 * r, 2 * r);
      return;
    case 'software':
      ctx.moveTo(x, y - r * 1.25);
      ctx.lineTo(x + r * 1.25, y);
      ctx.lineTo(x, y + r * 1.25);
      ctx.lineTo(x - r * 1.25, y);
      ctx.lineTo(x, y - r * 1.25);
      return;
    case 'chain':
      ctx.moveTo(x, y - r * 1.3);
      ctx.lineTo(x + r * 1.2, y + r);
      ctx.lineTo(x - r * 1.2, y + r);
      ctx.lineTo(x, y - r * 1.3);
      return;
    case 'service':
      // A diamond-ish hexagon reads better than a wye at a few pixels.
      ctx.moveTo(x - r, y - r * 0.6);
      ctx.lineTo(x, y - r * 1.2);
      ctx.lineTo(x + r, y - r * 0.6);
      ctx.lineTo(x + r, y + r * 0.6);
      ctx.lineTo(x, y + r * 1.2);
      ctx.lineTo(x - r, y + r * 0.6);
      ctx.lineTo(x - r, y - r * 0.6);
      return;
    default:
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
  }
}

const DASH_SOFT = [4, 3];
const DASH_DEGRADED = [3, 2];
const DASH_SEED = [3, 3];
const NO_DASH: number[] = [];

/** The screen rectangle, widened by a node and its label, outside which nothing is drawn. */
function bounds(r: number, w: number, h: number) {
  const margin = r + 40;
  return { left: -margin, right: w + margin, top: -margin, bottom: h + margin };
}

/** Draws the part of the picture that does not depend on the nodes' states (see the file's comment). */
export function drawBase(ctx: CanvasRenderingContext2D, graph: CanvasGraph, v: View, w: number, h: number, ink: Ink): void {
  const r = nodeRadius(graph, v);
  ctx.globalAlpha = 1;
  ctx.setLineDash(NO_DASH);
  ctx.fillStyle = ink.bg;
  ctx.fillRect(0, 0, w, h);

  // Row names, pinned to the left edge.
  ctx.font = ink.font;
  ctx.fillStyle = ink.muted;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const row of graph.rows) {
    const sy = v.ty + v.sy * row.y;
    if (sy < -20 || sy > h + 30) continue;
    ctx.fillText(LAYER_NAMES[row.layer].toUpperCase(), 8, Math.max(12, sy - r - 8));
  }

  // Every edge, calm, hard and soft in two batches.
  for (let wantSoft = 0; wantSoft < 2; wantSoft++) {
    if (!edgePath(ctx, graph, v, r, w, h, (e) => graph.soft[e] === wantSoft)) continue;
    ctx.setLineDash(wantSoft ? DASH_SOFT : NO_DASH);
    ctx.strokeStyle = ink.muted;
    ctx.globalAlpha = 0.3;
    ctx.lineWidth = edgeWidth(r);
    ctx.stroke();
  }
  ctx.setLineDash(NO_DASH);
  ctx.globalAlpha = 1;

  fillNodes(ctx, graph, v, r, w, h, () => true, 1);
  if (r >= 4) outline(ctx, graph, v, r, w, h, () => true, ink.text, 0.75, NO_DASH, false);
}

/** Draws over the base what the nodes' states change (see the file's comment). */
export function drawOverlay(ctx: CanvasRenderingContext2D, graph: CanvasGraph, { code, seed }: States, v: View, w: number, h: number, ink: Ink): void {
  const r = nodeRadius(graph, v);
  const { edgeA, edgeB, soft } = graph;

  // Edges whose dependency is not up, hard and soft; the nodes they end at are drawn again over them.
  const touched = new Uint8Array(graph.n);
  for (let wantSoft = 0; wantSoft < 2; wantSoft++) {
    if (!edgePath(ctx, graph, v, r, w, h, (e) => soft[e] === wantSoft && code[edgeA[e]!] !== 0)) continue;
    ctx.setLineDash(wantSoft ? DASH_SOFT : NO_DASH);
    ctx.strokeStyle = ink.danger;
    ctx.globalAlpha = 0.85;
    ctx.lineWidth = edgeWidth(r) * 1.6;
    ctx.stroke();
  }
  for (let e = 0; e < edgeA.length; e++) if (code[edgeA[e]!] !== 0) touched[edgeA[e]!] = touched[edgeB[e]!] = 1;
  ctx.setLineDash(NO_DASH);
  ctx.globalAlpha = 1;

  // Down and degraded nodes are wiped (a little wider than their outline) and drawn again; down ones paler.
  wipe(ctx, graph, v, r, w, h, (i) => code[i] !== 0, ink.bg);
  fillNodes(ctx, graph, v, r, w, h, (i) => touched[i] === 1 && code[i] !== STATUS_DOWN, 1);
  fillNodes(ctx, graph, v, r, w, h, (i) => code[i] === STATUS_DOWN, 0.5);
  if (r >= 4) outline(ctx, graph, v, r, w, h, (i) => touched[i] === 1 && code[i] === 0, ink.text, 0.75, NO_DASH, false);
  outline(ctx, graph, v, r, w, h, (i) => code[i] === STATUS_DEGRADED, ink.warn, Math.max(1.25, r * 0.35), DASH_DEGRADED, false);
  outline(ctx, graph, v, r, w, h, (i) => code[i] === STATUS_DOWN, ink.danger, Math.max(1.25, r * 0.35), NO_DASH, true);

  // Rings round the nodes the reader failed.
  const { left, right, top, bottom } = bounds(r, w, h);
  const { x, y } = graph;
  ctx.beginPath();
  let seeds = false;
  for (let i = 0; i < graph.n; i++) {
    if (!seed[i]) continue;
    const sx = v.tx + v.sx * x[i]!;
    const sy = v.ty + v.sy * y[i]!;
    if (!(sx >= left && sx <= right && sy >= top && sy <= bottom)) continue;
    ctx.moveTo(sx + r + 4, sy);
    ctx.arc(sx, sy, r + 4, 0, Math.PI * 2);
    seeds = true;
  }
  if (seeds) {
    ctx.setLineDash(DASH_SEED);
    ctx.strokeStyle = ink.danger;
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  ctx.setLineDash(NO_DASH);

  // Labels once there is room for them (and not too many on screen).
  const spacing = graph.gap * v.sx;
  if (spacing >= 70) {
    const chars = Math.max(4, Math.floor(spacing / 7));
    ctx.font = ink.font;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    let drawn = 0;
    for (let i = 0; i < graph.n && drawn < 800; i++) {
      const sx = v.tx + v.sx * x[i]!;
      const sy = v.ty + v.sy * y[i]!;
      if (!(sx >= 0 && sx <= w && sy >= -20 && sy <= h)) continue;
      const label = graph.labels[i]!;
      ctx.fillStyle = ink.text;
      ctx.fillText(label.length > chars ? `${label.slice(0, chars - 1)}…` : label, sx, sy + r + 4);
      if (code[i] !== 0) {
        ctx.fillStyle = code[i] === STATUS_DOWN ? ink.danger : ink.warn;
        ctx.fillText(code[i] === STATUS_DOWN ? 'DOWN' : 'DEGRADED', sx, sy + r + 18);
      }
      drawn++;
    }
  }
}

const edgeWidth = (r: number) => Math.max(0.5, Math.min(2, r * 0.25));

/** Adds the edges `want` picks and that cross the screen to a new path; false when there are none. */
function edgePath(ctx: CanvasRenderingContext2D, graph: CanvasGraph, v: View, r: number, w: number, h: number, want: (e: number) => boolean): boolean {
  const { x, y, edgeA, edgeB } = graph;
  const { left, right, top, bottom } = bounds(r, w, h);
  ctx.beginPath();
  let any = false;
  for (let e = 0; e < edgeA.length; e++) {
    if (!want(e)) continue;
    const a = edgeA[e]!;
    const b = edgeB[e]!;
    const x1 = v.tx + v.sx * x[a]!;
    const y1 = v.ty + v.sy * y[a]!;
    const x2 = v.tx + v.sx * x[b]!;
    const y2 = v.ty + v.sy * y[b]!;
    if ((x1 < left && x2 < left) || (x1 > right && x2 > right) || (y1 < top && y2 < top) || (y1 > bottom && y2 > bottom)) continue;
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    any = true;
  }
  return any;
}

/** Fills the on-screen nodes `want` picks, one path per colour. */
function fillNodes(ctx: CanvasRenderingContext2D, graph: CanvasGraph, v: View, r: number, w: number, h: number, want: (i: number) => boolean, alpha: number): void {
  const { x, y, layer } = graph;
  const { left, right, top, bottom } = bounds(r, w, h);
  for (let c = 0; c < graph.colours.length; c++) {
    ctx.beginPath();
    let any = false;
    for (let k = graph.colourStart[c]!; k < graph.colourStart[c + 1]!; k++) {
      const i = graph.order[k]!;
      if (!want(i)) continue;
      const sx = v.tx + v.sx * x[i]!;
      const sy = v.ty + v.sy * y[i]!;
      if (!(sx >= left && sx <= right && sy >= top && sy <= bottom)) continue;
      shape(ctx, layer[i]!, sx, sy, r);
      any = true;
    }
    if (!any) continue;
    ctx.fillStyle = graph.colours[c]!;
    ctx.globalAlpha = alpha;
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}

/** Paints the background over the nodes `want` picks, a little wider than their outline. */
function wipe(ctx: CanvasRenderingContext2D, graph: CanvasGraph, v: View, r: number, w: number, h: number, want: (i: number) => boolean, bg: string): void {
  if (!nodePath(ctx, graph, v, r + 1, bounds(r, w, h), want, false)) return;
  ctx.fillStyle = bg;
  ctx.fill();
}

/** Strokes the outlines of the on-screen nodes `want` picks, with a cross through each when `cross`. */
function outline(ctx: CanvasRenderingContext2D, graph: CanvasGraph, v: View, r: number, w: number, h: number, want: (i: number) => boolean, colour: string, width: number, dash: number[], cross: boolean): void {
  if (!nodePath(ctx, graph, v, r, bounds(r, w, h), want, cross)) return;
  ctx.setLineDash(dash);
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.stroke();
  ctx.setLineDash(NO_DASH);
}

/** Adds the shapes of radius `r` of the nodes `want` picks within `box` to a new path; false when there are none. */
function nodePath(ctx: CanvasRenderingContext2D, graph: CanvasGraph, v: View, r: number, box: ReturnType<typeof bounds>, want: (i: number) => boolean, cross: boolean): boolean {
  const { x, y, layer } = graph;
  ctx.beginPath();
  let any = false;
  for (let i = 0; i < graph.n; i++) {
    if (!want(i)) continue;
    const sx = v.tx + v.sx * x[i]!;
    const sy = v.ty + v.sy * y[i]!;
    if (!(sx >= box.left && sx <= box.right && sy >= box.top && sy <= box.bottom)) continue;
    shape(ctx, layer[i]!, sx, sy, r);
    if (cross) {
      const c = r * 0.8 + 1;
      ctx.moveTo(sx - c, sy - c);
      ctx.lineTo(sx + c, sy + c);
      ctx.moveTo(sx + c, sy - c);
      ctx.lineTo(sx - c, sy + c);
    }
    any = true;
  }
  return any;
}
