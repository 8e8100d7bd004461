// The canvas drawing split in two (graph/canvas-draw.ts): the base, which a click reuses as a bitmap, must
// not depend on the states, and the overlay must mark exactly what the states say. Checked through a
// recording 2D context on random graphs and random states: the expected sets are computed here from the
// scenario's own edges and the status map (ids), not from the drawing's typed arrays.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { layeredLayout } from '../../../src/features/simulator/layered-positions.ts';
import { randomScenario } from '../../../src/features/simulator/random-scenario.ts';
import { prepareCanvasGraph, statusCodes, viewOf } from '../../../src/features/simulator/graph/canvas-model.ts';
import { drawBase, drawOverlay, type Ink } from '../../../src/features/simulator/graph/canvas-draw.ts';
import type { ShownStatus } from '../../../src/features/simulator/simulation.ts';

const INK: Ink = { bg: 'bg', text: 'text', muted: 'muted', danger: 'danger', warn: 'warn', font: '12px sans-serif' };

/** What was painted: each stroke or fill with its colour, alpha and the points its path starts a piece at. */
interface Paint {
  op: 'stroke' | 'fill';
  colour: string;
  alpha: number;
  starts: string[];
}

function recorder() {
  const paints: Paint[] = [];
  let starts: string[] = [];
  const key = (x: number, y: number) => `${x.toFixed(3)},${y.toFixed(3)}`;
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    globalAlpha: 1,
    lineWidth: 1,
    font: '',
    textAlign: '',
    textBaseline: '',
    setLineDash() {},
    fillRect() {},
    fillText() {},
    beginPath() {
      starts = [];
    },
    moveTo(x: number, y: number) {
      starts.push(key(x, y));
    },
    lineTo() {},
    arc() {},
    rect(x: number, y: number, w: number) {
      starts.push(`rect ${key(x + w / 2, y + w / 2)}`);
    },
    stroke() {
      paints.push({ op: 'stroke', colour: ctx.strokeStyle, alpha: ctx.globalAlpha, starts });
    },
    fill() {
      paints.push({ op: 'fill', colour: ctx.fillStyle, alpha: ctx.globalAlpha, starts });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, paints };
}

describe('canvas drawing: base and overlay', () => {
  test('the base ignores the states; the overlay strokes in red exactly the edges whose dependency is not up, and fills pale exactly the down nodes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 60 }), fc.integer({ min: 1, max: 1000 }), fc.infiniteStream(fc.constantFrom<ShownStatus>('up', 'up', 'down', 'degraded')), (n, seed, states) => {
        const file = randomScenario(n, seed, 3);
        const layout = layeredLayout(file);
        const nodes = file.nodes.map((node) => ({ id: node.id, label: node.label ?? node.id, type: node.type ?? 'untyped' }));
        const graph = prepareCanvasGraph(layout, nodes, file.edges, new Map());
        const status = new Map(file.nodes.map((node) => [node.id, states.next().value as ShownStatus]));
        fc.pre([...status.values()].some((s) => s !== 'up'));
        const w = 900;
        const h = 500;
        const view = viewOf(layout, w, h, { k: 1, x: 0, y: 0 });

        const calm = recorder();
        drawBase(calm.ctx, graph, view, w, h, INK);
        const again = recorder();
        drawBase(again.ctx, graph, view, w, h, INK);
        expect(again.paints).toEqual(calm.paints);
        // Every edge is in the base, calm: its pieces start at the dependency's position.
        const edgeStarts = calm.paints.filter((p) => p.op === 'stroke' && p.colour === 'muted').flatMap((p) => p.starts);
        expect(edgeStarts).toHaveLength(file.edges.length);

        const over = recorder();
        const codes = statusCodes(graph, status, new Set());
        drawOverlay(over.ctx, graph, codes, view, w, h, INK);
        const at = (id: string) => {
          const p = layout.nodes.get(id)!;
          return `${(view.tx + view.sx * p.x).toFixed(3)},${(view.ty + view.sy * p.y).toFixed(3)}`;
        };
        const hotStarts = over.paints.filter((p) => p.op === 'stroke' && p.colour === 'danger' && p.alpha === 0.85).flatMap((p) => p.starts);
        const hot = file.edges.filter((e) => status.get(e.to) !== 'up').map((e) => at(e.to));
        expect(hotStarts.sort()).toEqual(hot.sort());
        // One shape (one path piece) per down node in the pale fills, and in the red outlines with their crosses (three pieces each).
        const down = [...status].filter(([, s]) => s === 'down').length;
        expect(over.paints.filter((p) => p.op === 'fill' && p.alpha === 0.5).flatMap((p) => p.starts)).toHaveLength(down);
        expect(over.paints.filter((p) => p.op === 'stroke' && p.colour === 'danger' && p.alpha === 1).flatMap((p) => p.starts)).toHaveLength(3 * down);
      }),
      { numRuns: 40 },
    );
  });
});
