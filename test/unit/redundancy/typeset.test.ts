// Build-time KaTeX must leave no style attribute (the CSP forbids them) and must keep the MathML.
import { describe, expect, test } from 'vitest';
import { formulaSheet, typeset } from '../../../src/lib/typeset.ts';

const K_OF_N = String.raw`A = \sum_{j=k}^{n} \binom{n}{j}\, a^{j} (1-a)^{n-j}`;

describe('typeset', () => {
  test('turns every style attribute into a class whose rule is returned', () => {
    const { html, css } = typeset(K_OF_N);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toContain('<math');
    const used = [...html.matchAll(/\b(kx-[a-z0-9]+)\b/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const name of new Set(used)) expect(css).toContain(`.${name}{`);
  });

  test('the page sheet merges rules and hashes exactly its text', async () => {
    const { createHash } = await import('node:crypto');
    const sheet = await formulaSheet([{ tex: K_OF_N }, { tex: K_OF_N }, { tex: 'k', inline: true }]);
    expect(sheet.hash).toBe(`sha256-${createHash('sha256').update(sheet.css).digest('base64')}`);
    expect(sheet.css.split('}').filter(Boolean).length).toBe(new Set(sheet.css.split('}').filter(Boolean)).size);
  });

  test('rejects invalid TeX at build time', () => {
    expect(() => typeset(String.raw`\frac{1}`)).toThrow();
  });
});
