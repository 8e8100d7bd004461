/**
 * Where the boxes of a strategy's structure diagram go (a reliability block diagram): a component is a
 * box with its name and the failure domains it lives in; a series block puts its parts in a row, joined
 * left to right; a k-of-n or threshold block stacks its parts between two rails, under its rule ("any 1
 * of 3", "2 of 3", "more than 2/3 of the weight"). Text wraps, never truncated; a redundant group of
 * more than MAX_SHOWN parts shows its first parts and a box saying how many more. Pure: the island
 * draws the result as SVG (StructureDiagram.tsx), on the server first.
 */
import type { Block, SystemDescription } from '../../engine/availability/index.ts';
import { numberText } from './calculator-fields.ts';

export interface DiagramBox {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** the domains it lives in, wrapped */
  sub: string[];
  kind: 'component' | 'more';
}
export interface DiagramRule {
  x: number;
  y: number;
  text: string;
}
export interface DiagramLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface Diagram {
  width: number;
  height: number;
  boxes: DiagramBox[];
  rules: DiagramRule[];
  lines: DiagramLine[];
}

export const MAX_SHOWN = 5;
/** Approximate advance of a 12 px sans-serif character; boxes are sized from it with room to spare. */
const CHAR = 7;
const LINE = 15;
const SUB_LINE = 13;
const PAD = 6;
const MAX_CHARS = 22;
const GAP = 18;
const VGAP = 8;
const RAIL = 14;
const RULE = 18;

/** Words wrapped at MAX_CHARS per line (a longer word gets its own line, whole). */
export function wrap(text: string, width = MAX_CHARS): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

interface Laid {
  w: number;
  h: number;
  /** draw this block with its top-left corner at (x, y) */
  place: (x: number, y: number, out: Diagram) => void;
}

function box(lines: string[], sub: string[], kind: DiagramBox['kind']): Laid {
  const chars = Math.max(...lines.map((l) => l.length), ...sub.map((l) => l.length * 0.9));
  const w = Math.max(80, Math.ceil(chars * CHAR + 2 * PAD));
  const h = PAD * 2 + lines.length * LINE + sub.length * SUB_LINE;
  return { w, h, place: (x, y, out) => void out.boxes.push({ x, y, w, h, lines, sub, kind }) };
}

function ruleText(block: Exclude<Block, { type: 'component' | 'series' }>): string {
  const n = block.parts.length;
  if (block.type === 'k-of-n') return block.k === 1 ? `any 1 of ${n}` : block.k === n ? `all ${n}` : `${block.k} of ${n}`;
  return `weight up ${block.comparison === 'more-than' ? '>' : '≥'} ${numberText(block.share)} of total`;
}

function lay(block: Block, domainName: (id: string) => string, fallback: string): Laid {
  if (block.type === 'component') {
    const domains = block.domains ?? [];
    return box(wrap(block.label ?? block.id ?? fallback), domains.length ? wrap(`in ${domains.map(domainName).join(', ')}`, MAX_CHARS + 3) : [], 'component');
  }
  const name = block.label ?? block.id ?? fallback;
  const shown = block.type !== 'series' && block.parts.length > MAX_SHOWN ? block.parts.slice(0, MAX_SHOWN - 1) : block.parts;
  const parts = shown.map((p, i) => lay(p, domainName, `${name}, part ${i + 1}`));
  if (shown.length < block.parts.length) parts.push(box([`… and ${block.parts.length - shown.length} more`], [], 'more'));

  if (block.type === 'series') {
    const h = Math.max(...parts.map((p) => p.h));
    const w = parts.reduce((s, p) => s + p.w, 0) + GAP * (parts.length - 1);
    return {
      w,
      h,
      place: (x, y, out) => {
        let at = x;
        parts.forEach((p, i) => {
          p.place(at, y + (h - p.h) / 2, out);
          if (i > 0) out.lines.push({ x1: at - GAP, y1: y + h / 2, x2: at, y2: y + h / 2 });
          at += p.w + GAP;
        });
      },
    };
  }
  const inner = Math.max(...parts.map((p) => p.w));
  const w = inner + 2 * RAIL;
  const h = RULE + parts.reduce((s, p) => s + p.h, 0) + VGAP * (parts.length - 1);
  const rule = ruleText(block);
  return {
    w: Math.max(w, Math.ceil(rule.length * CHAR) + 4),
    h,
    place: (x, y, out) => {
      out.rules.push({ x: x + 2, y: y + 13, text: rule });
      let at = y + RULE;
      const mids: number[] = [];
      for (const p of parts) {
        const px = x + RAIL + (inner - p.w) / 2;
        p.place(px, at, out);
        const mid = at + p.h / 2;
        mids.push(mid);
        out.lines.push({ x1: x, y1: mid, x2: px, y2: mid }, { x1: px + p.w, y1: mid, x2: x + w, y2: mid });
        at += p.h + VGAP;
      }
      out.lines.push({ x1: x, y1: mids[0]!, x2: x, y2: mids.at(-1)! }, { x1: x + w, y1: mids[0]!, x2: x + w, y2: mids.at(-1)! });
    },
  };
}

export function layoutStructure(system: SystemDescription): Diagram {
  const names = new Map((system.domains ?? []).map((d) => [d.id, d.label ?? d.id]));
  const root = lay(system.root, (id) => names.get(id) ?? id, system.label ?? 'the system');
  const margin = 2;
  const out: Diagram = { width: root.w + 2 * margin, height: root.h + 2 * margin, boxes: [], rules: [], lines: [] };
  root.place(margin, margin, out);
  return out;
}
