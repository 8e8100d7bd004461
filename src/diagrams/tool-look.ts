/**
 * What the diagrams borrow from the tools, in one place: the simulator's node shapes (from the same d3-shape symbols), type colours and
 * layered rows, and the calculator's way of writing a duration. Diagrams look and read like the tools.
 */
export { typeColours } from '../features/simulator/node-appearance.ts';
export { shapePath } from './shape-path.ts';
export { layeredLayout } from '../features/simulator/layered-positions.ts';
export { formatDuration } from '../features/redundancy/result-text.ts';
