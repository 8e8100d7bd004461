// The island's copy of the presets drops only the notes on parts and domains: the same systems to the
// engine (same answers), the group's note and sources kept.
import { expect, test } from 'vitest';
import { evaluate } from '../../../src/engine/availability/index.ts';
import { islandPresets } from '../../../src/features/redundancy/island-presets.ts';
import { PRESET_GROUPS } from '../content-files.ts';

test('no part or domain note reaches the island, and every answer is unchanged', () => {
  const island = islandPresets(PRESET_GROUPS);
  expect(JSON.stringify(PRESET_GROUPS)).toMatch(/"note"/); // the files do carry part notes
  island.forEach((g, i) => {
    const original = PRESET_GROUPS[i]!;
    expect(g.note).toBe(original.note);
    expect(g.sources).toEqual(original.sources);
    g.strategies.forEach((s, j) => {
      expect(JSON.stringify(s.system)).not.toMatch(/"note"/);
      expect(evaluate(s.system).unavailability).toBe(evaluate(original.strategies[j]!.system).unavailability);
    });
  });
});
