/**
 * Build-time drawings of the catalogue's scenarios (run by ContagionSimulator.astro in Node): each
 * preset is laid out once per build, however many pages embed it, and reaches the browser as data.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { evidenceOf } from '../evidence.ts';
import type { SimScenario } from '../simulation.ts';
import type { Drawing } from './drawing.ts';
import { elkDrawing } from './elk-drawing.ts';
import { isGradedNode } from './graded.ts';
import { unionGraph } from './union-graph.ts';

const elk = new ELK();
const cache = new Map<string, Promise<Drawing>>();

export function presetDrawing(preset: SimScenario): Promise<Drawing> {
  let d = cache.get(preset.id!);
  if (!d) {
    d = elkDrawing(elk, unionGraph(preset), isGradedNode(evidenceOf(preset)));
    cache.set(preset.id!, d);
  }
  return d;
}
