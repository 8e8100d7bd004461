/**
 * Graphviz DOT import: a recursive-descent parser over DotLexer's tokens, following the grammar of
 * https://graphviz.org/doc/info/lang.html (strict, graph/digraph, statements, attribute lists, default
 * node and edge attributes scoped to their subgraph, edges between subgraphs, ports). It feeds the graph
 * builder as it goes, so no syntax tree is kept and the work is linear in the text.
 *
 * Meaning: `a -> b` reads "a depends on b" unless the direction option says otherwise. Subgraphs whose
 * name starts with "cluster" are groups (shared failure domains on request). Our own fields are node and
 * edge attributes (type, rule, degradedRule, layer, note, evidence, sources, kind, weight or
 * dependency_weight); `style=dashed|dotted` marks a soft dependency when no kind is given, and
 * `style=invis` edges (layout helpers) are dropped. Graphviz's presentation attributes are ignored
 * quietly; other unknown attributes are ignored with a warning. The graph's `label` is the title and
 * `atlas_scenario` (written by our export) carries the scenario's other fields as JSON.
 */
import { DotLexer, type DotToken, type DotTokenKind } from './dot-lexer.ts';
import { reportingProblems, TextProblem } from './format-error.ts';
import { GraphBuilder, type BuilderGroup } from './graph-builder.ts';
import type { ImportOptions, ImportResult } from './types.ts';

/** Graphviz attributes about drawing only: ignored without a warning. */
const PRESENTATION = new Set(
  (
    'shape style color fillcolor fontcolor fontname fontsize width height fixedsize penwidth pos URL href tooltip target peripheries ' +
    'gradientangle margin xlabel image group rank ordering sides skew distortion orientation regular labelloc labeljust id class comment ' +
    'bgcolor arrowhead arrowtail arrowsize dir constraint headport tailport lhead ltail minlen len taillabel headlabel decorate samehead ' +
    'sametail splines rankdir ranksep nodesep compound newrank concentrate size ratio center pad dpi layout charset labelfloat labelangle ' +
    'labeldistance labelfontcolor labelfontname labelfontsize headclip tailclip nojustify area z colorscheme imagescale imagepos edgetooltip ' +
    'edgeURL headURL tailURL labelURL headtooltip tailtooltip labeltooltip lp head_lp tail_lp xlp bb stylesheet outputorder forcelabels ' +
    'clusterrank overlap sep esep mode model start epsilon rotate landscape page pagedir viewport fontnames labelangle root weight_layout'
  ).split(' '),
);

interface Attribute {
  value: string;
  html: boolean;
  at: number;
}

interface Scope {
  nodeDefaults: Map<string, Attribute>;
  edgeDefaults: Map<string, Attribute>;
  clusters: BuilderGroup[];
}

/** "\n", "\l", "\r" in labels are line breaks; HTML labels lose their tags. */
function labelText(attribute: Attribute): string {
  const raw = attribute.html ? attribute.value.replace(/<[^>]*>/g, ' ') : attribute.value.replace(/\\[nlr]/g, ' ');
  return raw.replace(/\s+/g, ' ').trim();
}

export function importDot(text: string, options: ImportOptions = {}): ImportResult {
  return reportingProblems('dot', text, () => new DotParser(text, options).parse());
}

class DotParser {
  private readonly lexer: DotLexer;
  private token: DotToken;
  private readonly b: GraphBuilder;
  private directed = true;
  private undirectedWarned = false;

  constructor(text: string, options: ImportOptions) {
    this.lexer = new DotLexer(text);
    this.token = this.lexer.next();
    this.b = new GraphBuilder('dot', text, options, { directionMatters: true });
  }

  parse(): ImportResult {
    if (this.keyword('strict')) this.advance();
    if (this.keyword('digraph')) this.directed = true;
    else if (this.keyword('graph')) this.directed = false;
    else this.fail(this.kind() === 'eof' ? 'the file is empty: expected "digraph { ... }"' : 'a DOT file starts with "digraph" or "graph" (optionally after "strict")');
    this.advance();
    if (this.kind() === 'id') {
      this.b.title = this.token.value;
      this.advance();
    }
    this.expect('{', 'expected "{" to open the graph');
    const root: Scope = { nodeDefaults: new Map(), edgeDefaults: new Map(), clusters: [] };
    this.statements(root, null, true);
    this.expect('}', 'expected "}" to close the graph');
    if (this.kind() !== 'eof') this.b.warn('dropped', 'only the first graph in the file is read', this.token.offset);
    return this.b.finish();
  }

  /** The current token's kind (a call, so checks after advance() are not narrowed away). */
  private kind(): DotTokenKind {
    return this.token.kind;
  }

  private advance(): void {
    this.token = this.lexer.next();
  }

  private keyword(word: string): boolean {
    return this.kind() === 'id' && this.token.style === 'plain' && this.token.value.toLowerCase() === word;
  }

  private fail(message: string): never {
    throw new TextProblem(message, this.token.offset);
  }

  private expect(kind: DotTokenKind, message: string): void {
    if (this.kind() !== kind) this.fail(message + (this.kind() === 'eof' ? ', but the file ends' : ''));
    this.advance();
  }

  /** stmt_list until "}". Returns the nodes mentioned (the operand set of a subgraph in an edge). */
  private statements(scope: Scope, mentioned: Set<number> | null, isRoot: boolean): void {
    while (this.kind() !== '}' && this.kind() !== 'eof') {
      this.statement(scope, mentioned, isRoot);
      if (this.kind() === ';') this.advance();
    }
  }

  private statement(scope: Scope, mentioned: Set<number> | null, isRoot: boolean): void {
    const t = this.token;
    if (t.kind === 'id' && t.style === 'plain' && ['graph', 'node', 'edge'].includes(t.value.toLowerCase())) {
      const which = t.value.toLowerCase();
      this.advance();
      if (this.kind() !== '[') this.fail(`expected "[" after "${which}" to give default attributes`);
      const attributes = this.attributeLists();
      if (which === 'node') for (const [k, v] of attributes) scope.nodeDefaults.set(k, v);
      else if (which === 'edge') for (const [k, v] of attributes) scope.edgeDefaults.set(k, v);
      else this.graphAttributes(attributes, scope, isRoot);
      return;
    }
    if (this.keyword('subgraph') || t.kind === '{') {
      const operand = this.subgraph(scope, mentioned);
      if (this.kind() === '->' || this.kind() === '--') this.edgeChain([...operand], operand.size > 0 ? t.offset : t.offset, scope, mentioned);
      return;
    }
    if (t.kind !== 'id') this.fail(`expected a statement (a node, an edge, an attribute or a subgraph), found ${t.kind === 'eof' ? 'the end of the file' : JSON.stringify(t.kind)}`);
    const name = t.value;
    this.advance();
    if (this.kind() === '=') {
      this.advance();
      if (this.kind() !== 'id') this.fail(`expected a value after "${name} ="`);
      const value: Attribute = { value: this.token.value, html: this.token.style === 'html', at: this.token.offset };
      this.advance();
      this.graphAttributes(new Map([[name, value]]), scope, isRoot);
      return;
    }
    this.port();
    const index = this.nodeRef(name, t.offset, scope, mentioned);
    if (this.kind() === '->' || this.kind() === '--') {
      this.edgeChain([index], t.offset, scope, mentioned);
      return;
    }
    if (this.kind() === '[') {
      for (const [key, attribute] of this.attributeLists()) this.nodeAttribute(index, key, attribute);
    }
  }

  /** ":port" or ":port:compass" after a node id: drawing detail, skipped. */
  private port(): void {
    for (let k = 0; k < 2 && this.kind() === ':'; k++) {
      this.advance();
      if (this.kind() !== 'id') this.fail('expected a port name after ":"');
      this.advance();
    }
  }

  /** A node mentioned in this scope: created with the scope's node defaults if new, added to its clusters. */
  private nodeRef(name: string, offset: number, scope: Scope, mentioned: Set<number> | null): number {
    const isNew = !this.b.hasNode(name);
    const index = this.b.node(name, offset);
    if (isNew) for (const [key, attribute] of scope.nodeDefaults) this.nodeAttribute(index, key, attribute);
    mentioned?.add(index);
    for (const cluster of scope.clusters) cluster.members.add(index);
    return index;
  }

  private nodeAttribute(index: number, key: string, attribute: Attribute): void {
    if (key === 'label') {
      const label = labelText(attribute);
      if (label !== '' && label !== '\\N') this.b.nodeAttribute(index, 'label', label, attribute.at);
      return;
    }
    if (PRESENTATION.has(key)) return;
    this.b.nodeAttribute(index, key, attribute.value, attribute.at);
  }

  /** subgraph [ID] { stmt_list }, or a bare { stmt_list }. */
  private subgraph(parent: Scope, mentioned: Set<number> | null): Set<number> {
    let name = '';
    const at = this.token.offset;
    if (this.keyword('subgraph')) {
      this.advance();
      if (this.kind() === 'id') {
        name = this.token.value;
        this.advance();
      }
    }
    this.expect('{', 'expected "{" to open the subgraph');
    const scope: Scope = { nodeDefaults: new Map(parent.nodeDefaults), edgeDefaults: new Map(parent.edgeDefaults), clusters: [...parent.clusters] };
    if (name.startsWith('cluster')) scope.clusters.push(this.b.group(name, name.replace(/^cluster_?/, '') || name, at));
    const inside = new Set<number>();
    this.statements(scope, inside, false);
    this.expect('}', `expected "}" to close the subgraph${name ? ` "${name}"` : ''}`);
    if (mentioned) for (const index of inside) mentioned.add(index);
    return inside;
  }

  /** The rest of an edge statement after its first operand: (edgeop operand)+ [attr_list]. */
  private edgeChain(first: number[], offset: number, scope: Scope, mentioned: Set<number> | null): void {
    const operands: number[][] = [first];
    while (this.kind() === '->' || this.kind() === '--') {
      const op = this.token;
      if (this.directed && op.kind === '--') this.fail('"--" joins nodes in an undirected graph; in a digraph use "->"');
      if (!this.directed && op.kind === '->') this.fail('"->" is for digraphs; in an undirected graph use "--"');
      if (!this.directed && !this.undirectedWarned) {
        this.undirectedWarned = true;
        this.b.warn('undirected', 'an undirected graph does not say who depends on whom: each "a -- b" is read in the chosen direction', op.offset);
      }
      this.advance();
      if (this.keyword('subgraph') || this.kind() === '{') operands.push([...this.subgraph(scope, mentioned)]);
      else if (this.kind() === 'id') {
        const name = this.token.value;
        const at = this.token.offset;
        this.advance();
        this.port();
        operands.push([this.nodeRef(name, at, scope, mentioned)]);
      } else this.fail('expected a node or a subgraph after the edge operator');
    }
    const attributes = new Map(scope.edgeDefaults);
    if (this.kind() === '[') for (const [k, v] of this.attributeLists()) attributes.set(k, v);
    const style = attributes.get('style')?.value ?? '';
    if (/\binvis\b/.test(style)) {
      this.b.warn('dropped', 'invisible edges (style=invis) only help the layout: dropped', offset);
      return;
    }
    for (let k = 0; k + 1 < operands.length; k++) {
      for (const from of operands[k]!) {
        for (const to of operands[k + 1]!) {
          const edge = this.b.edge(from, to, offset);
          for (const [key, attribute] of attributes) {
            if (key === 'label') this.b.edgeAttribute(edge, 'label', labelText(attribute), attribute.at);
            else if (key !== 'style' && !PRESENTATION.has(key)) this.b.edgeAttribute(edge, key, attribute.value, attribute.at);
          }
          if (edge.kind === undefined && /\b(dashed|dotted)\b/.test(style)) {
            edge.kind = 'soft';
            this.b.warn('unknown-value', 'dashed or dotted edges were read as soft dependencies (give kind=hard to override)', attributes.get('style')!.at);
          }
        }
      }
    }
  }

  /** One or more [a=b, c=d; e=f] lists, merged; later values win. */
  private attributeLists(): Map<string, Attribute> {
    const out = new Map<string, Attribute>();
    while (this.kind() === '[') {
      this.advance();
      while (this.kind() !== ']') {
        if (this.kind() !== 'id') this.fail('expected an attribute name, or "]" to close the attribute list');
        const key = this.token.value;
        this.advance();
        if (this.kind() !== '=') this.fail(`expected "=" after the attribute name "${key}"`);
        this.advance();
        if (this.kind() !== 'id') this.fail(`expected a value for the attribute "${key}"`);
        out.set(key, { value: this.token.value, html: this.token.style === 'html', at: this.token.offset });
        this.advance();
        if (this.kind() === ',' || this.kind() === ';') this.advance();
      }
      this.advance();
    }
    return out;
  }

  private graphAttributes(attributes: Map<string, Attribute>, scope: Scope, isRoot: boolean): void {
    for (const [key, attribute] of attributes) {
      if (key === 'label') {
        const label = labelText(attribute);
        const cluster = scope.clusters.at(-1);
        if (isRoot) this.b.title = label;
        else if (cluster && !isRoot) cluster.label = label;
      } else if (key === 'atlas_scenario' && isRoot) {
        try {
          const meta: unknown = JSON.parse(attribute.value);
          if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) throw new Error();
          this.b.meta = meta as Record<string, unknown>;
          this.b.metaAt = attribute.at;
        } catch {
          throw new TextProblem('atlas_scenario must be a JSON object (the scenario fields our export writes)', attribute.at);
        }
      } else if (!PRESENTATION.has(key)) this.b.warn('unknown-attribute', `graph attribute "${key}" has no meaning here and was ignored`, attribute.at, `graph:${key}`);
    }
  }
}
