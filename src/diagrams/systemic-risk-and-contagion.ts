/**
 * Systemic risk: one exchange goes offline, and the shock travels through a channel (the oracle that
 * prices collateral from it) to markets that never used the exchange directly.
 */
import { graphPanel, type Diagram } from './drawing.ts';

const panel = graphPanel({
  nodes: [
    { id: 'cex', label: 'Large exchange', type: 'cex' },
    { id: 'dex', label: 'DEX pool', type: 'dex' },
    // Down only when both venues are; degraded as soon as one is: the median has half its inputs.
    { id: 'oracle', label: 'Price oracle (both venues)', type: 'oracle_feed', rule: { kind: 'any' }, degradedRule: { kind: 'threshold', fraction: 0, strict: true } },
    { id: 'margin', label: 'Leveraged accounts at the exchange', type: 'cex' },
    { id: 'lend_a', label: 'Lending market A', type: 'lending_protocol' },
    { id: 'lend_b', label: 'Lending market B', type: 'lending_protocol' },
    { id: 'perp', label: 'Perpetuals venue', type: 'perp_venue' },
  ],
  edges: [
    { from: 'oracle', to: 'cex' },
    { from: 'oracle', to: 'dex' },
    { from: 'margin', to: 'cex' },
    { from: 'lend_a', to: 'oracle' },
    { from: 'lend_b', to: 'oracle' },
    { from: 'perp', to: 'oracle' },
  ],
  seeds: ['cex'],
  rows: [['cex', null, 'dex'], ['margin', 'oracle', null], ['lend_a', 'lend_b', 'perp']],
  box: { x: 20, y: 10, w: 600, h: 420 },
});

const readers = ['lend_a', 'lend_b', 'perp'].filter((id) => panel.status.get(id) === 'degraded').length;
if (panel.status.get('oracle') !== 'degraded') throw new Error('systemic-risk diagram: the model no longer degrades the oracle');

export const diagram: Diagram = {
  slug: 'systemic-risk-and-contagion',
  width: 640,
  height: 440,
  title: 'One exchange goes offline and the shock reaches markets that price collateral from it',
  caption: `One exchange going offline is first its own customers’ problem. It becomes a systemic one through the channels that lead out of it: the oracle that prices collateral from it loses half its inputs and is degraded, and so are the ${readers} markets that read it, although none of them trades on the exchange.`,
  alternative: panel.alternative,
  items: panel.items,
};
