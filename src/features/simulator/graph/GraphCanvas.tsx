/**
 * The dependency graph drawn on a canvas, for graphs too large for one SVG element per node: the same
 * layered layout, edges as thin lines (red once their dependency is not up), nodes as small shapes
 * coloured by type, a red cross and outline for down, a dashed orange outline for degraded (canvas-draw.ts).
 * Pan and zoom with d3-zoom; redraws are throttled to one per animation frame, and the part of the picture
 * no state changes is kept as a bitmap of the current view, so a click or a wave redraws only what changed. Click a node to fail or restore it; the table view is the keyboard and screen-reader route
 * to the same actions.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { zoomIdentity, type ZoomTransform } from '../../shared/pan-zoom.ts';
import { usePanZoom } from './use-pan-zoom.ts';
import type { GraphSvgProps } from './GraphSvg.tsx';
import { drawBase, drawOverlay, nodeRadius, type Ink } from './canvas-draw.ts';
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
} from './canvas-model.ts';

export type GraphCanvasProps = Omit<GraphSvgProps, 'id'> & { id?: string };

const INKS = ['bg', 'text', 'muted', 'danger', 'warn'] as const;

interface Scene {
  graph: CanvasGraph;
  code: Uint8Array;
  seed: Uint8Array;
  width: number;
  height: number;
}

interface Size {
  w: number;
  h: number;
  dpr: number;
}

/** What the base drawing depends on; each is replaced, never changed in place, so identity says "unchanged". */
interface BaseKey {
  graph: CanvasGraph;
  size: Size;
  transform: ZoomTransform;
  ink: Ink;
}
const sameBase = (a: BaseKey, b: BaseKey) => a.graph === b.graph && a.size === b.size && a.transform === b.transform && a.ink === b.ink;

/** How long the view must stay put before its base is kept as a bitmap (longer than any pan frame, even on a busy machine). */
const SETTLE_MS = 500;

export function GraphCanvas({ title, layout, nodes, edges, status, seeds, colours, onToggle, resetKey = 0 }: GraphCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const paletteRef = useRef<HTMLSpanElement>(null);
  const transformRef = useRef<ZoomTransform>(zoomIdentity);
  const sizeRef = useRef<Size>({ w: 0, h: 0, dpr: 1 });
  const inkRef = useRef<Ink | null>(null);
  const frameRef = useRef(0);
  const sceneRef = useRef<Scene | null>(null);
  const toggleRef = useRef(onToggle);
  const baseRef = useRef<{ bitmap: HTMLCanvasElement; key: BaseKey } | null>(null);
  const settledRef = useRef(false);
  const settleTimerRef = useRef(0);
  const [hovered, setHovered] = useState(-1);

  const graph = useMemo(() => prepareCanvasGraph(layout, nodes, edges, colours), [layout, nodes, edges, colours]);
  const states = useMemo(() => statusCodes(graph, status, seeds), [graph, status, seeds]);

  // Only reads refs, so one function serves every frame.
  const redraw = useCallback(() => {
    // SETTLE_MS after the last full drawing (a pan, a new graph, a resize), one more, which keeps its base (see below).
    const settle = () => {
      clearTimeout(settleTimerRef.current);
      settleTimerRef.current = window.setTimeout(() => {
        settledRef.current = true;
        redraw();
      }, SETTLE_MS);
    };
    if (frameRef.current) return;
    frameRef.current = requestAnimationFrame(() => {
      frameRef.current = 0;
      const canvas = canvasRef.current;
      const scene = sceneRef.current;
      if (!canvas || !scene) return;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const size = sizeRef.current;
      const { w, h, dpr } = size;
      if (w === 0 || h === 0) return;
      const key: BaseKey = { graph: scene.graph, size, transform: transformRef.current, ink: (inkRef.current ??= readInk(paletteRef.current)) };
      const view = viewOf(scene, w, h, key.transform);
      const base = baseRef.current;
      if (base && sameBase(base.key, key)) {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.drawImage(base.bitmap, 0, 0);
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      } else {
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        drawBase(ctx, key.graph, view, w, h, key.ink);
        // Kept before the overlay is drawn, so the next frame in this view (a click, a wave) starts from it;
        // only once the view has settled: copying makes Chromium rasterise the drawing there and then
        // (~150 ms for 100,000 edges), which every frame of a pan would pay.
        if (settledRef.current) {
          baseRef.current = { bitmap: copyOf(canvas, baseRef.current?.bitmap), key };
          settledRef.current = false;
        } else settle();
      }
      drawOverlay(ctx, scene.graph, scene, view, w, h, key.ink);
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
      clearTimeout(settleTimerRef.current);
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


/** A copy of the canvas's pixels, in `reuse` when there is one. */
function copyOf(canvas: HTMLCanvasElement, reuse?: HTMLCanvasElement): HTMLCanvasElement {
  const copy = reuse ?? document.createElement('canvas');
  if (copy.width !== canvas.width) copy.width = canvas.width;
  if (copy.height !== canvas.height) copy.height = canvas.height;
  const ctx = copy.getContext('2d');
  ctx?.clearRect(0, 0, copy.width, copy.height);
  ctx?.drawImage(canvas, 0, 0);
  return copy;
}
