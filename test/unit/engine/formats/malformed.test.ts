/**
 * A malformed variant of each real-world sample (one character changed, see test/fixtures/SOURCES.md)
 * fails with a FormatError at the line and column of the mistake, found by reading the file.
 */
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../../../src/engine/contagion/errors.ts';
import { FormatError, importScenario, type FormatName } from '../../../../src/engine/contagion/formats/index.ts';
import { fixture } from './fixture.ts';

async function errorOf(text: string, format?: FormatName, options?: Parameters<typeof importScenario>[2]): Promise<FormatError> {
  try {
    await importScenario(text, format, options);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    expect(error).toBeInstanceOf(ScenarioError);
    return error as FormatError;
  }
  throw new Error('expected the import to fail');
}

describe('malformed samples', () => {
  const cases: [string, FormatName, number, number, RegExp][] = [
    // a comma removed after "Service5": the next key is unexpected
    ['jaeger/malformed.json', 'jaeger', 15, 5, /invalid JSON: unexpected "\\""/],
    // a flow list never closed: js-yaml notices at the next document marker
    ['backstage/malformed.yaml', 'backstage', 114, 1, /invalid YAML/],
    // "n5 -> ;": an edge with no target
    ['dot/malformed.dot', 'dot', 45, 8, /expected a node or a subgraph after the edge operator/],
    // [("Edgeco KV"] : the database shape is not closed with )]
    ['mermaid/malformed.mmd', 'mermaid', 17, 18, /expected "\)\]" to close the label of "edgeco_KV"/],
    // </y:ShapeNod> closes the wrong element
    ['graphml/malformed.graphml', 'graphml', 27, 21, /invalid XML: unexpected close tag/],
    // "4,2 : a quote never closed
    ['csv/malformed.csv', 'csv', 3, 5, /Quoted field unterminated/],
  ];
  for (const [file, format, line, column, message] of cases) {
    it(`${file}: line ${line}, column ${column}`, async () => {
      const error = await errorOf(fixture(file), format);
      expect([error.line, error.column]).toEqual([line, column]);
      expect(error.issues[0]).toMatchObject({ line, column });
      expect(error.message).toMatch(message);
    });
  }
});

describe('problems found after parsing are located too', () => {
  it('a rule the node cannot meet (DOT): at the node, with the field path', async () => {
    const error = await errorOf('digraph {\n  a [rule="atLeast 3"];\n  a -> b;\n}', 'dot');
    expect([error.line, error.column]).toEqual([2, 3]);
    expect(error.issues[0]!.path).toBe('nodes[0].rule.k');
  });

  it('a malformed rule attribute: at its value', async () => {
    const error = await errorOf('digraph {\n  a [rule="most"];\n}', 'dot');
    expect([error.line, error.column]).toEqual([2, 11]);
    expect(error.message).toMatch(/rule "most" is not understood/);
  });

  it('a weight that is not a number (CSV): at the cell', async () => {
    const error = await errorOf('from,to,weight\nwallet,rpc,heavy\n', 'csv');
    expect([error.line, error.column]).toEqual([2, 12]);
  });

  it('a CSV without from/to columns: at the header', async () => {
    const error = await errorOf('a,b\nx,y\n', 'csv');
    expect([error.line, error.column]).toEqual([1, 1]);
    expect(error.message).toMatch(/"from" \(or "source"\)/);
  });

  it('a Jaeger link without a child: at the field', async () => {
    const error = await errorOf('{"data": [\n  {"parent": "a", "child": "b"},\n  {"parent": "a", "child": ""}\n]}', 'jaeger');
    expect([error.line, error.column]).toEqual([3, 28]);
  });

  it('a Backstage ref that is not a ref: at the list item', async () => {
    const error = await errorOf('kind: Component\nmetadata:\n  name: a\nspec:\n  dependsOn:\n    - "resource:"\n', 'backstage');
    expect([error.line, error.column]).toEqual([6, 7]);
  });

  it('a GraphML edge to an undeclared node: at the edge', async () => {
    const error = await errorOf('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>\n<node id="a"/>\n  <edge source="a" target="b"/></graph></graphml>', 'graphml');
    expect([error.line, error.column]).toEqual([3, 3]);
  });

  it('our JSON: a field the schema rejects is located in the text', async () => {
    const text = '{\n  "id": "x",\n  "nodes": [{"id": "a", "label": "A", "type": "spaceship"}],\n  "edges": [],\n  "trigger": {"seeds": ["a"], "description": "a fails first"}\n}';
    const error = await errorOf(text, 'json');
    expect(error.issues[0]).toMatchObject({ path: 'nodes[0].type', line: 3, column: 47 });
  });

  it('unrecognisable text: the reader is asked to choose a format', async () => {
    const error = await errorOf('hello world');
    expect(error.message).toMatch(/could not be recognised/);
  });

  it('bad options are rejected with the option named', async () => {
    await expect(importScenario('digraph {a -> b}', 'dot', { direction: 'up' as never })).rejects.toThrow(/direction must be/);
    await expect(importScenario('digraph {a -> b}', 'dot', { colour: 1 } as never)).rejects.toThrow(/unknown import option "colour"/);
    await expect(importScenario('digraph {a -> b}', 'pdf' as never)).rejects.toThrow(/unknown format "pdf"/);
  });
});
