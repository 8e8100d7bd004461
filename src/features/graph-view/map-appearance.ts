/**
 * How graph nodes look: a shape per group (so categories never depend on colour alone; the
 * colour comes from CSS custom properties, `--gv-<group>`, to follow the light and dark themes),
 * a size that grows with the number of neighbours, and a short label. Build-time only: the
 * browser receives finished path data.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import { CATEGORIES, CATEGORY_KEYS, type CategoryKey } from '../../lib/categories.ts';
import { INCIDENT_GROUP } from './graph-data.ts';

const CATEGORY_SHAPES: Record<CategoryKey, SymbolType> = {
  foundations: symbolCircle,
  infrastructure: symbolSquare,
  consensus: symbolTriangle,
  reliability: symbolDiamond,
  mitigation: symbolCross,
  markets: symbolStar,
  transactions: symbolWye,
};

/**
 * A flat-topped hexagon of `size` square units: the incidents' shape. d3's seven filled symbols
 * all belong to categories, and a flat top keeps it apart from the circle and the pointed diamond.
 */
export const symbolHexagon: SymbolType = {
  draw(context, size) {
    const r = Math.sqrt(size / (1.5 * Math.sqrt(3)));
    for (let i = 0; i < 6; i++) {
      const a = (Math.PI / 3) * i;
      const [x, y] = [r * Math.cos(a), r * Math.sin(a)];
      if (i === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.closePath();
  },
};

/** Name of each group's shape, said in the legend so the shape can be read as well as seen. */
export const CATEGORY_SHAPE_NAMES: Record<CategoryKey, string> = {
  foundations: 'circle',
  infrastructure: 'square',
  consensus: 'triangle',
  reliability: 'diamond',
  mitigation: 'cross',
  markets: 'star',
  transactions: 'three-pointed star',
};

export interface GroupInfo {
  key: string;
  title: string;
  shape: string;
}

/** The incident case studies' group, after the categories in the legend. */
export const INCIDENT_GROUP_INFO: GroupInfo = { key: INCIDENT_GROUP, title: 'Incident case studies', shape: 'hexagon' };

/** The groups in legend order: the glossary's categories, then the other collections. */
export const GROUPS: GroupInfo[] = [
  ...CATEGORY_KEYS.map((key) => ({ key, title: CATEGORIES[key].title, shape: CATEGORY_SHAPE_NAMES[key] })),
  INCIDENT_GROUP_INFO,
];

const isCategory = (group: string): group is CategoryKey => Object.hasOwn(CATEGORY_SHAPES, group);

/** SVG path of a group's shape centred on 0,0, with about `area` square units of ink. */
export function groupShapePath(group: string, area: number): string {
  const type = isCategory(group) ? CATEGORY_SHAPES[group] : group === INCIDENT_GROUP ? symbolHexagon : symbolCircle;
  const path = symbol(type, area)() ?? '';
  // d3 writes 15 significant digits; a tenth of a unit is finer than any screen shows.
  return path.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

/** Area of a node's shape: hubs are bigger, within a range that keeps leaves clickable. */
export function nodeArea(degree: number, scale = 1): number {
  return (110 + Math.min(degree, 30) * 12) * scale;
}

/** The group of one node, as its accessible name says it. */
export function groupTitle(group: string): string {
  return isCategory(group) ? CATEGORIES[group].title : group === INCIDENT_GROUP ? 'Incident case study' : group;
}

/**
 * A node's label on at most two lines of about `width` characters, never cut short: the visible
 * text must stay part of the node's accessible name (WCAG 2.5.3, label in name). Every line but
 * the last keeps its trailing space so the lines read as the title when joined.
 */
export function labelLines(title: string, width = 18): string[] {
  const words = title.split(/\s+/);
  const lines: string[] = [''];
  for (const w of words) {
    const line = lines[lines.length - 1]!;
    if (line && lines.length < 2 && (line + ' ' + w).length > width) lines.push(w);
    else lines[lines.length - 1] = line ? `${line} ${w}` : w;
  }
  return lines.map((l, i) => (i < lines.length - 1 ? `${l} ` : l));
}
