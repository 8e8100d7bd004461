/**
 * Where the rename field goes: centred on the component's drawn shape, at least as wide as a usable
 * field, never wider than the container, and kept inside both the container and the window (on a
 * 360 px phone a component near the edge still gets its whole field on screen). Pure: boxes in, a
 * position relative to the container out.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A field narrower than this cannot show a typical name. */
export const MIN_FIELD_WIDTH = 176;
/** Room around a small shape's width, so the field covers the shape with a margin. */
const MARGIN = 32;

export function renamePlacement(shape: Box, container: Box, fieldHeight: number, windowWidth: number): { left: number; top: number; width: number } {
  // The visible stretch of the container, in its own coordinates.
  const minX = Math.max(0, -container.left);
  const maxX = Math.max(minX, Math.min(container.width, windowWidth - container.left));
  const width = Math.min(maxX - minX, Math.max(shape.width + MARGIN, MIN_FIELD_WIDTH));
  const centreX = shape.left - container.left + shape.width / 2;
  const left = Math.min(Math.max(centreX - width / 2, minX), maxX - width);
  const top = shape.top - container.top + shape.height / 2 - fieldHeight / 2;
  return { left, top: Math.max(0, top), width };
}
