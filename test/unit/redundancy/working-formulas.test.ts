// The committed KaTeX rules of the working's formulas must be exactly what typesetting them produces now:
// the CSP forbids style attributes, so a missing rule would silently misplace a glyph.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { WORKING_FORMULAS } from '../../../src/features/redundancy/working-formulas.ts';
import { formulaSheet, typeset } from '../../../src/lib/typeset.ts';

test('working-formulas.css holds every rule the formulas need, and nothing else', async () => {
  const committed = readFileSync(new URL('../../../src/features/redundancy/working-formulas.css', import.meta.url), 'utf8')
    .replace(/^\/\*[\s\S]*?\*\/\n/, '')
    .replaceAll('\n', '');
  const expected = (await formulaSheet(Object.values(WORKING_FORMULAS).map((tex) => ({ tex })))).css;
  expect(committed, `replace the rules in working-formulas.css with:\n${expected.replaceAll('}', '}\n')}`).toBe(expected);
  for (const tex of Object.values(WORKING_FORMULAS)) {
    for (const [, name] of typeset(tex).html.matchAll(/\b(kx-[a-z0-9]+)\b/g)) expect(committed).toContain(`.${name}{`);
  }
});
