import { describe, expect, test } from 'vitest';
import { directionOfKey, nearestInDirection } from '../../../src/features/graph-view/arrow-navigation.ts';

const at = (id: string, x: number, y: number) => ({ id, x, y });
const here = at('here', 0, 0);
const around = [here, at('east', 10, 0), at('far-east', 50, 1), at('north', 0, -10), at('south-east', 10, 12), at('west', -30, 2)];

describe('nearestInDirection', () => {
  test('moves to the nearest node ahead in each direction (y grows downwards)', () => {
    expect(nearestInDirection(here, around, 'right')?.id).toBe('east');
    expect(nearestInDirection(here, around, 'left')?.id).toBe('west');
    expect(nearestInDirection(here, around, 'up')?.id).toBe('north');
    expect(nearestInDirection(here, around, 'down')?.id).toBe('south-east');
  });

  test('prefers a linked node when it is nearly as near', () => {
    expect(nearestInDirection(here, [here, at('a', 10, 0), at('b', 14, 0)], 'right', (id) => id === 'b')?.id).toBe('b');
  });

  test('returns nothing when no node lies ahead', () => {
    expect(nearestInDirection(here, [here, at('west', -5, 0)], 'right')).toBeUndefined();
  });

  test('falls back to a node far to the side when the cone is empty', () => {
    expect(nearestInDirection(here, [here, at('steep', 1, 40)], 'right')?.id).toBe('steep');
  });

  test('maps arrow keys and ignores other keys', () => {
    expect(directionOfKey('ArrowUp')).toBe('up');
    expect(directionOfKey('Enter')).toBeUndefined();
  });
});
