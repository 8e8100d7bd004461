/** Contagion itself: one shared region fails, and services run by different teams fail with it. */
import { countStatus, graphPanel, type Diagram } from './drawing.ts';

const panel = graphPanel({
  nodes: [
    { id: 'region', label: 'Cloud region', type: 'cloud_region' },
    { id: 'chain', label: 'The chain (own validators)', type: 'chain' },
    { id: 'rpc', label: 'RPC provider', type: 'rpc_provider' },
    { id: 'oracle', label: 'Price oracle', type: 'oracle_feed' },
    { id: 'backend', label: 'Exchange back end', type: 'backend' },
    { id: 'wallet', label: 'Wallet', type: 'wallet' },
    { id: 'lending', label: 'Lending protocol', type: 'lending_protocol' },
    { id: 'cex', label: 'Exchange', type: 'cex' },
  ],
  edges: [
    { from: 'rpc', to: 'region' },
    { from: 'rpc', to: 'chain' },
    { from: 'oracle', to: 'region' },
    { from: 'backend', to: 'region' },
    { from: 'wallet', to: 'rpc' },
    { from: 'lending', to: 'oracle' },
    { from: 'lending', to: 'chain' },
    { from: 'cex', to: 'backend' },
  ],
  seeds: ['region'],
  rows: [['region', 'chain'], ['rpc', 'oracle', 'backend'], ['wallet', 'lending', 'cex']],
  box: { x: 20, y: 10, w: 600, h: 380 },
});

const down = countStatus(panel.status, 'down') - 1;

export const diagram: Diagram = {
  slug: 'infrastructure-outage-contagion',
  width: 640,
  height: 400,
  title: 'One cloud region fails and services of different teams fail with it',
  caption: `One cloud region fails. ${down} services that look independent, from an RPC provider to a lending protocol, go down with it because each rents capacity there or depends on something that does; the chain itself keeps producing blocks.`,
  alternative: panel.alternative,
  items: panel.items,
};
