/**
 * Mermaid flowchart import (`flowchart` / `graph`). The official package is a browser renderer with a
 * DOM dependency and its parser-only package (@mermaid-js/parser) has no flowchart grammar, so this is a
 * hand-written scanner and recursive-descent parser for the flowchart statements that describe a graph:
 * node shapes with labels (plain, quoted, multi-line, `@{ label: ... }`), links (`-->`, `---`, `-.->`,
 * `==>`, `~~~`, `<-->`, longer variants, `x`/`o` heads, text as `-- text -->` or `-->|text|`), chains and
 * `&` groups, `subgraph ... end`, `class`, `:::class`, and comments. Styling statements (`classDef`,
 * `style`, `linkStyle`, `click`, `direction`) are read and ignored.
 *
 * Meaning: `A --> B` reads "A depends on B" unless the direction option says otherwise; dotted links are
 * soft dependencies; links without an arrow are read in the chosen direction with a warning; invisible
 * links are dropped. A class named after one of our types (`class a cloud_region`) sets the type.
 * Our own fields travel in comments that Mermaid ignores, written by our export:
 *   %% atlas scenario {...}          scenario-level fields (trigger, mitigations, sources...)
 *   %% atlas node <id> {...}         node fields (id, rule, layer, note, evidence...)
 *   %% atlas edge <from> <to> {...}  edge fields (weight, note, evidence...)
 */
import { reportingProblems, TextProblem } from './format-error.ts';
import { GraphBuilder, type BuilderEdge } from './graph-builder.ts';
import type { ImportOptions, ImportResult } from './types.ts';


/** Shape openers, longest first, with their closers. */
const SHAPES: readonly [string, string][] = [
  ['(((', ')))'],
  ['[[', ']]'],
  ['[(', ')]'],
  ['([', '])'],
  ['((', '))'],
  ['{{', '}}'],
  ['[/', '/]'],
  ['[\\', '\\]'],
  ['[', ']'],
  ['(', ')'],
  ['{', '}'],
  ['>', ']'],
];

const IGNORED_STATEMENTS = new Set(['classDef', 'style', 'linkStyle', 'click', 'direction', 'accDescr']);

interface Link {
  kind: 'normal' | 'thick' | 'dotted' | 'invisible';
  arrow: boolean;
  both: boolean;
  text: string;
  at: number;
}

interface AtlasComment {
  what: 'node' | 'edge';
  ids: string[];
  fields: Record<string, unknown>;
  at: number;
}

/** Font Awesome icon codes (fa:fa-book) and markdown emphasis are drawing, not part of a name. */
function cleanLabel(raw: string): string {
  return raw
    .replace(/\bfa[bslr]?:fa-[a-z0-9-]+/gi, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/#quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const isIdChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;

export function importMermaid(text: string, options: ImportOptions = {}): ImportResult {
  return reportingProblems('mermaid', text, () => new MermaidParser(text, options).parse());
}

class MermaidParser {
  private i = 0;
  private readonly text: string;
  private readonly b: GraphBuilder;
  private readonly subgraphs: { group: ReturnType<GraphBuilder['group']>; at: number }[] = [];
  private readonly atlas: AtlasComment[] = [];
  private readonly edgesByIds = new Map<string, BuilderEdge>();
  private warnedUndirected = false;

  constructor(text: string, options: ImportOptions) {
    this.text = text;
    this.b = new GraphBuilder('mermaid', text, options, { directionMatters: true });
  }

  parse(): ImportResult {
    this.frontmatter();
    this.blank();
    const headerAt = this.i;
    const word = this.word();
    if (word !== 'flowchart' && word !== 'graph') {
      this.fail(word === '' && this.i >= this.text.length ? 'the file is empty: expected "flowchart TD" or "graph LR"' : 'a Mermaid flowchart starts with "flowchart" or "graph" (other diagram types have no dependency graph)', headerAt);
    }
    this.inlineSpace();
    if (this.peekIdChar()) this.word(); // direction: TD, TB, BT, LR, RL
    this.endOfStatement();
    for (;;) {
      this.blank();
      if (this.i >= this.text.length) break;
      this.statement();
    }
    if (this.subgraphs.length > 0) this.fail(`subgraph "${this.subgraphs.at(-1)!.group.label}" is never closed with "end"`, this.subgraphs.at(-1)!.at);
    this.applyAtlas();
    return this.b.finish();
  }

  private fail(message: string, at = this.i): never {
    throw new TextProblem(message, at);
  }

  /** A YAML front-matter block (--- ... ---) at the top; only its title is read. */
  private frontmatter(): void {
    const m = /^\s*---[ \t]*\r?\n/.exec(this.text);
    if (!m) return;
    const end = this.text.indexOf('\n---', m[0].length - 1);
    if (end < 0) this.fail('the front matter (---) is never closed with ---', m.index);
    for (const line of this.text.slice(m[0].length, end).split('\n')) {
      const t = /^title:\s*(.+?)\s*$/.exec(line);
      if (t) this.b.title = t[1]!.replace(/^["']|["']$/g, '');
    }
    this.i = end + 4;
  }

  /** Skips spaces, line breaks, ";" and comments (reading our `%% atlas` comments). */
  private blank(): void {
    const text = this.text;
    while (this.i < text.length) {
      const c = text[this.i]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ';') this.i++;
      else if (c === '%' && text[this.i + 1] === '%') this.comment();
      else break;
    }
  }

  private inlineSpace(): void {
    while (this.text[this.i] === ' ' || this.text[this.i] === '\t') this.i++;
  }

  private comment(): void {
    const start = this.i;
    if (this.text.startsWith('%%{', start)) {
      const end = this.text.indexOf('}%%', start);
      if (end < 0) this.fail('this directive is never closed with }%%', start);
      this.i = end + 3;
      return;
    }
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    const body = this.text.slice(start + 2, end).trim();
    this.i = end;
    const m = /^atlas\s+(scenario|node|edge)\s+/.exec(body);
    if (!m) return;
    const rest = body.slice(m[0].length);
    const jsonStart = rest.indexOf('{');
    const ids = (jsonStart < 0 ? rest : rest.slice(0, jsonStart)).trim().split(/\s+/).filter((s) => s !== '');
    const at = start + 2 + this.text.slice(start + 2, end).indexOf(body) + m[0].length + Math.max(0, jsonStart);
    let fields: unknown;
    try {
      fields = JSON.parse(jsonStart < 0 ? '' : rest.slice(jsonStart));
    } catch {
      this.fail('an "atlas" comment must end with a JSON object of fields', at);
    }
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) this.fail('an "atlas" comment must end with a JSON object of fields', at);
    const what = m[1] as 'scenario' | 'node' | 'edge';
    if (what === 'scenario') {
      this.b.meta = fields as Record<string, unknown>;
      this.b.metaAt = at;
      return;
    }
    if (ids.length !== (what === 'node' ? 1 : 2)) this.fail(`"atlas ${what}" names ${what === 'node' ? 'one node id' : 'two node ids'} before its fields`, at);
    this.atlas.push({ what, ids, fields: fields as Record<string, unknown>, at });
  }

  private peekIdChar(): boolean {
    return this.i < this.text.length && isIdChar(this.text.charCodeAt(this.i));
  }

  /** Letters, digits and "_" (a keyword or a direction). */
  private word(): string {
    const start = this.i;
    while (this.peekIdChar()) this.i++;
    return this.text.slice(start, this.i);
  }

  /** A statement ends at a line break, ";", a comment or the end of the text. */
  private endOfStatement(): void {
    this.inlineSpace();
    const c = this.text[this.i];
    if (c === undefined || c === '\n' || c === '\r' || c === ';' || (c === '%' && this.text[this.i + 1] === '%')) return;
    this.fail(`unexpected ${JSON.stringify(c)}: expected the end of the statement`);
  }

  private restOfLine(): void {
    while (this.i < this.text.length && this.text[this.i] !== '\n') this.i++;
  }

  private statement(): void {
    const start = this.i;
    const word = this.word();
    const after = this.text[this.i];
    const alone = after === undefined || after === ' ' || after === '\t' || after === '\n' || after === '\r' || after === ';';
    if (word === 'end' && alone) {
      if (this.subgraphs.length === 0) this.fail('"end" without a subgraph to close', start);
      this.subgraphs.pop();
      this.endOfStatement();
      return;
    }
    if (word === 'subgraph' && alone) return this.subgraph(start);
    if (IGNORED_STATEMENTS.has(word) && (alone || after === ':' || after === '{')) {
      if (word === 'accDescr' && this.text.slice(this.i).trimStart().startsWith('{')) {
        const end = this.text.indexOf('}', this.i);
        if (end < 0) this.fail('accDescr { is never closed with }', start);
        this.i = end + 1;
      } else this.restOfLine();
      return;
    }
    if (word === 'accTitle' && after === ':') {
      const lineEnd = this.text.indexOf('\n', this.i);
      this.b.title ??= this.text.slice(this.i + 1, lineEnd < 0 ? undefined : lineEnd).trim();
      this.restOfLine();
      return;
    }
    if (word === 'class' && alone) return this.classStatement();
    this.i = start;
    this.chain();
  }

  private subgraph(start: number): void {
    this.inlineSpace();
    let key = '';
    let label = '';
    if (this.text[this.i] === '"') label = this.quoted();
    else {
      const idStart = this.i;
      key = this.nodeId();
      if (this.text[this.i] === '[') {
        this.i++;
        this.inlineSpace();
        label = this.text[this.i] === '"' ? this.quoted() : this.until(']');
        this.inlineSpace();
        if (this.text[this.i] !== ']') this.fail('expected "]" to close the subgraph title');
        this.i++;
      } else {
        // "subgraph Some title words": the whole line is the title.
        const lineEnd = this.lineEnd();
        label = this.text.slice(idStart, lineEnd).trim();
        this.i = lineEnd;
      }
    }
    const group = this.b.group(key || label, cleanLabel(label) || key, start);
    this.subgraphs.push({ group, at: start });
    this.endOfStatement();
  }

  private lineEnd(): number {
    let end = this.i;
    while (end < this.text.length && this.text[end] !== '\n' && this.text[end] !== ';' && !this.text.startsWith('%%', end)) end++;
    return end;
  }

  /** class a,b className */
  private classStatement(): void {
    this.inlineSpace();
    const ids: [string, number][] = [];
    for (;;) {
      const at = this.i;
      const id = this.nodeId();
      if (id === '') this.fail('expected node ids after "class"');
      ids.push([id, at]);
      this.inlineSpace();
      if (this.text[this.i] !== ',') break;
      this.i++;
      this.inlineSpace();
    }
    const className = this.nodeId();
    if (className === '') this.fail('expected a class name after the node ids');
    for (const [id, at] of ids) this.applyClass(this.b.node(id, at), className, at);
    this.endOfStatement();
  }

  private applyClass(index: number, className: string, at: number): void {
    this.b.nodeAttribute(index, 'type', className, at);
  }

  /** vertexGroup (link vertexGroup)* */
  private chain(): void {
    let left = this.vertexGroup();
    for (;;) {
      this.inlineSpace();
      const link = this.link();
      if (!link) break;
      this.inlineSpace();
      const right = this.vertexGroup();
      this.connect(left, right, link);
      left = right;
    }
    this.endOfStatement();
  }

  private connect(left: number[], right: number[], link: Link): void {
    if (link.kind === 'invisible') {
      this.b.warn('dropped', 'invisible links (~~~) only help the layout: dropped', link.at);
      return;
    }
    if (!link.arrow && !this.warnedUndirected) {
      this.warnedUndirected = true;
      this.b.warn('undirected', 'links without an arrow do not say who depends on whom: read in the chosen direction', link.at);
    }
    if (link.both) this.b.warn('undirected', 'two-way links (<-->) were read as a dependency each way', link.at, 'both');
    for (const from of left) {
      for (const to of right) {
        const pairs: [number, number][] = link.both ? [[from, to], [to, from]] : [[from, to]];
        for (const [a, c] of pairs) {
          const edge = this.b.edge(a, c, link.at);
          if (link.kind === 'dotted') edge.kind = 'soft';
          if (link.text !== '') this.b.edgeAttribute(edge, 'label', cleanLabel(link.text), link.at);
          this.edgesByIds.set(`${this.b.nodes[a]!.key}\u0000${this.b.nodes[c]!.key}`, edge);
        }
      }
    }
  }

  /** vertex ("&" vertex)* */
  private vertexGroup(): number[] {
    const out = [this.vertex()];
    for (;;) {
      const save = this.i;
      this.inlineSpace();
      if (this.text[this.i] !== '&') {
        this.i = save;
        return out;
      }
      this.i++;
      this.inlineSpace();
      out.push(this.vertex());
    }
  }

  /** Node ids: letters, digits, "_", and "-" or "." when they do not start a link. */
  private nodeId(): string {
    const text = this.text;
    const start = this.i;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (isIdChar(c)) this.i++;
      else if ((c === 45 || c === 46) && this.i > start && isIdChar(text.charCodeAt(this.i + 1))) this.i++;
      else break;
    }
    return text.slice(start, this.i);
  }

  private vertex(): number {
    const at = this.i;
    const id = this.nodeId();
    if (id === '') this.fail(this.i >= this.text.length ? 'the statement ends where a node was expected' : `expected a node id, found ${JSON.stringify(this.text[this.i])}`);
    const index = this.b.node(id, at);
    for (const group of this.subgraphs) group.group.members.add(index);
    if (this.text.startsWith('@{', this.i)) this.shapeData(index);
    else {
      for (const [open, close] of SHAPES) {
        if (!this.text.startsWith(open, this.i)) continue;
        const labelAt = this.i + open.length;
        this.i = labelAt;
        const label = this.text[this.i] === '"' ? this.quoted() : this.until(close);
        if (!this.text.startsWith(close, this.i)) this.fail(`expected "${close}" to close the label of "${id}"`, labelAt - open.length);
        this.i += close.length;
        const clean = cleanLabel(label);
        if (clean !== '') this.b.nodeAttribute(index, 'label', clean, labelAt);
        break;
      }
    }
    if (this.text.startsWith(':::', this.i)) {
      this.i += 3;
      const classAt = this.i;
      const className = this.nodeId();
      if (className === '') this.fail('expected a class name after ":::"');
      this.applyClass(index, className, classAt);
    }
    return index;
  }

  /** id@{ shape: rect, label: "Text" }: only the label matters here. */
  private shapeData(index: number): void {
    const start = this.i;
    this.i += 2;
    for (;;) {
      this.blank();
      if (this.text[this.i] === '}') {
        this.i++;
        return;
      }
      const key = this.nodeId();
      if (key === '') this.fail('expected "key: value" pairs or "}" in the shape data', this.i);
      this.inlineSpace();
      if (this.text[this.i] !== ':') this.fail(`expected ":" after "${key}"`);
      this.i++;
      this.inlineSpace();
      const valueAt = this.i;
      let value: string;
      if (this.text[this.i] === '"') value = this.quoted();
      else {
        const s = this.i;
        while (this.i < this.text.length && !',}\n'.includes(this.text[this.i]!)) this.i++;
        value = this.text.slice(s, this.i).trim();
      }
      if (key === 'label') this.b.nodeAttribute(index, 'label', cleanLabel(value), valueAt);
      this.inlineSpace();
      if (this.text[this.i] === ',') this.i++;
      if (this.i >= this.text.length) this.fail('the shape data is never closed with "}"', start);
    }
  }

  /** "..." (may span lines); returns the text between the quotes. */
  private quoted(): string {
    const start = this.i;
    const end = this.text.indexOf('"', start + 1);
    if (end < 0) this.fail('this label is never closed with a double quote', start);
    this.i = end + 1;
    return this.text.slice(start + 1, end);
  }

  /** Raw label text up to `close` on the same statement. */
  private until(close: string): string {
    const start = this.i;
    while (this.i < this.text.length && !this.text.startsWith(close, this.i) && this.text[this.i] !== '\n') this.i++;
    return this.text.slice(start, this.i);
  }

  /** A link, or null when none starts here (the chain ends). */
  private link(): Link | null {
    const text = this.text;
    const at = this.i;
    let i = this.i;
    // Optional edge id: e1@-->
    const idMatch = /^[A-Za-z0-9_]+@(?=[-=~<.])/.exec(text.slice(i, i + 64));
    if (idMatch) i += idMatch[0].length;
    let both = false;
    if (text[i] === '<') {
      both = true;
      i++;
    }
    let kind: Link['kind'];
    const c = text[i];
    if (c === '~' && text.startsWith('~~~', i)) {
      while (text[i] === '~') i++;
      this.i = i;
      return { kind: 'invisible', arrow: false, both: false, text: '', at };
    }
    if (c === '-' && text[i + 1] === '.') kind = 'dotted';
    else if (c === '-' && text[i + 1] === '-') kind = 'normal';
    else if (c === '=' && text[i + 1] === '=') kind = 'thick';
    else {
      if (both) this.fail('expected a link after "<"', at);
      return null;
    }
    const body = kind === 'thick' ? '=' : '-';
    // The link body: ==, ---, -.-, -..- and so on.
    if (kind === 'dotted') {
      i++;
      while (text[i] === '.') i++;
      if (text[i] !== '-') {
        // "-. text .->": a dotted link with text inside.
        return this.linkWithText(kind, both, at, i, '.');
      }
      i++;
    } else {
      let n = 0;
      while (text[i] === body) {
        i++;
        n++;
      }
      const head = text[i];
      const isHead = head === '>' || ((head === 'x' || head === 'o') && !isIdChar(text.charCodeAt(i + 1)));
      if (n === 2 && !isHead && text[i] !== body) return this.linkWithText(kind, both, at, i, body);
    }
    const head = text[i];
    let arrow = false;
    if (head === '>' || ((head === 'x' || head === 'o') && !isIdChar(text.charCodeAt(i + 1)))) {
      arrow = true;
      i++;
    }
    this.i = i;
    let label = '';
    this.inlineSpace();
    if (this.text[this.i] === '|') {
      const end = this.text.indexOf('|', this.i + 1);
      if (end < 0) this.fail('the link text is never closed with "|"', this.i);
      label = this.text.slice(this.i + 1, end);
      this.i = end + 1;
    }
    return { kind, arrow: arrow || both, both, text: label.replace(/^"|"$/g, ''), at };
  }

  /** "-- text -->", "== text ==>", "-. text .->": the text runs to the closing arrow. */
  private linkWithText(kind: Link['kind'], both: boolean, at: number, textStart: number, body: string): Link {
    const text = this.text;
    let i = textStart;
    const closer = kind === 'dotted' ? /\.-+[>xo]?|\.-/y : body === '=' ? /={2,}[>xo]?/y : /-{2,}[>xo]?/y;
    for (; i < text.length && text[i] !== '\n'; i++) {
      closer.lastIndex = i;
      const m = closer.exec(text);
      if (m && (i === textStart || text[i - 1] === ' ' || kind === 'dotted')) {
        const label = text.slice(textStart, i).trim();
        const arrow = /[>xo]$/.test(m[0]);
        this.i = i + m[0].length;
        return { kind, arrow: arrow || both, both, text: label.replace(/^"|"$/g, ''), at };
      }
    }
    this.fail('this link has text after its start but no arrow to end it (e.g. "A -- text --> B")', at);
  }

  /** Applies the `%% atlas node/edge` comments once every node and edge is known. */
  private applyAtlas(): void {
    for (const comment of this.atlas) {
      if (comment.what === 'node') {
        const index = this.b.indexOf(comment.ids[0]!);
        if (index === undefined) {
          this.b.warn('dropped', `"atlas node ${comment.ids[0]}" names a node the diagram does not have: ignored`, comment.at);
          continue;
        }
        for (const [key, value] of Object.entries(comment.fields)) this.b.nodeAttribute(index, key, value, comment.at);
      } else {
        const edge = this.edgesByIds.get(`${comment.ids[0]}\u0000${comment.ids[1]}`);
        if (!edge) {
          this.b.warn('dropped', `"atlas edge ${comment.ids.join(' ')}" names a link the diagram does not have: ignored`, comment.at);
          continue;
        }
        for (const [key, value] of Object.entries(comment.fields)) this.b.edgeAttribute(edge, key, value, comment.at);
      }
    }
  }
}
