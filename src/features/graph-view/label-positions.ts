/**
 * Where each node's label goes, decided at build time so that no two drawn labels overlap and no
 * label covers another node. Greedy, most-linked nodes first: each label tries the right of its
 * node, then the left, below and above (or the sides its caller prefers); a label that fits nowhere is secondary (drawn only on hover
 * or focus, see the CSS). Text width is estimated from the character count with a generous width
 * per character, since the build has no font metrics; the browser test checks the drawn boxes.
 */
export interface LabelInput {
  id: string;
  x: number;
  y: number;
  /** radius of the node's shape */
  r: number;
  /** the label's lines (map-appearance.ts labelLines) */
  lines: string[];
  /** higher is placed first */
  priority: number;
  /** the sides to try, in order (default: right, left, below, above) */
  sides?: readonly LabelSide[];
  /** font size relative to the metrics' (a larger title) */
  scale?: number;
}

export type LabelSide = 'right' | 'left' | 'below' | 'above';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  anchor: 'start' | 'end' | 'middle';
  /** x of every line, and y of the first line's baseline (relative to the node's centre) */
  dx: number;
  dy: number;
  box: Box;
  /** false: no room, so it is drawn only on hover or focus */
  primary: boolean;
}

export interface LabelMetrics {
  fontSize: number;
  lineHeight: number;
  /** width of one character as a share of the font size (an overestimate keeps labels apart) */
  charWidth: number;
  /** gap between a node and its label, and kept around every label */
  gap: number;
  /** labels stay inside [0, width] × [0, height] */
  width: number;
  height: number;
}

const SIDES: LabelSide[] = ['right', 'left', 'below', 'above'];

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box of a label on one side of its node, and where its text starts. */
export function labelAt(n: LabelInput, side: LabelSide, m: LabelMetrics): Omit<PlacedLabel, 'id' | 'primary'> {
  const k = n.scale ?? 1;
  const w = Math.max(...n.lines.map((l) => l.trimEnd().length)) * m.fontSize * k * m.charWidth;
  const h = n.lines.length * m.lineHeight * k;
  // Baseline of the first line sits about 0.8 em below the top of its line box.
  const ascent = (m.fontSize * 0.8 + (m.lineHeight - m.fontSize) / 2) * k;
  let x0: number;
  let y0: number;
  let anchor: PlacedLabel['anchor'];
  let dx: number;
  if (side === 'right' || side === 'left') {
    y0 = n.y - h / 2;
    x0 = side === 'right' ? n.x + n.r + m.gap : n.x - n.r - m.gap - w;
    anchor = side === 'right' ? 'start' : 'end';
    dx = side === 'right' ? n.r + m.gap : -n.r - m.gap;
  } else {
    x0 = n.x - w / 2;
    y0 = side === 'below' ? n.y + n.r + m.gap : n.y - n.r - m.gap - h;
    anchor = 'middle';
    dx = 0;
  }
  return { side, anchor, dx, dy: round(y0 - n.y + ascent), box: { x0, y0, x1: x0 + w, y1: y0 + h } };
}

export function placeLabels(nodes: readonly LabelInput[], m: LabelMetrics): Map<string, PlacedLabel> {
  const nodeBoxes = nodes.map((n) => ({ id: n.id, box: { x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r } }));
  const taken: Box[] = [];
  const out = new Map<string, PlacedLabel>();
  const order = [...nodes].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const pad = (b: Box): Box => ({ x0: b.x0 - m.gap / 2, y0: b.y0 - m.gap / 2, x1: b.x1 + m.gap / 2, y1: b.y1 + m.gap / 2 });
  for (const n of order) {
    let chosen: PlacedLabel | undefined;
    for (const side of n.sides ?? SIDES) {
      const at = labelAt(n, side, m);
      const b = pad(at.box);
      const inside = at.box.x0 >= 0 && at.box.y0 >= 0 && at.box.x1 <= m.width && at.box.y1 <= m.height;
      if (inside && !taken.some((t) => overlaps(t, b)) && !nodeBoxes.some((o) => o.id !== n.id && overlaps(o.box, b))) {
        chosen = { id: n.id, ...at, primary: true };
        break;
      }
    }
    if (chosen) taken.push(chosen.box);
    out.set(n.id, chosen ?? { id: n.id, ...labelAt(n, n.sides?.[0] ?? 'right', m), primary: false });
  }
  return out;
}

const round = (v: number) => Math.round(v * 10) / 10;
