/**
 * What the diagrams borrow from the tools, in one place: the simulator's node shapes, type colours and
 * layered rows, and the calculator's way of writing a duration. Diagrams look and read like the tools.
 */
export { shapePath, typeColours } from '../islands/simulator/encoding.ts';
export { layeredLayout } from '../islands/simulator/layout.ts';
export { formatDuration } from '../islands/redundancy/format.ts';
