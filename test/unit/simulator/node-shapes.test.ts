// The simulator's written-out node shapes are exactly d3-shape's symbols at the two sizes it draws.
import { describe, expect, test } from 'vitest';
import { LAYERS } from '../../../src/engine/contagion/index.ts';
import { shapePath as fromD3 } from '../../../src/diagrams/shape-path.ts';
import { SHAPE_PATHS } from '../../../src/features/simulator/node-shapes.ts';

describe('node shapes', () => {
  test.each(LAYERS.flatMap((layer) => ([900, 200] as const).map((size) => [layer, size] as const)))('%s at %i square units is d3-shape\'s symbol', (layer, size) => {
    expect(SHAPE_PATHS[size][layer]).toBe(fromD3(layer, size));
  });
  test('each layer has its own shape', () => {
    expect(new Set(LAYERS.map((l) => SHAPE_PATHS[900][l])).size).toBe(LAYERS.length);
  });
});
