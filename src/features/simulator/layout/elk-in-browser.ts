/**
 * ELK in the browser, for a reader's own graph (edited or imported): loaded on first need only (1.6 MB
 * of layout code that readers of the presets never download, since presets are laid out at build time).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Drawing } from './drawing.ts';
import { elkDrawing } from './elk-drawing.ts';
import type { UnionGraph } from './union-graph.ts';

const elk = new ELK();

export function layOut(graph: UnionGraph, graded: (id: string) => boolean): Promise<Drawing> {
  return elkDrawing(elk, graph, graded);
}
