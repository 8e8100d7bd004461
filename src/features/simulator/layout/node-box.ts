/**
 * How much room a component takes in the drawing: its shape, with its name wrapped beside it. The
 * layout reserves this box so that no edge is routed through a name, including the lines that appear
 * later (DOWN / DEGRADED when it fails, the evidence grade). Pure: used at build time in Node and in
 * the browser alike.
 */

/** Lines of at most `width` characters, never cut short: a truncated label would hide part of what the
 * scenario says and make the visible text disagree with the node's accessible name. */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [''];
  for (const w of label.split(/\s+/).filter(Boolean)) {
    const line = lines[lines.length - 1]!;
    if (line && (line + ' ' + w).length > width) lines.push(w);
    else lines[lines.length - 1] = line ? `${line} ${w}` : w;
  }
  return lines;
}

/** Geometry of the node drawing (GraphSvg.tsx draws to these numbers). */
export const NODE_GEOMETRY = {
  /** the seed ring's radius: the widest part of the shape drawing */
  ringRadius: 30,
  /** baseline of the first label line below the shape's centre, when the name is drawn under it
   * (the fast layering for big graphs) */
  firstBaseline: 34,
  lineHeight: 14,
} as const;

/** A conservative width of `text` at 12 px: names are measured without a font at build time, so each
 * character counts at about the widest advance common sans-serif fonts give its class (DejaVu Sans,
 * Chromium's default on Linux, is among the widest); a box errs wide, never narrow. */
export function textWidth(text: string): number {
  let w = 0;
  for (const c of text) {
    if (/[ijlftr.,:;'!|()[\] ]/.test(c)) w += 4.8;
    else if (/[mwMW@%]/.test(c)) w += 12;
    else if (/[A-Z]/.test(c)) w += 9;
    else w += 7.6;
  }
  return Math.ceil(w);
}

/** Characters per name line: the wide drawing, and the narrow one for phone screens. */
export const WRAP = { wide: 18, narrow: 16 } as const;

/** From the shape's centre to where its name starts (names sit beside the shape, left-aligned). */
export const NAME_OFFSET = NODE_GEOMETRY.ringRadius + 6;

/** The lines a name is drawn in, with those it may gain: the state word (DOWN, DEGRADED) and, for an
 * inferred or assumed component, its grade. Reserved up front, so a failure never grows a name into an edge. */
export function reservedLines(label: string, graded: boolean, wrapAt: number): string[] {
  return [...wrapLabel(label, wrapAt), 'DEGRADED', ...(graded ? [' (inferred)'] : [])];
}

export interface NodeBox {
  width: number;
  height: number;
  /** from the box's left and top edges to the shape's centre */
  centreX: number;
  centreY: number;
}

/** The width of a name's widest line (the state word is bold: counted a tenth wider). */
export function nameWidth(lines: readonly string[]): number {
  return Math.max(...lines.map((l) => (l === 'DEGRADED' ? 1.1 : 1) * textWidth(l)));
}

/** The box of a component drawn as a card: its shape on the left, its name beside it. */
export function nodeBox(label: string, graded: boolean, wrapAt: number): NodeBox {
  const g = NODE_GEOMETRY;
  const lines = reservedLines(label, graded, wrapAt);
  const height = Math.max(2 * g.ringRadius, lines.length * g.lineHeight + 10);
  return { width: g.ringRadius + NAME_OFFSET + nameWidth(lines) + 4, height, centreX: g.ringRadius, centreY: height / 2 };
}
