// Label placement, checked by brute force: no two primary labels' boxes overlap, no primary label
// covers another node, every primary label is inside the drawing, and a label only becomes
// secondary when every side was blocked.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { labelAt, overlaps, placeLabels, type LabelInput, type LabelMetrics } from '../../../src/features/graph-view/label-positions.ts';

const M: LabelMetrics = { fontSize: 13, lineHeight: 14, charWidth: 0.6, gap: 4, width: 600, height: 400 };
const nodeBox = (n: LabelInput) => ({ x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r });

const nodesArb = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    x: fc.integer({ min: 0, max: 600 }),
    y: fc.integer({ min: 0, max: 400 }),
    r: fc.integer({ min: 3, max: 10 }),
    lines: fc.array(fc.string({ minLength: 1, maxLength: 18 }), { minLength: 1, maxLength: 2 }),
    priority: fc.integer({ min: 0, max: 30 }),
  }),
  { selector: (n) => n.id, minLength: 1, maxLength: 60 },
);

describe('placeLabels', () => {
  test('primary labels never overlap each other or another node, and stay inside', () => {
    fc.assert(
      fc.property(nodesArb, (nodes) => {
        const placed = [...placeLabels(nodes, M).values()];
        const primary = placed.filter((p) => p.primary);
        for (let i = 0; i < primary.length; i++) {
          const b = primary[i]!.box;
          expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= M.width && b.y1 <= M.height).toBe(true);
          for (let j = i + 1; j < primary.length; j++) expect(overlaps(b, primary[j]!.box)).toBe(false);
          for (const n of nodes) if (n.id !== primary[i]!.id) expect(overlaps(b, nodeBox(n))).toBe(false);
        }
      }),
    );
  });

  test('a lone node gets its label on the right; one at the right edge on the left', () => {
    const node = { id: 'a', x: 100, y: 100, r: 5, lines: ['Oracle'], priority: 1 };
    expect(placeLabels([node], M).get('a')).toMatchObject({ side: 'right', anchor: 'start', primary: true });
    expect(placeLabels([{ ...node, x: 595 }], M).get('a')).toMatchObject({ side: 'left', anchor: 'end', primary: true });
  });

  test('of two nodes side by side, the more linked keeps the right and the other moves', () => {
    const hub = { id: 'hub', x: 100, y: 100, r: 5, lines: ['Hub'], priority: 9 };
    const leaf = { id: 'leaf', x: 90, y: 100, r: 5, lines: ['Leaf'], priority: 1 };
    const placed = placeLabels([leaf, hub], M);
    expect(placed.get('hub')!.side).toBe('right');
    expect(placed.get('leaf')!.primary).toBe(true);
    expect(placed.get('leaf')!.side).not.toBe('right');
  });

  test('a label walled in on every side is secondary', () => {
    const centre = { id: 'c', x: 300, y: 200, r: 5, lines: ['Centre label'], priority: 0 };
    // nodes on every candidate box of the centre's label
    const blockers = (['right', 'left', 'below', 'above'] as const).map((side, i) => {
      const b = labelAt(centre, side, M).box;
      return { id: `b${i}`, x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2, r: 3, lines: ['x'], priority: 0 };
    });
    expect(placeLabels([centre, ...blockers], M).get('c')!.primary).toBe(false);
  });

  test('the box is the estimated text size: widest line × char width, lines × line height', () => {
    const at = labelAt({ id: 'a', x: 100, y: 100, r: 5, lines: ['Slashing and ', 'double signing'], priority: 0 }, 'right', M);
    expect(at.box.x1 - at.box.x0).toBeCloseTo(14 * 13 * 0.6);
    expect(at.box.y1 - at.box.y0).toBe(28);
    expect(at.box.x0).toBe(109);
  });
});

describe('preferred sides', () => {
  test('a node tries its own sides in order, and is secondary on its first when none fits', () => {
    const node = { id: 'a', x: 300, y: 200, r: 5, lines: ['Left first'], priority: 1, sides: ['left', 'right'] as const };
    expect(placeLabels([node], M).get('a')).toMatchObject({ side: 'left', primary: true });
    const blocker = { id: 'b', x: 300, y: 200 + 0, r: 200, lines: ['x'], priority: 0, sides: [] };
    expect(placeLabels([node, blocker], M).get('a')).toMatchObject({ side: 'left', primary: false });
  });
});
