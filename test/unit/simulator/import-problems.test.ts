// The import panel's error report: every problem keeps the line and column the engine gave, and
// "go to line, column" lands on the character a position names (the reference below walks the text one
// character at a time, the slow obvious way: offset -> position there, position -> offset here).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importScenario } from '../../../src/engine/contagion/formats/index.ts';
import { describeImportError, offsetAt } from '../../../src/features/simulator/import-export/import-problems.ts';

/** Line and column (from 1) of an offset: "\r\n" and a lone "\r" are one break each, as in the engine. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    if (text[i] === '\n' || text[i] === '\r') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

describe('offsetAt', () => {
  test('inverts the engine positions for every offset, with \\n, \\r\\n and lone \\r breaks', () => {
    const text = fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', 'é', ' '), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const offset = t.length === 0 ? 0 : n % (t.length + 1);
        // An offset inside "\r\n" is not a position a reader can put a caret at; skip it.
        fc.pre(!(t[offset - 1] === '\r' && t[offset] === '\n'));
        const { line, column } = positionOf(t, offset);
        expect(offsetAt(t, line, column)).toBe(offset);
      }),
      { numRuns: 500 },
    );
  });

  test('clamps positions past the end of a line or of the text', () => {
    expect(offsetAt('ab\ncd', 1, 40)).toBe(2);
    expect(offsetAt('ab\ncd', 9, 1)).toBe(5);
    expect(offsetAt('ab\r\ncd', 2, 2)).toBe(5);
  });
});

describe('describeImportError', () => {
  test('a malformed DOT file gives the line and column of the bad edge', async () => {
    const text = 'digraph g {\n  a -> b;\n  b -> ;\n}\n';
    const error = await importScenario(text, 'dot').catch((e: unknown) => e);
    const problem = describeImportError(error);
    expect(problem.issues.length).toBeGreaterThan(0);
    // The edge's missing end is the ";" on line 3, column 8.
    expect(problem.issues[0]).toMatchObject({ line: 3, column: 8 });
  });

  test('anything else is reported with its message, unlocated', () => {
    expect(describeImportError(new Error('disk gone'))).toEqual({ head: 'The scenario could not be loaded: disk gone', issues: [] });
  });
});
