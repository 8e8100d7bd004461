/**
 * The browser's node shapes: d3-shape's symbols for each layer (square, diamond, triangle, wye, circle),
 * written out for the two sizes the simulator draws (a node, about 900 square units; a legend key, 200),
 * so the island does not carry d3-shape for five fixed strings. test/unit/simulator/node-shapes.test.ts
 * checks every one against d3-shape itself; build-time drawings of other sizes use d3-shape directly
 * (src/diagrams/shape-path.ts).
 */
import type { Layer } from '../../engine/contagion/index.ts';

export const SHAPE_PATHS: Record<900 | 200, Record<Layer, string>> = {
  900: {
    infrastructure: 'M-15,-15h30v30h-30Z',
    software: 'M0,-27.918L16.119,0L0,27.918L-16.119,0Z',
    chain: 'M0,-26.321L22.795,13.161L-22.795,13.161Z',
    service: 'M8.096,4.674L8.096,20.865L-8.096,20.865L-8.096,4.674L-22.118,-3.422L-14.022,-17.444L0,-9.348L14.022,-17.444L22.118,-3.422Z',
    product: 'M16.926,0A16.926,16.926,0,1,1,-16.926,0A16.926,16.926,0,1,1,16.926,0',
  },
  200: {
    infrastructure: 'M-7.071,-7.071h14.142v14.142h-14.142Z',
    software: 'M0,-13.161L7.598,0L0,13.161L-7.598,0Z',
    chain: 'M0,-12.408L10.746,6.204L-10.746,6.204Z',
    service: 'M3.816,2.203L3.816,9.836L-3.816,9.836L-3.816,2.203L-10.426,-1.613L-6.61,-8.223L0,-4.407L6.61,-8.223L10.426,-1.613Z',
    product: 'M7.979,0A7.979,7.979,0,1,1,-7.979,0A7.979,7.979,0,1,1,7.979,0',
  },
};

/** SVG path of a layer's shape, centred on 0,0, with about `size` square units of area. */
export function shapePath(layer: Layer, size: 900 | 200 = 900): string {
  return SHAPE_PATHS[size][layer];
}
