/**
 * What every importer builds on: nodes by foreign name, edges, groups and scenario-level fields, each with
 * the text offset it came from. `finish()` turns them into a scenario: edges turned round when the reader
 * asked, self-loops dropped and duplicate edges merged (with warnings), ids made valid and unique, types
 * guessed, a trigger chosen when the file names none, and the result checked by the engine's own
 * validation, whose complaints are reported at the line and column of the node or edge they are about.
 * Linear in the size of the graph.
 */
import { MAX_EDGES, MAX_NODES } from '../types.ts';
import { FormatError, FORMAT_TITLES } from './format-error.ts';
import { applyEdgeField, applyNodeField, type EdgeFields, type NodeFields } from './fields.ts';
import { IdAllocator, isValidId, slugOf } from './ids.ts';
import { guessNodeType, NEUTRAL_TYPE } from './node-type-guess.ts';
import { TextPositions } from './text-position.ts';
import type { FormatName, ImportedEdge, ImportedGroup, ImportedNode, ImportedScenario, ImportOptions, ImportResult, WarningCode } from './types.ts';
import { validateImported } from './validate.ts';
import { Warnings } from './warnings.ts';

export interface BuilderNode extends NodeFields {
  key: string;
  at: number;
}

export interface BuilderEdge extends EdgeFields {
  from: number;
  to: number;
  at: number;
  /** False for edges whose direction the format fixes (Jaeger, Backstage, group membership). */
  directional: boolean;
}

export interface BuilderGroup {
  key: string;
  label: string;
  at: number;
  members: Set<number>;
}

export interface BuilderSettings {
  /** How duplicate edges merge: keep the first (default) or add their weights (Jaeger call counts). */
  mergeWeights?: 'first' | 'sum';
  /** Whether `options.direction` means anything for this format. */
  directionMatters: boolean;
}

export class GraphBuilder {
  readonly positions: TextPositions;
  readonly warnings: Warnings;
  readonly nodes: BuilderNode[] = [];
  readonly edges: BuilderEdge[] = [];
  readonly groups: BuilderGroup[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly groupByKey = new Map<string, BuilderGroup>();
  /** Scenario-level fields given by the file (our exports carry them), and where. */
  meta: Record<string, unknown> | null = null;
  metaAt = -1;
  /** A title or name the file gives its graph. */
  title: string | undefined;

  readonly format: FormatName;
  readonly text: string;
  readonly options: ImportOptions;
  private readonly settings: BuilderSettings;

  constructor(format: FormatName, text: string, options: ImportOptions, settings: BuilderSettings) {
    this.format = format;
    this.text = text;
    this.options = options;
    this.settings = settings;
    this.positions = new TextPositions(text);
    this.warnings = new Warnings(this.positions);
    if (options.direction !== undefined && !settings.directionMatters) {
      this.warnings.add('option-ignored', `${FORMAT_TITLES[format]} says which way each dependency points, so the direction option is not used`, -1);
    }
  }

  /** Throws a located FormatError. */
  fail(message: string, offset: number): never {
    throw new FormatError(this.format, [{ path: '', message, ...this.positions.at(offset) }]);
  }

  warn(code: WarningCode, message: string, offset: number, key?: string): void {
    this.warnings.add(code, message, offset, key);
  }

  hasNode(key: string): boolean {
    return this.byKey.has(key);
  }

  indexOf(key: string): number | undefined {
    return this.byKey.get(key);
  }

  /** The node with this foreign key, created at `offset` if new. */
  node(key: string, offset: number): number {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    if (this.nodes.length >= MAX_NODES) this.fail(`more than ${MAX_NODES.toLocaleString('en')} components: the simulator's limit`, offset);
    const index = this.nodes.length;
    this.nodes.push({ key, at: offset, kinds: [] });
    this.byKey.set(key, index);
    return index;
  }

  edge(from: number, to: number, offset: number, directional = true): BuilderEdge {
    if (this.edges.length >= MAX_EDGES) this.fail(`more than ${MAX_EDGES.toLocaleString('en')} dependencies: the simulator's limit`, offset);
    const edge: BuilderEdge = { from, to, at: offset, directional };
    this.edges.push(edge);
    return edge;
  }

  group(key: string, label: string, offset: number): BuilderGroup {
    let group = this.groupByKey.get(key);
    if (!group) {
      group = { key, label, at: offset, members: new Set() };
      this.groupByKey.set(key, group);
      this.groups.push(group);
    }
    return group;
  }

  /** Applies a node attribute; unknown attributes become one warning per name. */
  nodeAttribute(index: number, name: string, value: unknown, offset: number): void {
    const outcome = applyNodeField(this.nodes[index]!, name, value);
    this.outcome(outcome, 'node', name, offset);
  }

  edgeAttribute(edge: BuilderEdge, name: string, value: unknown, offset: number): void {
    this.outcome(applyEdgeField(edge, name, value), 'edge', name, offset);
  }

  private outcome(outcome: ReturnType<typeof applyNodeField>, on: 'node' | 'edge', name: string, offset: number): void {
    if ('error' in outcome) this.fail(outcome.error, offset);
    if ('warning' in outcome) this.warn('unknown-value', outcome.warning, offset, `${on}:${name}`);
    if ('unknown' in outcome) this.warn('unknown-attribute', `${on} attribute "${name}" has no meaning here and was ignored`, offset, `${on}:${name}`);
  }

  finish(): ImportResult {
    const { nodes, groups } = this;
    const groupAsNode = this.options.groups === 'dependencies';
    const groupNodeIndex = new Map<BuilderGroup, number>();
    if (groupAsNode) {
      for (const group of groups) {
        const index = this.node(`group:${group.key}`, group.at);
        const node = nodes[index]!;
        node.label ??= group.label;
        node.kinds.push(group.label, group.key);
        groupNodeIndex.set(group, index);
        for (const member of group.members) this.edge(member, index, group.at, false);
      }
    }

    // Direction, self-loops and duplicates, in one pass.
    const reverse = this.options.direction === 'to-depends-on-from';
    const kept: BuilderEdge[] = [];
    const seen = new Map<number, BuilderEdge>();
    const N = 16_777_216; // > MAX_NODES, so from * N + to is unique and exact
    for (const edge of this.edges) {
      if (reverse && edge.directional) [edge.from, edge.to] = [edge.to, edge.from];
      if (edge.from === edge.to) {
        this.warn('self-loop', `${this.nameOf(edge.from)} depends on itself: dropped (a component cannot fail because of itself)`, edge.at);
        continue;
      }
      const key = edge.from * N + edge.to;
      const first = seen.get(key);
      if (first) {
        if (this.settings.mergeWeights === 'sum') first.weight = (first.weight ?? 1) + (edge.weight ?? 1);
        const how = this.settings.mergeWeights === 'sum' ? 'their weights added' : `the first kept (${this.where(first.at)})`;
        this.warn('duplicate-edge', `${this.nameOf(edge.from)} → ${this.nameOf(edge.to)} is listed more than once: merged, ${how}`, edge.at);
        continue;
      }
      seen.set(key, edge);
      kept.push(edge);
    }

    // Ids: ids that are already valid keep their spelling; other names are turned into ids after them.
    const ids = new Array<string>(nodes.length);
    const allocator = new IdAllocator();
    nodes.forEach((node, i) => {
      const wanted = node.id ?? node.key;
      if (isValidId(wanted)) ids[i] = allocator.take(wanted, wanted);
    });
    let renamed = -1;
    nodes.forEach((node, i) => {
      if (ids[i] !== undefined) return;
      ids[i] = allocator.take(node.id ?? node.key);
      if (renamed < 0) renamed = i;
    });
    if (renamed >= 0) {
      const node = nodes[renamed]!;
      this.warn('ids-changed', `ids use lowercase letters, digits, "_" and "-": "${node.key}" became "${ids[renamed]}" (the original name is kept as the label)`, node.at);
      for (let i = renamed + 1; i < nodes.length; i++) if (!isValidId(nodes[i]!.id ?? nodes[i]!.key)) this.warn('ids-changed', '', nodes[i]!.at);
    }

    // Types: the file's own, else a guess from kind words and names, else neutral.
    const outNodes: ImportedNode[] = nodes.map((node, i) => {
      let type = node.type;
      if (type === undefined) {
        const guess = guessNodeType([node.key, node.label ?? ''], node.kinds);
        if (guess) {
          type = guess;
          this.warn('type-guessed', `types were guessed from names and kinds, e.g. "${node.label ?? node.key}" as ${guess}; check them`, node.at);
        } else type = NEUTRAL_TYPE;
      }
      const out: ImportedNode = { id: ids[i]!, label: node.label ?? node.key, type: type as ImportedNode['type'] };
      if (node.layer !== undefined) out.layer = node.layer as ImportedNode['layer'];
      if (node.rule !== undefined) out.rule = node.rule;
      if (node.degradedRule !== undefined) out.degradedRule = node.degradedRule;
      if (node.note !== undefined) out.note = node.note;
      if (node.evidence !== undefined) out.evidence = node.evidence;
      if (node.sources !== undefined) out.sources = node.sources;
      return out;
    });
    const outEdges: ImportedEdge[] = kept.map((edge) => {
      const out: ImportedEdge = { from: ids[edge.from]!, to: ids[edge.to]! };
      if (edge.weight !== undefined) out.weight = edge.weight;
      if (edge.kind !== undefined) out.kind = edge.kind;
      if (edge.note !== undefined) out.note = edge.note;
      if (edge.evidence !== undefined) out.evidence = edge.evidence;
      if (edge.sources !== undefined) out.sources = edge.sources;
      return out;
    });

    if (nodes.length === 0) this.fail('the file describes no components', 0);
    const meta = this.meta ?? {};
    const scenario = {
      ...meta,
      id: typeof meta.id === 'string' ? meta.id : this.scenarioId(),
      title: typeof meta.title === 'string' ? meta.title : this.defaultTitle(),
      nodes: outNodes,
      edges: outEdges,
      trigger: meta.trigger ?? this.guessTrigger(outNodes, kept),
    } as ImportedScenario;
    // Key order as in our own files, whatever order the metadata came in.
    const { id, title, ...rest } = scenario;
    const ordered = { id, title, ...rest, nodes: outNodes, edges: outEdges } as ImportedScenario;

    validateImported(this.format, ordered, (path) => this.offsetOf(path, kept), this.positions, this.options.fileName);

    const outGroups: ImportedGroup[] = groups.map((group) => {
      const index = groupNodeIndex.get(group);
      return {
        id: index !== undefined ? ids[index]! : slugOf(group.key),
        label: group.label,
        members: [...group.members].map((m) => ids[m]!),
        ...this.positions.at(group.at),
      };
    });
    if (groups.length > 0 && !groupAsNode) {
      this.warn('group', `${groups.length} group${groups.length === 1 ? '' : 's'} found (e.g. "${groups[0]!.label}"); import with groups as dependencies to make each a shared failure domain`, groups[0]!.at);
    }
    return { format: this.format, scenario: ordered, warnings: this.warnings.list(), groups: outGroups };
  }

  private nameOf(index: number): string {
    const node = this.nodes[index]!;
    return `"${node.label ?? node.key}"`;
  }

  private where(offset: number): string {
    const { line, column } = this.positions.at(offset);
    return `line ${line}, column ${column}`;
  }

  /** The file's own title when it has one long enough for the schema (5 characters), else a description. */
  private defaultTitle(): string {
    const own = this.title?.trim() ?? '';
    const imported = `imported from ${FORMAT_TITLES[this.format]}`;
    if (own.length >= 5) return own;
    return own === '' ? imported[0]!.toUpperCase() + imported.slice(1) : `${own} (${imported})`;
  }

  private scenarioId(): string {
    const base = this.options.fileName?.replace(/\.[a-z0-9]+$/i, '') ?? this.title ?? '';
    const slug = slugOf(base).replace(/_/g, '-');
    return base.trim() === '' || slug === 'node' ? `imported-${this.format}` : slug;
  }

  /** The node most others depend on directly (ties: the first), as the cascade to show first. */
  private guessTrigger(nodes: readonly ImportedNode[], edges: readonly BuilderEdge[]): { seeds: string[]; description: string } {
    const dependents = new Int32Array(nodes.length);
    for (const edge of edges) if (edge.kind !== 'soft') dependents[edge.to]!++;
    let best = 0;
    for (let i = 1; i < nodes.length; i++) if (dependents[i]! > dependents[best]!) best = i;
    const node = nodes[best]!;
    this.warn('trigger-guessed', `the file names no failing component: "${node.label}" (the one most others depend on directly) is failed first; choose another in the simulator`, this.nodes[best]!.at);
    return {
      seeds: [node.id],
      description: `${node.label} fails: chosen on import as the component with the most direct dependents (${dependents[best]}).`,
    };
  }

  /** Where a validation problem is: the node or edge it names, else the scenario metadata, else the top. */
  private offsetOf(path: readonly (string | number)[], kept: readonly BuilderEdge[]): number {
    const [head, index] = path;
    if (head === 'nodes' && typeof index === 'number') return this.nodes[index]?.at ?? 0;
    if (head === 'edges' && typeof index === 'number') return kept[index]?.at ?? 0;
    return Math.max(0, this.metaAt);
  }
}
