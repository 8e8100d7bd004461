/** A single point of failure: redundancy everywhere except one component every request needs. */
import { graphPanel, type Diagram } from './drawing.ts';

const panel = graphPanel({
  nodes: [
    { id: 'rpc_a', label: 'RPC provider A', type: 'rpc_provider' },
    { id: 'rpc_b', label: 'RPC provider B', type: 'rpc_provider' },
    { id: 'cdn', label: 'CDN in front of the app', type: 'cdn' },
    { id: 'access', label: 'Chain access (A or B)', type: 'rpc_aggregator', rule: { kind: 'any' } },
    { id: 'app', label: 'DeFi app', type: 'frontend' },
  ],
  edges: [
    { from: 'access', to: 'rpc_a' },
    { from: 'access', to: 'rpc_b' },
    { from: 'app', to: 'access' },
    { from: 'app', to: 'cdn' },
  ],
  seeds: ['cdn'],
  rows: [['cdn', null, null], [null, 'rpc_a', 'rpc_b'], [null, 'access', null], ['app', null, null]],
  box: { x: 20, y: 10, w: 600, h: 440 },
});

if (panel.status.get('app') !== 'down' || panel.status.get('access') !== 'up') throw new Error('single-point-of-failure diagram: the model no longer shows the app down with chain access up');

export const diagram: Diagram = {
  slug: 'single-point-of-failure',
  width: 640,
  height: 460,
  title: 'Two RPC providers back each other up, but one CDN carries every request',
  caption: 'The app can lose either RPC provider and keep working, because the other takes over. Every request also passes through one CDN, with nothing to switch to: when it fails alone, the app is down although both providers are healthy.',
  alternative: panel.alternative,
  items: panel.items,
};
