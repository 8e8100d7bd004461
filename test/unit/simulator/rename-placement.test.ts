// Where the rename field goes over a component: positions worked out by hand for a container on a
// wide screen and on a 360 px phone, and a property that the field always fits the visible stretch.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MIN_FIELD_WIDTH, renamePlacement } from '../../../src/features/simulator/editor/rename-placement.ts';

describe('rename field placement', () => {
  test('centred on the shape, at least the usable width, its middle on the shape’s middle', () => {
    // Container at (100, 50), 800 wide; shape 60x40 at (400, 200): centre x = 430 page = 330 container.
    const place = renamePlacement({ left: 400, top: 200, width: 60, height: 40 }, { left: 100, top: 50, width: 800, height: 600 }, 36, 1280);
    expect(place).toEqual({ left: 330 - 176 / 2, top: 150 + 20 - 18, width: 176 });
    // A wide shape gets the shape's width plus 32.
    expect(renamePlacement({ left: 200, top: 0, width: 300, height: 40 }, { left: 100, top: 0, width: 800, height: 600 }, 36, 1280).width).toBe(332);
  });

  test('a shape at the right edge of a 360 px screen: the field ends at the screen’s edge', () => {
    // Container from 8 to 352 (344 wide); shape at 320..350 page.
    const place = renamePlacement({ left: 320, top: 100, width: 30, height: 30 }, { left: 8, top: 0, width: 344, height: 400 }, 36, 360);
    expect(place.width).toBe(176);
    expect(place.left).toBe(344 - 176);
    expect(8 + place.left + place.width).toBeLessThanOrEqual(360);
  });

  test('a container wider than the screen (scrolled off to the left): the field stays on screen', () => {
    // Container from -200 to 700 on a 360 px window; shape at page x 0..20 (container x 200..220).
    const place = renamePlacement({ left: 0, top: 10, width: 20, height: 20 }, { left: -200, top: 0, width: 900, height: 400 }, 36, 360);
    expect(place.left).toBe(200); // page x 0
    expect(renamePlacement({ left: 340, top: 10, width: 20, height: 20 }, { left: -200, top: 0, width: 900, height: 400 }, 36, 360).left).toBe(560 - 176);
  });

  test('a container narrower than the usable width: the field takes the whole container', () => {
    expect(renamePlacement({ left: 50, top: 10, width: 20, height: 20 }, { left: 0, top: 0, width: 120, height: 200 }, 36, 360)).toEqual({ left: 0, top: 2, width: 120 });
  });

  test('whatever the boxes, the field lies within the container and the window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 200, max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 400 }),
        (containerLeft, containerWidth, windowWidth, at, shapeWidth) => {
          // The container must show on screen for there to be a visible stretch.
          fc.pre(containerLeft < windowWidth && containerLeft + containerWidth > 0);
          const shapeLeft = containerLeft + at * containerWidth;
          const place = renamePlacement({ left: shapeLeft, top: 50, width: shapeWidth, height: 30 }, { left: containerLeft, top: 0, width: containerWidth, height: 500 }, 36, windowWidth);
          const visible = Math.min(containerWidth, windowWidth - containerLeft) - Math.max(0, -containerLeft);
          // Usable where there is room, and never wider than what shows.
          expect(place.width).toBeLessThanOrEqual(visible + 1e-9);
          expect(place.width).toBeGreaterThanOrEqual(Math.min(visible, MIN_FIELD_WIDTH) - 1e-9);
          expect(place.left).toBeGreaterThanOrEqual(-1e-9);
          expect(place.left + place.width).toBeLessThanOrEqual(containerWidth + 1e-9);
          expect(containerLeft + place.left).toBeGreaterThanOrEqual(-1e-9);
          expect(containerLeft + place.left + place.width).toBeLessThanOrEqual(windowWidth + 1e-9);
        },
      ),
    );
  });
});
