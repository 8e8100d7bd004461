// The structure diagram's layout: parts in a row for a series, stacked for a redundant group, nothing
// overlapping or outside the drawing, names wrapped whole, and long groups shortened with a count.
import { describe, expect, test } from 'vitest';
import type { Block } from '../../../src/engine/availability/index.ts';
import { PRESET_GROUPS } from '../content-files.ts';
import { layoutStructure, MAX_SHOWN, wrap, type DiagramBox } from '../../../src/features/redundancy/structure-diagram.ts';

const comp = (label: string, domains: string[] = []): Block => ({ type: 'component', availability: 0.99, label, domains });
const overlap = (a: DiagramBox, b: DiagramBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('structure diagram', () => {
  test('a series is one row, left to right, joined by lines', () => {
    const d = layoutStructure({ root: { type: 'series', parts: [comp('A'), comp('B'), comp('C')] } });
    expect(d.boxes.map((b) => b.lines[0])).toEqual(['A', 'B', 'C']);
    expect(new Set(d.boxes.map((b) => b.y + b.h / 2)).size).toBe(1);
    expect(d.boxes[0]!.x + d.boxes[0]!.w).toBeLessThan(d.boxes[1]!.x);
    expect(d.lines).toHaveLength(2);
  });

  test('a redundant group stacks its parts under its rule, and says where each lives', () => {
    const d = layoutStructure({ domains: [{ id: 'aws', label: 'AWS', availability: 0.999 }], root: { type: 'k-of-n', k: 2, parts: [comp('A', ['aws']), comp('B'), comp('C')] } });
    expect(d.rules.map((r) => r.text)).toEqual(['2 of 3']);
    expect(new Set(d.boxes.map((b) => b.x + b.w / 2)).size).toBe(1);
    expect(d.boxes[0]!.sub).toEqual(['in AWS']);
    expect(d.boxes[1]!.sub).toEqual([]);
  });

  test('long groups show their first parts and how many more', () => {
    const parts = Array.from({ length: 12 }, (_, i) => comp(`V${i + 1}`));
    const d = layoutStructure({ root: { type: 'threshold', share: 2 / 3, comparison: 'more-than', weights: parts.map(() => 1), parts } });
    expect(d.boxes).toHaveLength(MAX_SHOWN);
    expect(d.boxes.at(-1)!.lines).toEqual([`… and ${12 - (MAX_SHOWN - 1)} more`]);
    expect(d.rules[0]!.text).toBe('weight up > 2/3 of total');
  });

  test('names wrap at word boundaries and are never cut', () => {
    expect(wrap('Finality: more than two thirds of stake online')).toEqual(['Finality: more than', 'two thirds of stake', 'online']);
    expect(wrap('supercalifragilisticexpialidocious-endpoint')).toEqual(['supercalifragilisticexpialidocious-endpoint']);
  });

  test('on every preset no two boxes overlap and everything lies inside the drawing', () => {
    for (const g of PRESET_GROUPS) {
      for (const s of g.strategies) {
        const d = layoutStructure(s.system);
        for (const [i, a] of d.boxes.entries()) {
          expect(a.x >= 0 && a.y >= 0 && a.x + a.w <= d.width && a.y + a.h <= d.height, `${g.id}/${s.id} box ${i}`).toBe(true);
          for (const b of d.boxes.slice(i + 1)) expect(overlap(a, b), `${g.id}/${s.id}: ${a.lines} and ${b.lines}`).toBe(false);
        }
        for (const l of d.lines) expect(Math.max(l.x1, l.x2) <= d.width && Math.max(l.y1, l.y2) <= d.height).toBe(true);
      }
    }
  });
});
