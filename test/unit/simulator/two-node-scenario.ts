// A two-component scenario (B depends on A) for the simulator's reducer tests, with a chosen trigger.
import type { SimScenario } from '../../../src/features/simulator/simulation.ts';

export const twoNodeScenario = (id: string, seeds: string[]): SimScenario => ({
  id,
  title: id,
  nodes: [
    { id: 'a', label: 'A', type: 'cdn' },
    { id: 'b', label: 'B', type: 'wallet' },
  ],
  edges: [{ from: 'b', to: 'a' }],
  trigger: { seeds, description: 'A fails first.' },
});
