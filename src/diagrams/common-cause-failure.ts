/** Common-cause failure: diverse locations, one shared client release, all validators down together. */
import { graphPanel, type Diagram } from './drawing.ts';

const panel = graphPanel({
  nodes: [
    { id: 'host_a', label: 'Data centre A', type: 'hosting_provider' },
    { id: 'host_b', label: 'Data centre B', type: 'hosting_provider' },
    { id: 'host_c', label: 'Data centre C', type: 'hosting_provider' },
    { id: 'release', label: 'Client release with a bug', type: 'client_software' },
    { id: 'v1', label: 'Validator 1', type: 'validator_set' },
    { id: 'v2', label: 'Validator 2', type: 'validator_set' },
    { id: 'v3', label: 'Validator 3', type: 'validator_set' },
    { id: 'service', label: 'Staking service (any validator)', type: 'backend', rule: { kind: 'any' } },
  ],
  edges: [
    { from: 'v1', to: 'host_a' },
    { from: 'v2', to: 'host_b' },
    { from: 'v3', to: 'host_c' },
    { from: 'v1', to: 'release' },
    { from: 'v2', to: 'release' },
    { from: 'v3', to: 'release' },
    { from: 'service', to: 'v1' },
    { from: 'service', to: 'v2' },
    { from: 'service', to: 'v3' },
  ],
  seeds: ['release'],
  rows: [['host_a', 'host_b', 'host_c'], [null, 'release', null, null], ['v1', 'v2', 'v3'], ['service']],
  box: { x: 20, y: 10, w: 600, h: 470 },
});

export const diagram: Diagram = {
  slug: 'common-cause-failure',
  width: 640,
  height: 490,
  title: 'Three validators in three data centres, one client release: one cause fails them all',
  caption: 'The three validators were spread over three data centres, so no building could stop them all. They all ran the same client release, and one bug in it did: a single shared cause, coupled through a common design, disabled every redundant copy at once.',
  alternative: panel.alternative,
  items: panel.items,
};
