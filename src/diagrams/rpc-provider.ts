/** The RPC provider: the chain keeps going, but everyone who reads it through one provider is cut off. */
import { graphPanel, type Diagram } from './drawing.ts';

const panel = graphPanel({
  nodes: [
    { id: 'nodes', label: 'Provider’s nodes', type: 'server' },
    { id: 'chain', label: 'The chain', type: 'chain' },
    { id: 'rpc', label: 'RPC provider API', type: 'rpc_provider' },
    { id: 'wallet', label: 'Wallet', type: 'wallet' },
    { id: 'app', label: 'DeFi front end', type: 'frontend' },
    { id: 'bot', label: 'Trading bot', type: 'backend' },
  ],
  edges: [
    { from: 'nodes', to: 'chain' },
    { from: 'rpc', to: 'nodes' },
    { from: 'wallet', to: 'rpc' },
    { from: 'app', to: 'rpc' },
    { from: 'bot', to: 'rpc' },
  ],
  seeds: ['rpc'],
  rows: [['nodes'], ['chain'], ['rpc'], ['wallet', 'app', 'bot']],
  box: { x: 20, y: 10, w: 600, h: 430 },
});

if (panel.status.get('chain') !== 'up') throw new Error('rpc-provider diagram: the model no longer keeps the chain up');

export const diagram: Diagram = {
  slug: 'rpc-provider',
  width: 640,
  height: 450,
  title: 'The RPC provider fails while the chain keeps producing blocks',
  caption: 'Wallets, front ends and bots do not talk to the chain; they talk to an RPC provider that runs nodes for them. When its API fails, the chain carries on producing blocks, and everyone who reads and sends through that provider alone is cut off from it.',
  alternative: panel.alternative,
  items: panel.items,
};
