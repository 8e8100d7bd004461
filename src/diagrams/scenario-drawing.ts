/**
 * A simulator scenario (content/scenarios/) as a diagram: its trigger failed and the engine's outcome
 * drawn in the simulator's rows (the simulator's own layered layout orders each row). Incidents with a
 * scenario use it in their OpenGraph image.
 */
import { toScenario } from '../engine/contagion/index.ts';
import type { UserScenarioFile } from '../engine/contagion/index.ts';
import { layeredLayout } from './tool-look.ts';
import { graphPanel, type Diagram } from './drawing.ts';

const GAP_X = 110;
const GAP_Y = 120;

export function scenarioDiagram(file: Pick<UserScenarioFile, 'id' | 'nodes' | 'edges' | 'trigger'> & { title?: string }): Diagram {
  const scenario = toScenario(file);
  const layout = layeredLayout(scenario);
  const placed = [...layout.nodes.values()];
  const rows = layout.rows.map((r) => placed.filter((n) => n.layer === r.layer).sort((a, b) => a.x - b.x).map((n) => n.id));
  const width = Math.max(400, Math.max(...rows.map((r) => r.length)) * GAP_X);
  const height = 101 + (rows.length - 1) * GAP_Y;
  const panel = graphPanel({
    nodes: scenario.nodes.map((n) => ({ ...n, label: n.label ?? n.id, type: n.type ?? 'untyped' })),
    edges: scenario.edges,
    seeds: file.trigger.seeds,
    rows,
    box: { x: 0, y: 0, w: width, h: height },
  });
  const title = file.title ?? file.id;
  return { slug: `scenario-${file.id}`, width, height, title, caption: title, alternative: panel.alternative, items: panel.items };
}
