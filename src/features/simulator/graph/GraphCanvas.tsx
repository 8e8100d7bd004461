/**
 * The dependency graph drawn on a canvas, for graphs too large for one SVG element per node: the same
 * layered layout, edges as thin lines (red once their dependency is not up), nodes as small shapes
 * coloured by type, a red cross and outline for down, a dashed orange outline for degraded. Pan and
 * zoom with d3-zoom; every redraw is batched (one path per colour and state), throttled to one per
 * animation frame, and allocates nothing per node. Click a node to fail or restore it; the table view
 * is the keyboard and screen-reader route to the same actions.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { zoomIdentity, type ZoomTransform } from '../../shared/pan-zoom.ts';
import { usePanZoom } from './use-pan-zoom.ts';
import { LAYERS } from '../../../engine/contagion/index.ts';
import type { GraphSvgProps } from './GraphSvg.tsx';
import { LAYER_NAMES } from '../node-appearance.ts';
import { formatCount } from '../simulator-fields.ts';
import { finishImportTiming } from '../import-export/import-timing.ts';
import {
  nearestNode,
  prepareCanvasGraph,
  statusCodes,
  STATUS_DEGRADED,
  STATUS_DOWN,
  viewOf,
  type CanvasGraph,
  type View,
} from './canvas-model.ts';

export type GraphCanvasProps = Omit<GraphSvgProps, 'id'> & { id?: string };

/** Theme colours, read from the site's custom properties through hidden swatches (see CSS). */
interface Ink {
  bg: string;
  text: string;
  muted: string;
  danger: string;
  warn: string;
  font: string;
}
const INKS = ['bg', 'text', 'muted', 'danger', 'warn'] as const;

interface Scene {
  graph: CanvasGraph;
  code: Uint8Array;
  seed: Uint8Array;
  width: number;
  height: number;
}

export function GraphCanvas({ title, layout, nodes, edges, status, seeds, colours, onToggle, resetKey = 0 }: GraphCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const paletteRef = useRef<HTMLSpanElement>(null);
  const transformRef = useRef<ZoomTransform>(zoomIdentity);
  const sizeRef = useRef({ w: 0, h: 0, dpr: 1 });
  const inkRef = useRef<Ink | null>(null);
  const frameRef = useRef(0);
  const sceneRef = useRef<Scene | null>(null);
  const toggleRef = useRef(onToggle);
  const [hovered, setHovered] = useState(-1);

  const graph = useMemo(() => prepareCanvasGraph(layout, nodes, edges, colours), [layout, nodes, edges, colours]);
  const states = useMemo(() => statusCodes(graph, status, seeds), [graph, status, seeds]);

  // Only reads refs, so one function serves every frame.
  const redraw = useCallback(() => {
    if (frameRef.current) return;
    frameRef.current = requestAnimationFrame(() => {
      frameRef.current = 0;
      const canvas = canvasRef.current;
      const scene = sceneRef.current;
      if (!canvas || !scene) return;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const { w, h, dpr } = sizeRef.current;
      if (w === 0 || h === 0) return;
      inkRef.current ??= readInk(paletteRef.current);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawScene(ctx, scene, viewOf(scene, w, h, transformRef.current), w, h, inkRef.current);
      finishImportTiming(canvas.closest('.sim'), scene.graph.n);
    });
  }, []);

  // Pan and zoom. Plain wheel scrolls the page; Ctrl or Cmd + wheel zooms, as in the SVG view.
  const panZoom = usePanZoom(canvasRef, [0.5, 64], (transform) => {
    transformRef.current = transform;
    redraw();
  });

  // Zoom in until neighbouring nodes are about 120 px apart, and out to half the overview.
  const fitZoom = useCallback(() => {
    const scene = sceneRef.current;
    const { w, h } = sizeRef.current;
    if (!scene || !panZoom.current || w === 0) return;
    const v = viewOf(scene, w, h, zoomIdentity);
    panZoom.current.setScaleExtent(0.5, Math.max(8, 120 / Math.max(1e-9, scene.graph.gap * v.sx)));
  }, [panZoom]);

  useEffect(() => {
    sceneRef.current = { graph, code: states.code, seed: states.seed, width: layout.width, height: layout.height };
    toggleRef.current = onToggle;
    fitZoom();
    redraw();
  }, [graph, states, layout, onToggle, redraw, fitZoom]);

  // Size the backing store to the element (and the device pixel ratio); redraw on resize.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const resize = () => {
      const rect = canvas.getBoundingClientRect();
      const dpr = Math.min(3, window.devicePixelRatio || 1);
      const w = Math.round(rect.width);
      const h = Math.round(rect.height);
      sizeRef.current = { w, h, dpr };
      canvas.width = Math.max(1, Math.round(w * dpr));
      canvas.height = Math.max(1, Math.round(h * dpr));
      fitZoom();
      redraw();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    resize();
    return () => observer.disconnect();
  }, [redraw, fitZoom]);

  useEffect(() => {
    fitZoom();
    return () => {
      cancelAnimationFrame(frameRef.current);
      frameRef.current = 0;
    };
  }, [fitZoom]);

  useEffect(() => {
    panZoom.current?.reset();
  }, [resetKey, layout, panZoom]);

  // Re-read the theme colours when the reader or the system switches between light and dark.
  useEffect(() => {
    const again = () => {
      inkRef.current = null;
      redraw();
    };
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', again);
    const observer = new MutationObserver(again);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    return () => {
      media.removeEventListener('change', again);
      observer.disconnect();
    };
  }, [redraw]);

  const hit = (clientX: number, clientY: number): number => {
    const canvas = canvasRef.current;
    const scene = sceneRef.current;
    if (!canvas || !scene) return -1;
    const rect = canvas.getBoundingClientRect();
    const view = viewOf(scene, sizeRef.current.w, sizeRef.current.h, transformRef.current);
    return nearestNode(scene.graph, view, clientX - rect.left, clientY - rect.top, nodeRadius(scene.graph, view) + 5);
  };

  const up = graph.n - states.down - states.degraded;
  const hoveredText =
    hovered >= 0 && hovered < graph.n
      ? `${graph.labels[hovered]}: ${states.code[hovered] === STATUS_DOWN ? 'down' : states.code[hovered] === STATUS_DEGRADED ? 'degraded' : 'up'}${states.seed[hovered] ? ' (failed by you)' : ''}${onToggle ? ', click to ' + (states.seed[hovered] ? 'restore it' : 'make it fail') : ''}`
      : '';

  return (
    <div className="sim-graph sim-graph-canvas">
      <div className="sim-zoom no-print" role="group" aria-label="Zoom">
        <button type="button" onClick={() => panZoom.current?.zoomBy(1.5)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => panZoom.current?.zoomBy(1 / 1.5)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => panZoom.current?.reset()}>
          Reset view
        </button>
        <span className="sim-hint">Drag to pan; Ctrl + wheel or the buttons to zoom.</span>
      </div>
      <canvas
        ref={canvasRef}
        className={`sim-canvas${hovered >= 0 && onToggle ? ' is-pointing' : ''}`}
        role="img"
        aria-label={`${title}: ${formatCount(graph.n)} components, ${formatCount(states.down)} down, ${formatCount(states.degraded)} degraded, ${formatCount(up)} up.`}
        data-graph-canvas=""
        data-down={states.down}
        data-degraded={states.degraded}
        onClick={(e) => {
          const i = hit(e.clientX, e.clientY);
          if (i >= 0) toggleRef.current?.(graph.ids[i]!);
        }}
        onMouseMove={(e) => {
          const i = hit(e.clientX, e.clientY);
          if (i !== hovered) setHovered(i);
        }}
        onMouseLeave={() => setHovered(-1)}
      />
      <p className="sim-canvas-status" aria-hidden="true">
        {hoveredText || '\u00a0'}
      </p>
      <p className="sim-canvas-caption" data-testid="sim-canvas-caption">
        This graph has {formatCount(graph.n)} components, {formatCount(states.down)} down and {formatCount(states.degraded)} degraded: too many to draw one by one,
        so it is drawn as a picture. Click a component to {onToggle ? 'fail or restore it' : 'see it'}; the Table view lists every component with its state, why it
        failed and a button to fail or restore it.
      </p>
      <span ref={paletteRef} className="sim-ink" hidden>
        {INKS.map((k) => (
          <span key={k} data-ink={k} />
        ))}
      </span>
    </div>
  );
}

function readInk(palette: HTMLElement | null): Ink {
  const ink: Ink = { bg: '#ffffff', text: '#1b1f24', muted: '#4c5561', danger: '#b3261e', warn: '#8a5a00', font: '12px system-ui, sans-serif' };
  if (!palette) return ink;
  for (const k of INKS) {
    const el = palette.querySelector(`[data-ink="${k}"]`);
    if (el) ink[k] = getComputedStyle(el).color || ink[k];
  }
  const cs = getComputedStyle(palette);
  ink.font = `12px ${cs.fontFamily || 'system-ui, sans-serif'}`;
  return ink;
}

/** On-screen radius of a node: grows with the zoom, from a dot to a readable symbol. */
function nodeRadius(graph: CanvasGraph, view: View): number {
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

function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, v: View, w: number, h: number, ink: Ink): void {
  const { graph, code, seed } = scene;
  const { x, y, layer, edgeA, edgeB, soft } = graph;
  const r = nodeRadius(graph, v);
  const margin = r + 40;
  const left = -margin;
  const right = w + margin;
  const top = -margin;
  const bottom = h + margin;

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

  // Edges in four batches: calm or hot (dependency not up), hard or soft.
  const lineWidth = Math.max(0.5, Math.min(2, r * 0.25));
  for (let pass = 0; pass < 4; pass++) {
    const hot = pass >= 2;
    const wantSoft = pass % 2 === 1 ? 1 : 0;
    ctx.beginPath();
    let any = false;
    for (let e = 0; e < edgeA.length; e++) {
      if (soft[e] !== wantSoft) continue;
      const a = edgeA[e]!;
      if ((code[a] !== 0) !== hot) continue;
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
    if (!any) continue;
    ctx.setLineDash(wantSoft ? DASH_SOFT : NO_DASH);
    ctx.strokeStyle = hot ? ink.danger : ink.muted;
    ctx.globalAlpha = hot ? 0.85 : 0.3;
    ctx.lineWidth = hot ? lineWidth * 1.6 : lineWidth;
    ctx.stroke();
  }
  ctx.setLineDash(NO_DASH);

  // Node fills: one path per colour, down nodes paler.
  for (let c = 0; c < graph.colours.length; c++) {
    for (let pass = 0; pass < 2; pass++) {
      const wantDown = pass === 1;
      ctx.beginPath();
      let any = false;
      for (let k = graph.colourStart[c]!; k < graph.colourStart[c + 1]!; k++) {
        const i = graph.order[k]!;
        if ((code[i] === STATUS_DOWN) !== wantDown) continue;
        const sx = v.tx + v.sx * x[i]!;
        const sy = v.ty + v.sy * y[i]!;
        if (!(sx >= left && sx <= right && sy >= top && sy <= bottom)) continue;
        shape(ctx, layer[i]!, sx, sy, r);
        any = true;
      }
      if (!any) continue;
      ctx.fillStyle = graph.colours[c]!;
      ctx.globalAlpha = wantDown ? 0.5 : 1;
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;

  // Outlines and marks, one path per state.
  const outline = (want: number, colour: string, width: number, dash: number[], cross: boolean) => {
    ctx.beginPath();
    let any = false;
    for (let i = 0; i < graph.n; i++) {
      if (code[i] !== want) continue;
      const sx = v.tx + v.sx * x[i]!;
      const sy = v.ty + v.sy * y[i]!;
      if (!(sx >= left && sx <= right && sy >= top && sy <= bottom)) continue;
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
    if (!any) return;
    ctx.setLineDash(dash);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.stroke();
  };
  if (r >= 4) outline(0, ink.text, 0.75, NO_DASH, false);
  outline(STATUS_DEGRADED, ink.warn, Math.max(1.25, r * 0.35), DASH_DEGRADED, false);
  outline(STATUS_DOWN, ink.danger, Math.max(1.25, r * 0.35), NO_DASH, true);

  // Rings round the nodes the reader failed.
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
