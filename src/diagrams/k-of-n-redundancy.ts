/** k-of-n redundancy: a 2-of-3 quorum of RPC providers survives one failure and not two. */
import { graphPanel, text, type Diagram, type PanelInput } from './drawing.ts';

const K = 2;
const scenario = (seeds: string[], x: number): PanelInput => ({
  nodes: [
    { id: 'a', label: 'Provider A', type: 'rpc_provider' },
    { id: 'b', label: 'Provider B', type: 'rpc_provider' },
    { id: 'c', label: 'Provider C', type: 'rpc_provider' },
    { id: 'quorum', label: `Reads that ${K} of 3 agree on`, type: 'rpc_aggregator', rule: { kind: 'atLeast', k: K } },
  ],
  edges: [
    { from: 'quorum', to: 'a' },
    { from: 'quorum', to: 'b' },
    { from: 'quorum', to: 'c' },
  ],
  seeds,
  rows: [['a', 'b', 'c'], ['quorum']],
  box: { x, y: 40, w: 300, h: 260 },
});

const one = graphPanel(scenario(['a'], 10));
const two = graphPanel(scenario(['a', 'b'], 330));
const word = (s: string | undefined) => (s === 'up' ? 'still served' : 'lost');

export const diagram: Diagram = {
  slug: 'k-of-n-redundancy',
  width: 640,
  height: 310,
  title: `A ${K}-of-3 quorum of RPC providers with one and with two providers down`,
  caption: `With ${K} of 3 needed, the quorum survives any 3 − ${K} = ${3 - K} failure: one provider down and the reads are ${word(one.status.get('quorum'))}; two down and they are ${word(two.status.get('quorum'))}.`,
  alternative: [
    `Left, one provider down: ${one.alternative.join(' ')}`,
    `Right, two providers down: ${two.alternative.join(' ')}`,
  ],
  items: [
    text(160, 22, 'One of three down', 'heading'),
    ...one.items,
    text(480, 22, 'Two of three down', 'heading'),
    ...two.items,
  ],
};
