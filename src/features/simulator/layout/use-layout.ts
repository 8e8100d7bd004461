/**
 * The layout the drawing uses, for the width it has:
 * - a preset: its build-time ELK drawing (no layout code runs in the browser);
 * - a reader's own graph of up to ELK_LIMIT components: ELK's drawing, ELK loaded on first need (the
 *   quick layering shows until then; after an edit the previous drawing shows until the new one is ready);
 * - a bigger graph: the fast layering only (layered-positions.ts), so a 20,000-node import stays quick;
 * - on a phone-width container: the narrow drawing, derived from whichever of these is current.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../../engine/contagion/index.ts';
import { layeredLayout, type Layout } from '../layered-positions.ts';
import type { SimScenario } from '../simulation.ts';
import { toLayout, type Drawing } from './drawing.ts';
import { narrowDrawing } from './narrow-drawing.ts';
import { unionGraph } from './union-graph.ts';

/** Above this many components a reader's graph keeps the fast layering (ELK's routing grows steeply). */
export const ELK_LIMIT = 300;

export function useLayout(file: SimScenario, scenario: Scenario, prebuilt: Drawing | undefined, narrow: boolean, graded: (id: string) => boolean): Layout {
  const small = file.nodes.length <= ELK_LIMIT && file.nodes.length > 0;
  const union = useMemo(() => (small ? unionGraph(file) : null), [file, small]);
  const [laid, setLaid] = useState<{ file: SimScenario; drawing: Drawing } | null>(null);
  useEffect(() => {
    if (prebuilt || !union) return;
    let live = true;
    import('./elk-in-browser.ts')
      .then((m) => m.layOut(union, graded))
      .then((drawing) => live && setLaid({ file, drawing }))
      // the fast layering stays: a drawing with straight edges is still a correct drawing
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [file, union, prebuilt, graded]);
  // While a new drawing is on its way (tens of milliseconds once ELK is loaded), the previous ELK drawing
  // stays if it places all but one or two components (an edit): those are left out for that moment
  // rather than everything jumping twice (to the quick layering and back). A new graph (an import or a
  // preset) gets the quick layering at once.
  const last = useRef<Layout | null>(null);
  const wide = useMemo(() => {
    if (prebuilt) return (last.current = toLayout(prebuilt));
    if (laid && laid.file === file) return (last.current = toLayout(laid.drawing));
    if (union && last.current && placesAlmostAll(last.current, union)) return last.current;
    // an empty scenario still gets room to click in (in edit mode a click there adds a component)
    if (!file.nodes.length) return { nodes: new Map(), rows: [], width: 600, height: 240 };
    return layeredLayout(union ?? scenario);
  }, [prebuilt, laid, file, union, scenario]);
  return useMemo(() => {
    if (!narrow || !union) return wide;
    const present = { nodes: scenario.nodes.map((n) => ({ ...n, label: n.label ?? n.id })), edges: scenario.edges };
    return toLayout(narrowDrawing(present, wide, graded));
  }, [narrow, union, wide, graded, scenario]);
}

function placesAlmostAll(layout: Layout, graph: { nodes: readonly { id: string }[] }): boolean {
  let missing = 0;
  for (const n of graph.nodes) if (!layout.nodes.has(n.id) && ++missing > 2) return false;
  return true;
}
