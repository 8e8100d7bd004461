/**
 * GraphML import (http://graphml.graphdrawing.org/), as Gephi, yEd, NetworkX and our export write it,
 * streamed through saxes: a strict, namespace-aware XML parser with no DOM (it runs in a worker and in
 * Node), which reports malformed XML at its position. Read: `<key>` declarations (attr.name, attr.type,
 * `<default>`), nodes, edges (`edgedefault`, `directed`), `<data>` values, nested graphs (yEd group nodes
 * become groups), and yEd's `y:NodeLabel` as the label. Data keys whose attr.name is one of our fields
 * (label, type, rule, degradedRule, layer, note, evidence, sources, weight, kind) set that field; layout and
 * drawing keys (x, y, size, colours, yEd graphics) are skipped; other keys are ignored with a warning.
 *
 * Meaning: source depends on target unless the direction option says otherwise.
 */
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { FormatError } from './format-error.ts';
import { GraphBuilder } from './graph-builder.ts';
import { TextPositions } from './text-position.ts';
import type { ImportOptions, ImportResult } from './types.ts';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const YED_NS = 'http://www.yworks.com/xml/graphml';
/** Layout and drawing data (Gephi's viz attributes, yEd's url): skipped quietly. */
const PRESENTATION = new Set(['x', 'y', 'z', 'size', 'r', 'g', 'b', 'color', 'colour', 'width', 'height', 'shape', 'url', 'Edge Id', 'edgeid', 'id']);
const LABEL_NAMES = new Set(['label', 'Label', 'name', 'Name', 'Edge Label']);

interface Key {
  name: string;
  for: string;
  yfiles: string | null;
  defaultValue: string | null;
}

interface PendingNode {
  id: string;
  at: number;
  data: [string, string, number][];
  yedLabel: string | null;
  isGroup: boolean;
  /** Index of the group this node sits in (its parent group node), if any. */
  parent: PendingNode | null;
  members: string[];
}

interface PendingEdge {
  source: string;
  target: string;
  at: number;
  directed: boolean;
  data: [string, string, number][];
}

const attr = (tag: SaxesTagNS, name: string): string | undefined => (tag.attributes as Record<string, SaxesAttributeNS>)[name]?.value;

export function importGraphml(text: string, options: ImportOptions = {}): ImportResult {
  const positions = new TextPositions(text);
  const b: GraphBuilder = new GraphBuilder('graphml', text, options, { directionMatters: true });
  const parser = new SaxesParser({ xmlns: true, position: true });
  const keys = new Map<string, Key>();
  const stack: string[] = [];
  const nodes: PendingNode[] = [];
  const edges: PendingEdge[] = [];
  const graphDirected: boolean[] = [];
  const openNodes: PendingNode[] = [];
  let openEdge: PendingEdge | null = null;
  let data: { key: string; at: number; text: string; owner: 'node' | 'edge' | 'graph' | 'other' } | null = null;
  let inNodeLabel = false;
  let nodeLabelText = '';
  let keyDefault: Key | null = null;
  let defaultText = '';
  let tagStart = 0;
  let sawRoot = false;
  let graphDepth = 0;
  const graphData: [string, string, number][] = [];

  parser.on('opentagstart', (tag) => {
    // position is just past the character after the name; the tag starts at its "<".
    tagStart = Math.max(0, parser.position - tag.name.length - 2);
  });
  parser.on('opentag', (tag) => {
    const local = tag.local;
    const uri = tag.uri;
    stack.push(local);
    if (!sawRoot) {
      sawRoot = true;
      if (local !== 'graphml') throw new FormatError('graphml', [{ path: '', message: `a GraphML file starts with <graphml>, not <${tag.name}>`, ...positions.at(tagStart) }]);
      return;
    }
    if (uri === YED_NS && local === 'NodeLabel' && openNodes.length > 0 && openNodes.at(-1)!.yedLabel === null) {
      inNodeLabel = true;
      nodeLabelText = '';
      return;
    }
    if (uri !== GRAPHML_NS) return;
    switch (local) {
      case 'key': {
        const id = attr(tag, 'id');
        if (id === undefined) b.fail('a <key> needs an id', tagStart);
        const key: Key = { name: attr(tag, 'attr.name') ?? id, for: attr(tag, 'for') ?? 'all', yfiles: attr(tag, 'yfiles.type') ?? null, defaultValue: null };
        keys.set(id, key);
        keyDefault = key;
        return;
      }
      case 'default':
        defaultText = '';
        return;
      case 'graph': {
        const edgedefault = attr(tag, 'edgedefault') ?? 'directed';
        graphDirected.push(edgedefault !== 'undirected');
        graphDepth++;
        const owner = openNodes.at(-1);
        if (owner) owner.isGroup = true;
        return;
      }
      case 'node': {
        const id = attr(tag, 'id');
        if (id === undefined) b.fail('a <node> needs an id', tagStart);
        const node: PendingNode = { id, at: tagStart, data: [], yedLabel: null, isGroup: false, parent: openNodes.at(-1) ?? null, members: [] };
        openNodes.push(node);
        return;
      }
      case 'edge': {
        const source = attr(tag, 'source');
        const target = attr(tag, 'target');
        if (source === undefined || target === undefined) b.fail('an <edge> needs a source and a target', tagStart);
        const directedAttr = attr(tag, 'directed');
        const directed = directedAttr === undefined ? (graphDirected.at(-1) ?? true) : directedAttr === 'true';
        openEdge = { source, target, at: tagStart, directed, data: [] };
        return;
      }
      case 'data': {
        const key = attr(tag, 'key');
        if (key === undefined) b.fail('a <data> needs a key', tagStart);
        const parent = stack.at(-2);
        const owner = parent === 'node' ? 'node' : parent === 'edge' ? 'edge' : parent === 'graph' && graphDepth === 1 ? 'graph' : 'other';
        data = { key, at: tagStart, text: '', owner };
        return;
      }
      case 'hyperedge':
      case 'port':
        b.warn('dropped', `<${local}> elements have no meaning in a dependency graph and were ignored`, tagStart, local);
        return;
      default:
    }
  });
  const onText = (chunk: string): void => {
    if (inNodeLabel) nodeLabelText += chunk;
    else if (data && stack.at(-1) === 'data') data.text += chunk;
    else if (keyDefault && stack.at(-1) === 'default') defaultText += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    stack.pop();
    const local = tag.local;
    if (tag.uri === YED_NS && local === 'NodeLabel' && inNodeLabel) {
      inNodeLabel = false;
      const node = openNodes.at(-1);
      if (node && node.yedLabel === null) node.yedLabel = nodeLabelText.trim();
      return;
    }
    if (tag.uri !== GRAPHML_NS) return;
    switch (local) {
      case 'default':
        if (keyDefault) keyDefault.defaultValue = defaultText;
        return;
      case 'key':
        keyDefault = null;
        return;
      case 'graph':
        graphDirected.pop();
        graphDepth--;
        return;
      case 'data': {
        if (!data) return;
        const entry: [string, string, number] = [data.key, data.text, data.at];
        if (data.owner === 'node') openNodes.at(-1)?.data.push(entry);
        else if (data.owner === 'edge') openEdge?.data.push(entry);
        else if (data.owner === 'graph') graphData.push(entry);
        data = null;
        return;
      }
      case 'node': {
        const node = openNodes.pop();
        if (!node) return;
        nodes.push(node);
        node.parent?.members.push(node.id);
        return;
      }
      case 'edge':
        if (openEdge) edges.push(openEdge);
        openEdge = null;
        return;
      default:
    }
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof FormatError) throw error;
    const message = (error as Error).message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '');
    throw new FormatError('graphml', [{ path: '', message: `invalid XML: ${message}`, ...positions.at(Math.max(0, parser.position - 1)) }]);
  }
  if (!sawRoot) b.fail('the file is empty: expected a <graphml> document', 0);

  const applyData = (owner: 'node' | 'edge', entries: readonly [string, string, number][], apply: (name: string, value: string, at: number) => void, at: number): void => {
    const given = new Set<string>();
    for (const [keyId, value, dataAt] of entries) {
      const key = keys.get(keyId);
      if (!key) b.fail(`<data key="${keyId}"> uses a key the file does not declare`, dataAt);
      given.add(keyId);
      if (key.yfiles !== null || PRESENTATION.has(key.name)) continue;
      apply(LABEL_NAMES.has(key.name) ? 'label' : key.name, value.trim(), dataAt);
    }
    for (const [keyId, key] of keys) {
      if (key.defaultValue === null || given.has(keyId) || (key.for !== owner && key.for !== 'all')) continue;
      if (key.yfiles !== null || PRESENTATION.has(key.name)) continue;
      apply(LABEL_NAMES.has(key.name) ? 'label' : key.name, key.defaultValue.trim(), at);
    }
  };

  // Graph-level data: the title, and our scenario fields.
  for (const [keyId, value, at] of graphData) {
    const key = keys.get(keyId);
    if (!key || key.yfiles !== null) continue;
    if (key.name === 'atlas_scenario') {
      try {
        const meta: unknown = JSON.parse(value);
        if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) throw new Error();
        b.meta = meta as Record<string, unknown>;
        b.metaAt = at;
      } catch {
        b.fail('atlas_scenario must be a JSON object (the scenario fields our export writes)', at);
      }
    } else if ((key.name === 'label' || key.name === 'title' || key.name === 'Description') && value.trim() !== '') b.title = value.trim();
  }

  // Plain nodes first in document order; group nodes become groups (and nodes only if an edge names them).
  const byId = new Map<string, PendingNode>();
  for (const node of nodes) {
    if (byId.has(node.id)) b.fail(`node id "${node.id}" is used twice`, node.at);
    byId.set(node.id, node);
  }
  const nodeIndex = (node: PendingNode): number => {
    const isNew = !b.hasNode(node.id);
    const index = b.node(node.id, node.at);
    if (isNew) {
      if (node.yedLabel) b.nodeAttribute(index, 'label', node.yedLabel, node.at);
      applyData('node', node.data, (name, value, at) => b.nodeAttribute(index, name, value, at), node.at);
    }
    return index;
  };
  const ordered = [...nodes].sort((x, y) => x.at - y.at);
  for (const node of ordered) if (!node.isGroup) nodeIndex(node);
  for (const node of ordered) {
    if (!node.isGroup) continue;
    const group = b.group(node.id, node.yedLabel || node.id, node.at);
    const addMembers = (g: PendingNode): void => {
      for (const id of g.members) {
        const member = byId.get(id)!;
        if (member.isGroup) addMembers(member);
        else group.members.add(nodeIndex(member));
      }
    };
    addMembers(node);
  }
  let warnedUndirected = false;
  for (const edge of edges) {
    const ends = [edge.source, edge.target].map((id) => {
      const node = byId.get(id);
      if (!node) b.fail(`this edge names node "${id}", which the file does not declare`, edge.at);
      return nodeIndex(node);
    });
    if (!edge.directed && !warnedUndirected) {
      warnedUndirected = true;
      b.warn('undirected', 'undirected edges do not say who depends on whom: read in the chosen direction', edge.at);
    }
    const out = b.edge(ends[0]!, ends[1]!, edge.at);
    applyData('edge', edge.data, (name, value, at) => b.edgeAttribute(out, name, value, at), edge.at);
  }
  return b.finish();
}
