/**
 * The imports of the project's own source files, read with TypeScript's parser: for the tests that
 * check declared dependencies and the boundaries between engines, features and the site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '../..');

const SOURCE = /\.(?:[cm]?[jt]sx?|astro)$/;

/** Source files under a folder of the project, as project-relative paths. */
export function sourceFiles(dir: string): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .filter((f) => SOURCE.test(f) && !f.split(/[\\/]/).includes('node_modules'))
    .map((f) => join(dir, f));
}

/** The script parts of a file: the whole of a .ts file; an .astro file's frontmatter and <script> blocks. */
export function scriptsOf(file: string, text: string): string[] {
  if (!file.endsWith('.astro')) return [text];
  const parts: string[] = [];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter) parts.push(frontmatter[1]!);
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(m[1]!);
  return parts;
}

/** Every module specifier imported, re-exported or dynamically imported, type-only imports included. */
export function importedSpecifiers(code: string): string[] {
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

/** Every specifier a project file imports, from all its script parts. */
export function importsOfFile(file: string): string[] {
  return scriptsOf(file, readFileSync(join(ROOT, file), 'utf8')).flatMap(importedSpecifiers);
}
