// The category colours and the CSS-only filter are written per category in the stylesheets;
// this catches a category added to categories.ts without them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CATEGORY_KEYS } from '../../../src/lib/categories.ts';
import { GROUPS, groupShapePath } from '../../../src/features/graph-view/map-appearance.ts';
import { INCIDENT_GROUP } from '../../../src/features/graph-view/graph-data.ts';

const css = (name: string) => readFileSync(new URL(`../../../src/features/graph-view/${name}`, import.meta.url), 'utf8');

describe('graph styles and encoding cover every category', () => {
  test.each([...CATEGORY_KEYS, INCIDENT_GROUP])('%s has a colour, a fill class and a filter rule', (key) => {
    expect(css('graph-colours.css')).toMatch(new RegExp(`--gv-${key}:\\s*light-dark\\(`));
    expect(css('graph-colours.css')).toContain(`.gv-fill-${key} { fill: var(--gv-${key}); }`);
    expect(css('graph-view.css')).toContain(`.gv:has(#gv-show-${key}:not(:checked)) .gv-c-${key}`);
  });

  test('every group (the categories and the incidents) has its own shape', () => {
    const paths = GROUPS.map((g) => groupShapePath(g.key, 100).replace(/[\d.-]+/g, 'n'));
    expect(new Set(paths).size).toBe(CATEGORY_KEYS.length + 1);
    expect(new Set(GROUPS.map((g) => g.shape)).size).toBe(CATEGORY_KEYS.length + 1);
  });
});
