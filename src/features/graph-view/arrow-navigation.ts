/**
 * Arrow-key navigation on a map: the node to move to from `from` in a direction. Candidates must lie
 * ahead (within about 63° of the direction); the nearest wins, where sideways distance counts double
 * and a linked neighbour counts as 40% nearer, so the arrows tend to walk along links. When nothing
 * lies in the cone, anything ahead will do. Pure, for the browser script and its tests.
 */
export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

export function nearestInDirection(
  from: Placed,
  candidates: readonly Placed[],
  direction: Direction,
  isNeighbour: (id: string) => boolean = () => false,
): Placed | undefined {
  const [ux, uy] = UNIT[direction];
  let best: Placed | undefined;
  let bestScore = Infinity;
  let fallback: Placed | undefined;
  let fallbackScore = Infinity;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const ahead = dx * ux + dy * uy;
    if (ahead <= 0) continue;
    const side = Math.abs(dx * uy - dy * ux);
    const score = (ahead + 2 * side) * (isNeighbour(c.id) ? 0.6 : 1);
    if (side <= 2 * ahead) {
      if (score < bestScore) [best, bestScore] = [c, score];
    } else if (score < fallbackScore) [fallback, fallbackScore] = [c, score];
  }
  return best ?? fallback;
}

export function directionOfKey(key: string): Direction | undefined {
  return ({ ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const)[key as 'ArrowLeft'];
}
