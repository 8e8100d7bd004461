// The citation rule on hand-made paragraphs: what counts as a figure, and when a table is covered.
import { describe, expect, test } from 'vitest';
import { uncitedFigures } from '../../src/lib/prose-checks.ts';

describe('uncitedFigures', () => {
  test('a paragraph with a number and no citation is reported; with a citation it is not', () => {
    expect(uncitedFigures('The outage lasted 14 hours.')).toEqual(['The outage lasted 14 hours.']);
    expect(uncitedFigures('The outage lasted 14 hours <Cite id="x" />.')).toEqual([]);
  });

  test('digits inside names are not figures', () => {
    expect(uncitedFigures('A 3-of-4 quorum on a layer-2 rollup, an L2, is a Web3 thing.')).toEqual([]);
    expect(uncitedFigures('A 3-of-4 quorum survived 2 failures.')).toHaveLength(1);
  });

  test('a table is covered by a citing paragraph just before it, and only then', () => {
    const table = '| a | b |\n|---|---|\n| 99% | 3.65 days |';
    expect(uncitedFigures(`Computed here from the definition <Cite id="x" />.\n\n${table}`)).toEqual([]);
    expect(uncitedFigures(`Computed here from the definition.\n\n${table}`)).toHaveLength(1);
    expect(uncitedFigures(`Intro <Cite id="x" />.\n\nNo figure here.\n\n${table}`)).toHaveLength(1);
  });

  test('headings, imports and components are not prose', () => {
    expect(uncitedFigures('## 2022 and after\n\nimport X from "y";\n\n<ContagionSimulator scenario="aws-us-east-1-2025" />')).toEqual([]);
  });
});
