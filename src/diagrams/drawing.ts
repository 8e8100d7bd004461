/**
 * What a term diagram is made of: a few drawing primitives in one coordinate space, plus the words that
 * say the same thing for readers who cannot see it. A diagram module builds these; `render-svg.ts` turns
 * them into the page's SVG (colours from the site's custom properties) or the OpenGraph image's SVG.
 *
 * Dependency pictures are not drawn by hand: `graphPanel` runs the contagion engine on a small scenario
 * and draws what it says is down, degraded and up, in the simulator's visual language (one shape per
 * layer, one colour per type, state marked by outline, glyph and word).
 */
import { compile, evaluate, layerOf, type Layer, type Rule } from '../engine/contagion/index.ts';
import { typeColours } from './tool-look.ts';

export type Status = 'up' | 'down' | 'degraded';

export interface NodeItem {
  kind: 'node';
  id: string;
  x: number;
  y: number;
  layer: Layer;
  /** the type's colour (the simulator's palette) */
  fill: string;
  /** label lines, drawn under the shape */
  lines: string[];
  status: Status;
  /** where the failure started */
  seed: boolean;
  /** a short tag beside the shape, e.g. the wave it failed in */
  badge?: string;
}

export interface EdgeItem {
  kind: 'edge';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** its dependency is down or degraded: failure travels along it */
  hot: boolean;
  soft: boolean;
}

/** A rectangle around a group: a failure domain, or the reach of a failure. */
export interface BoxItem {
  kind: 'box';
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  tone: 'domain' | 'down' | 'reach';
}

export interface TextItem {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  tone: 'heading' | 'note' | 'danger' | 'ok';
}

export interface BarItem {
  kind: 'bar';
  x: number;
  y: number;
  w: number;
  h: number;
  tone: 'neutral' | 'danger';
}

export type Item = NodeItem | EdgeItem | BoxItem | TextItem | BarItem;

export interface Diagram {
  /** the term's slug; the figure carries it as data-diagram */
  slug: string;
  width: number;
  height: number;
  /** the SVG's <title>: what the picture shows, in a few words */
  title: string;
  /** the SVG's <desc> and the visible caption: what to take from it, in a sentence or two */
  caption: string;
  /** the text alternative: everything the picture says, one line per fact */
  alternative: string[];
  items: Item[];
}

// ---------------------------------------------------------------------------------------------
// Dependency pictures from the contagion engine

export interface PanelNode {
  id: string;
  label: string;
  type: string;
  layer?: string;
  rule?: Rule;
  degradedRule?: Rule;
}

export interface PanelInput {
  nodes: PanelNode[];
  /** `from` depends on `to`, as in scenario files */
  edges: { from: string; to: string; kind?: 'hard' | 'soft'; weight?: number }[];
  seeds: string[];
  /**
   * node ids row by row, bottom row first (infrastructure at the bottom, as in the simulator); each row
   * is spread evenly over the panel's width, and a null keeps a slot empty
   */
  rows: (string | null)[][];
  /** the panel's box in the diagram */
  box: { x: number; y: number; w: number; h: number };
  /** tag each failed node with the wave it failed in */
  waves?: boolean;
  /** nodes in the model that the diagram draws itself (as a domain box): no shape, no edges */
  undrawn?: string[];
}

export interface Panel {
  items: Item[];
  status: Map<string, Status>;
  /** wave index of each failed node (0 = the seeds) */
  wave: Map<string, number>;
  /** the text alternative of this panel: what failed first, what went down and why, what stayed up */
  alternative: string[];
  /** where each drawn node is */
  at: Map<string, { x: number; y: number }>;
}

/** Label lines of at most `width` characters, split at spaces. */
export function wrapLabel(label: string, width = 16): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && (lines[last] + ' ' + word).length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** Runs the engine on a small scenario and lays it out in rows: the picture and its words. */
export function graphPanel(input: PanelInput): Panel {
  const placed = new Set(input.rows.flat().filter((id) => id !== null));
  const undrawn = new Set(input.undrawn);
  for (const n of input.nodes) if (!placed.has(n.id) && !undrawn.has(n.id)) throw new Error(`diagram panel: node "${n.id}" is in no row`);
  if (placed.size + undrawn.size !== input.nodes.length) throw new Error('diagram panel: a row names a node the panel does not have, or names it twice');

  const outcome = evaluate(compile({ nodes: input.nodes, edges: input.edges }), input.seeds);
  const status = outcome.status as Map<string, Status>;
  const wave = new Map<string, number>();
  outcome.waves.forEach((ids, i) => ids.forEach((id) => wave.set(id, i)));

  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const types = [...new Set([...placed].map((id) => byId.get(id)!.type))];
  const colours = typeColours(types);
  const { x, y, w, h } = input.box;
  // The top row's seed ring needs 26 units above it; the bottom row's label (three lines) 75 below.
  const rowGap = input.rows.length > 1 ? (h - 101) / (input.rows.length - 1) : 0;
  const at = new Map<string, { x: number; y: number }>();
  input.rows.forEach((row, r) => {
    row.forEach((id, i) => id !== null && at.set(id, { x: x + (w * (i + 0.5)) / row.length, y: y + h - 75 - r * rowGap }));
  });

  const items: Item[] = [];
  for (const e of input.edges) {
    if (undrawn.has(e.from) || undrawn.has(e.to)) continue;
    const a = at.get(e.to)!; // the dependency: failure travels from it...
    const b = at.get(e.from)!; // ...to what depends on it
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const start = 17;
    const end = 21;
    items.push({
      kind: 'edge',
      x1: round(a.x + (dx / len) * start),
      y1: round(a.y + (dy / len) * start),
      x2: round(b.x - (dx / len) * end),
      y2: round(b.y - (dy / len) * end),
      hot: status.get(e.to) !== 'up',
      soft: e.kind === 'soft',
    });
  }
  for (const n of input.nodes) {
    if (undrawn.has(n.id)) continue;
    const p = at.get(n.id)!;
    const failedIn = wave.get(n.id);
    items.push({
      kind: 'node',
      id: n.id,
      x: round(p.x),
      y: round(p.y),
      layer: layerOf(n),
      fill: colours.get(n.type)!,
      lines: wrapLabel(n.label),
      status: status.get(n.id)!,
      seed: input.seeds.includes(n.id),
      ...(input.waves && failedIn !== undefined ? { badge: failedIn === 0 ? 'start' : `wave ${failedIn}` } : {}),
    });
  }

  const label = (id: string) => byId.get(id)!.label;
  const dependsOn = (id: string) => input.edges.filter((e) => e.from === id);
  const alternative: string[] = [];
  alternative.push(`Failed first: ${list(input.seeds.map(label))}.`);
  outcome.waves.slice(1).forEach((ids, i) => {
    for (const id of ids) {
      const causes = dependsOn(id).filter((e) => status.get(e.to) === 'down').map((e) => label(e.to));
      alternative.push(`${label(id)} went down${input.waves ? ` in wave ${i + 1}` : ''}, because ${list(causes)} did.`);
    }
  });
  for (const id of outcome.degraded) {
    const causes = dependsOn(id).filter((e) => status.get(e.to) !== 'up').map((e) => label(e.to));
    alternative.push(`${label(id)} was degraded but stayed up, because ${list(causes)} was not healthy.`);
  }
  const up = input.nodes.filter((n) => status.get(n.id) === 'up').map((n) => n.label);
  if (up.length) alternative.push(`Still up: ${list(up)}.`);
  return { items, status, wave, alternative, at };
}

/** How many nodes (of `among`, or all) the model gave this status: captions quote the model, not a guess. */
export function countStatus(status: ReadonlyMap<string, Status>, which: Status, among?: readonly string[]): number {
  return [...status].filter(([id, s]) => s === which && (!among || among.includes(id))).length;
}

export function round(v: number): number {
  return Math.round(v * 10) / 10;
}

export function text(x: number, y: number, value: string, tone: TextItem['tone'] = 'note', anchor: TextItem['anchor'] = 'middle'): TextItem {
  return { kind: 'text', x, y, text: value, anchor, tone };
}
