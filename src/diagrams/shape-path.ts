/**
 * A layer's node shape at any size, from d3-shape, for drawings made at build time (the browser uses
 * the same symbols written out for its two sizes: src/features/simulator/node-shapes.ts).
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye } from 'd3-shape';
import type { Layer } from '../engine/contagion/index.ts';

export const LAYER_SYMBOLS: Record<Layer, Parameters<typeof symbol>[0]> = {
  infrastructure: symbolSquare,
  software: symbolDiamond,
  chain: symbolTriangle,
  service: symbolWye,
  product: symbolCircle,
};

/** SVG path of a layer's shape, centred on 0,0, with about `size` square units of area. */
export function shapePath(layer: Layer, size = 900): string {
  return symbol(LAYER_SYMBOLS[layer], size)() ?? '';
}
