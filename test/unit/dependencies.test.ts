// Every package the code imports is declared in package.json. npm hoists dependencies of dependencies
// into node_modules, so an undeclared import works today and breaks when a dependency drops it or a
// lockfile is regenerated. Imports are read with TypeScript's parser from every source file in src/,
// scripts/, bench/ and test/, the frontmatter and scripts of .astro files, and the two config files.
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);

const SOURCE = /\.(?:[cm]?[jt]sx?|astro)$/;

function sourceFiles(dir: string): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .filter((f) => SOURCE.test(f) && !f.split(/[\\/]/).includes('node_modules'))
    .map((f) => join(dir, f));
}

/** The script parts of a file: the whole of a .ts file; an .astro file's frontmatter and <script> blocks. */
function scriptsOf(file: string, text: string): string[] {
  if (!file.endsWith('.astro')) return [text];
  const parts: string[] = [];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter) parts.push(frontmatter[1]!);
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(m[1]!);
  return parts;
}

/** Every module specifier imported, re-exported or dynamically imported, type-only imports included. */
function importedSpecifiers(code: string): string[] {
  const source = ts.createSourceFile('file.tsx', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The npm package a bare specifier names ('@scope/pkg/sub' -> '@scope/pkg'), or null for anything else. */
function packageOf(specifier: string): string | null {
  if (/^(?:\.|\/|~\/|node:|astro:|virtual:)/.test(specifier)) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return builtinModules.includes(name) ? null : name;
}

/** Types for `pkg` may come from `@types/pkg` (`@types/scope__pkg` for a scoped one). */
const typesPackage = (name: string) => `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;

function undeclared(code: string, known: ReadonlySet<string>): string[] {
  const missing = new Set<string>();
  for (const specifier of importedSpecifiers(code)) {
    const name = packageOf(specifier);
    if (name && !known.has(name) && !known.has(typesPackage(name))) missing.add(name);
  }
  return [...missing];
}

describe('declared dependencies', () => {
  test('the check sees static, dynamic, re-exported and type-only imports of packages, and nothing else', () => {
    const code = [
      "import a from 'left-pad';",
      "import type { B } from '@scope/types-only/sub';",
      "export { c } from 'reexported';",
      "const d = await import('dynamic-one');",
      "type E = import('in-a-type').E;",
      "import f from './local.ts'; import g from 'node:fs'; import h from 'path'; import i from 'astro:content'; import j from '~/lib/x.ts';",
      "import k from 'declared-one/deep/path.js';",
    ].join('\n');
    expect(undeclared(code, new Set(['declared-one'])).sort()).toEqual(['@scope/types-only', 'dynamic-one', 'in-a-type', 'left-pad', 'reexported']);
    expect(undeclared("import { zoom } from 'd3-zoom';", new Set(['@types/d3-zoom']))).toEqual([]);
  });

  test('every package imported in src/, scripts/, bench/, test/ and the config files is in package.json', () => {
    const files = [...['src', 'scripts', 'bench', 'test'].flatMap(sourceFiles), 'astro.config.mjs', 'vitest.config.ts'];
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const part of scriptsOf(file, text)) {
        for (const name of undeclared(part, declared)) problems.push(`${relative(ROOT, join(ROOT, file))} imports "${name}", which package.json does not declare`);
      }
    }
    expect(problems).toEqual([]);
  });
});
