// Each engine has a zod-free core entry (index.ts) and a schema entry (schema.ts) that loads zod. The
// islands ship the core entry, so a static import that reaches zod from it would put the schema library
// in every page with a calculator or a simulator. The import graph is read with TypeScript's own parser:
// `import type` and `export type` are erased and do not count; anything else does, including an import
// whose specifiers are all inline `type` ones (under verbatimModuleSyntax it stays as a bare import).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ENGINE = resolve(import.meta.dirname, '../../../src/engine');

/** Module specifiers of the static, value-level imports and re-exports of one file. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      if (statement.importClause?.isTypeOnly) continue;
      out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      if (statement.isTypeOnly) continue;
      out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

/** Every file and bare package reachable from `file`, each mapped to the chain of files that reaches it. */
function importGraph(file: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[file, [file]]]);
  const queue = [file];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const spec of staticImports(from)) {
      const target = spec.startsWith('.') ? resolve(dirname(from), spec) : spec;
      if (reached.has(target)) continue;
      reached.set(target, [...reached.get(from)!, target]);
      if (spec.startsWith('.')) queue.push(target);
    }
  }
  return reached;
}

const shown = (chain: string[]): string => chain.map((f) => (f.startsWith('/') ? relative(ENGINE, f) : f)).join(' → ');

describe.each(['availability', 'contagion'])('the %s engine', (engine) => {
  test('its core entry reaches no package at all, zod included', () => {
    const graph = importGraph(resolve(ENGINE, engine, 'index.ts'));
    const packages = [...graph].filter(([target]) => !target.startsWith('/')).map(([, chain]) => shown(chain));
    expect(packages).toEqual([]);
  });

  test('its schema entry does reach zod (so the check above can see it)', () => {
    const graph = importGraph(resolve(ENGINE, engine, 'schema.ts'));
    expect(graph.has('zod')).toBe(true);
  });
});
