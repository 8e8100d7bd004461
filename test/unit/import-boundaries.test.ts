// Where code may import from, so the layout stays as the README describes it:
//  - outside the engines, an engine is imported only through an entry (index.ts, the zod-free core, or
//    schema.ts); its other modules are its own business (its white-box tests in test/unit/engine excepted);
//  - an engine imports nothing from outside src/engine (it must run anywhere, with no site around it);
//  - one feature never imports another: code two features need lives in src/features/shared.
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importsOfFile, ROOT, sourceFiles } from './source-imports.ts';

interface Edge {
  from: string;
  to: string;
}

/** Project-relative targets of every relative import of the given files. */
function edges(files: readonly string[]): Edge[] {
  return files.flatMap((from) =>
    importsOfFile(from)
      .filter((s) => s.startsWith('.'))
      .map((s) => ({ from, to: relative(ROOT, normalize(join(ROOT, dirname(from), s))).split(sep).join('/') })),
  );
}

const inEngine = (path: string) => path.startsWith('src/engine/');
const isEntry = (path: string) => /\/(index|schema)\.ts$/.test(path);
const featureOf = (path: string) => /^src\/features\/([^/]+)\//.exec(path)?.[1];

/** The import rules above, as the list of imports that break them. */
function violations(all: readonly Edge[]): string[] {
  const out: string[] = [];
  for (const { from, to } of all) {
    if (inEngine(from) && !inEngine(to)) out.push(`${from} → ${to}: an engine imports nothing from outside src/engine`);
    if (!inEngine(from) && inEngine(to) && !isEntry(to) && !from.startsWith('test/unit/engine/')) out.push(`${from} → ${to}: import the engine through its index.ts or schema.ts`);
    const [a, b] = [featureOf(from), featureOf(to)];
    if (a && b && a !== b && b !== 'shared') out.push(`${from} → ${to}: feature "${a}" imports feature "${b}"; move what both need to src/features/shared`);
  }
  return out;
}

describe('import boundaries', () => {
  test('each rule catches the import it forbids, and allows the rest', () => {
    expect(
      violations([
        { from: 'src/features/simulator/a.ts', to: 'src/engine/contagion/compile.ts' },
        { from: 'src/engine/contagion/a.ts', to: 'src/lib/site.ts' },
        { from: 'src/features/redundancy/a.ts', to: 'src/features/simulator/b.ts' },
        { from: 'src/features/simulator/a.ts', to: 'src/engine/contagion/index.ts' },
        { from: 'src/lib/a.ts', to: 'src/engine/contagion/schema.ts' },
        { from: 'src/features/redundancy/a.ts', to: 'src/features/shared/b.ts' },
        { from: 'test/unit/engine/x.test.ts', to: 'src/engine/contagion/rational.ts' },
      ]).map((v) => v.split(':')[0]),
    ).toEqual(['src/features/simulator/a.ts → src/engine/contagion/compile.ts', 'src/engine/contagion/a.ts → src/lib/site.ts', 'src/features/redundancy/a.ts → src/features/simulator/b.ts']);
  });

  test('the project keeps them', () => {
    const files = ['src', 'scripts', 'bench', 'test'].flatMap(sourceFiles);
    const all = edges(files);
    expect(all.filter((e) => inEngine(e.to) && !inEngine(e.from)).length).toBeGreaterThan(20);
    expect(violations(all)).toEqual([]);
  });
});
