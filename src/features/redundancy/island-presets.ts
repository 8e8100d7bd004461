/**
 * The preset groups as the island receives them: every field it uses, without the notes on parts and
 * domains (where each figure comes from), which the engine ignores and the island never shows; the
 * group's own note and sources stay. The props are serialised into the page's HTML, and these notes
 * were over a third of them (the five groups: 44 KB of JSON, 28 KB without).
 */
import type { Block, FailureDomain, SystemDescription } from '../../engine/availability/index.ts';
import type { PresetGroup } from '../../lib/preset-schema.ts';

function withoutNote<T extends { note?: string }>(x: T): Omit<T, 'note'> {
  const { note: _note, ...rest } = x;
  return rest;
}

function block(b: Block): Block {
  const bare = withoutNote(b) as Block;
  return bare.type === 'component' ? bare : { ...bare, parts: bare.parts.map(block) };
}

function system(s: SystemDescription): SystemDescription {
  const bare: SystemDescription = { ...withoutNote(s), root: block(s.root) };
  if (s.domains) bare.domains = s.domains.map((d) => withoutNote(d) as FailureDomain);
  return bare;
}

export function islandPresets(groups: readonly PresetGroup[]): PresetGroup[] {
  return groups.map((g) => ({ ...g, strategies: g.strategies.map((s) => ({ ...s, system: system(s.system) })) }));
}
