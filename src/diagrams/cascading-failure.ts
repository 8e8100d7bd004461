/**
 * Cascading failure: replicas that carry each other's load fall one per wave. Each replica can carry its
 * share only while the one before it carries its own (the dependency is on capacity, as in the Reown
 * scenario), so the engine's waves are the cascade's steps.
 */
import { graphPanel, type Diagram } from './drawing.ts';

const panel = graphPanel({
  nodes: [
    { id: 'r1', label: 'Replica 1', type: 'server' },
    { id: 'r2', label: 'Replica 2 (takes 1’s load)', type: 'server' },
    { id: 'r3', label: 'Replica 3 (takes 1 and 2’s)', type: 'server' },
    { id: 'r4', label: 'Replica 4 (takes the rest)', type: 'server' },
    { id: 'service', label: 'Service (any replica)', type: 'backend', rule: { kind: 'any' } },
  ],
  edges: [
    { from: 'r2', to: 'r1' },
    { from: 'r3', to: 'r2' },
    { from: 'r4', to: 'r3' },
    { from: 'service', to: 'r1' },
    { from: 'service', to: 'r2' },
    { from: 'service', to: 'r3' },
    { from: 'service', to: 'r4' },
  ],
  seeds: ['r1'],
  rows: [['r1', 'r2', 'r3', 'r4'], ['service']],
  box: { x: 10, y: 10, w: 620, h: 280 },
  waves: true,
});

const last = Math.max(...panel.wave.values());

export const diagram: Diagram = {
  slug: 'cascading-failure',
  width: 640,
  height: 300,
  title: 'Replicas that take over each other’s load fall one after another',
  caption: `Replica 1 falls over and its traffic moves to replica 2, which cannot carry both shares and falls in the next wave, pushing everything onto 3, then 4. A service that survives any three losses is gone after ${last} waves, because each failure caused the next.`,
  alternative: panel.alternative,
  items: panel.items,
};
