/**
 * A drawing as data: where each component sits and the route of each dependency.
 * Presets are laid out at build time and reach the browser as this (no layout code runs for them);
 * a reader's own graph is laid out in the browser into the same shape. `toLayout` turns it into what
 * the SVG drawing reads.
 */
import { LAYERS, type Layer } from '../../../engine/contagion/index.ts';
import type { Layout } from '../layered-positions.ts';

export interface Drawing {
  width: number;
  height: number;
  /** characters per label line the boxes were sized for */
  wrap: number;
  /** each layer's band, as Layout['rows'] (its name is drawn 34 above y) */
  rows: { layer: Layer; y: number }[];
  /** id -> [x, y, index in LAYERS] of the shape's centre */
  nodes: Record<string, [number, number, number]>;
  /** where names go: under the shape (default) or beside it (the phone drawing) */
  labelSide?: 'below' | 'right';
  /** the phone drawing (layout/narrow-drawing.ts) */
  phone?: boolean;
  /** "from>to" -> the route from the dependency to the dependent, as x0, y0, x1, y1, ... */
  edges: Record<string, number[]>;
}

export function toLayout(d: Drawing): Layout {
  const nodes: Layout['nodes'] = new Map();
  for (const [id, [x, y, l]] of Object.entries(d.nodes)) nodes.set(id, { id, x, y, layer: LAYERS[l] ?? 'service' });
  const routes = new Map(Object.entries(d.edges));
  return { nodes, width: d.width, height: d.height, rows: d.rows, routes, wrap: d.wrap, labelSide: d.labelSide, phone: d.phone };
}
