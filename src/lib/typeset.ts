/**
 * KaTeX at build time, made to fit the site's CSP: KaTeX's HTML output positions glyphs with `style`
 * attributes, which the CSP (no 'unsafe-inline') would block. Each distinct declaration list becomes a
 * class named after its content, and the rules come back as one stylesheet for the page to include
 * (with its hash in the CSP). The MathML half is untouched, so screen readers get real maths.
 */
import katex from 'katex';

export interface Typeset {
  html: string;
  /** rules for the classes that replaced style attributes; empty when there were none */
  css: string;
}

/** A short stable name for a declaration list (FNV-1a, base 36). */
function className(declarations: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < declarations.length; i++) {
    h ^= declarations.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `kx-${h.toString(36)}`;
}

export function typeset(tex: string, displayMode = true): Typeset {
  const raw = katex.renderToString(tex, { displayMode, output: 'htmlAndMathml', throwOnError: true, strict: 'error', trust: false });
  const rules = new Map<string, string>();
  // A style attribute may follow a class attribute on the same element, or stand alone.
  const html = raw.replace(/<(\w+)([^>]*?)\sstyle="([^"]*)"([^>]*)>/g, (_m, tag: string, before: string, style: string, after: string) => {
    const declarations = style.replace(/&quot;/g, '"').trim();
    const name = className(declarations);
    rules.set(name, declarations);
    const attrs = `${before}${after}`;
    const withClass = /\sclass="/.test(attrs) ? attrs.replace(/\sclass="/, ` class="${name} `) : `${attrs} class="${name}"`;
    return `<${tag}${withClass}>`;
  });
  if (/\sstyle="/.test(html)) throw new Error(`typeset: a style attribute survived in ${JSON.stringify(tex)}`);
  const css = [...rules].map(([name, declarations]) => `.katex .${name}{${declarations}}`).join('');
  return { html, css };
}

export interface FormulaSpec {
  tex: string;
  inline?: boolean;
}

/**
 * The rules for every class the page's formulas need, as one stylesheet, and its CSP hash. A page
 * computes this in its frontmatter (before its head is rendered, which is when the CSP is written)
 * and passes it to <FormulaStyles>; each <Formula> then renders only its HTML.
 */
export async function formulaSheet(formulas: readonly FormulaSpec[]): Promise<{ css: string; hash: `sha256-${string}` }> {
  const rules = new Set<string>();
  for (const f of formulas) {
    for (const rule of typeset(f.tex, !f.inline).css.split('}')) if (rule) rules.add(`${rule}}`);
  }
  const css = [...rules].join('');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  return { css, hash: `sha256-${Buffer.from(digest).toString('base64')}` as const };
}
