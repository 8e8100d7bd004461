// Every package the code imports is declared in package.json. npm hoists dependencies of dependencies
// into node_modules, so an undeclared import works today and breaks when a dependency drops it or a
// lockfile is regenerated. Imports are read with TypeScript's parser from every source file in src/,
// scripts/, bench/ and test/, the frontmatter and scripts of .astro files, and the two config files.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importedSpecifiers, importsOfFile, ROOT, sourceFiles } from './source-imports.ts';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);

/** The npm package a bare specifier names ('@scope/pkg/sub' -> '@scope/pkg'), or null for anything else. */
function packageOf(specifier: string): string | null {
  if (/^(?:\.|\/|~\/|node:|astro:|virtual:)/.test(specifier)) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return builtinModules.includes(name) ? null : name;
}

/** Types for `pkg` may come from `@types/pkg` (`@types/scope__pkg` for a scoped one). */
const typesPackage = (name: string) => `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;

function undeclared(specifiers: readonly string[], known: ReadonlySet<string>): string[] {
  const missing = new Set<string>();
  for (const specifier of specifiers) {
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
    expect(undeclared(importedSpecifiers(code), new Set(['declared-one'])).sort()).toEqual(['@scope/types-only', 'dynamic-one', 'in-a-type', 'left-pad', 'reexported']);
    expect(undeclared(importedSpecifiers("import { zoom } from 'd3-zoom';"), new Set(['@types/d3-zoom']))).toEqual([]);
  });

  test('every package imported in src/, scripts/, bench/, test/ and the config files is in package.json', () => {
    const files = [...['src', 'scripts', 'bench', 'test'].flatMap(sourceFiles), 'astro.config.mjs', 'vitest.config.ts'];
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of files) {
      for (const name of undeclared(importsOfFile(file), declared)) problems.push(`${file} imports "${name}", which package.json does not declare`);
    }
    expect(problems).toEqual([]);
  });
});
