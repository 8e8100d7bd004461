/** CDN dependency: the front door jams; the origin and the chain behind it are fine, and nobody gets in. */
import { graphPanel, type Diagram } from './drawing.ts';

const panel = graphPanel({
  nodes: [
    { id: 'cdn', label: 'CDN and reverse proxy', type: 'cdn' },
    { id: 'chain', label: 'The chain', type: 'chain' },
    { id: 'origin', label: 'Exchange origin and matching engine', type: 'backend' },
    { id: 'web', label: 'Exchange website', type: 'frontend' },
    { id: 'api', label: 'Public trading API', type: 'cex' },
  ],
  edges: [
    { from: 'origin', to: 'chain' },
    { from: 'web', to: 'cdn' },
    { from: 'web', to: 'origin' },
    { from: 'api', to: 'cdn' },
    { from: 'api', to: 'origin' },
  ],
  seeds: ['cdn'],
  rows: [['cdn', 'chain'], [null, 'origin'], ['web', 'api']],
  box: { x: 20, y: 10, w: 600, h: 380 },
});

if (panel.status.get('origin') !== 'up') throw new Error('cdn-dependency diagram: the model no longer keeps the origin up');

export const diagram: Diagram = {
  slug: 'cdn-dependency',
  width: 640,
  height: 400,
  title: 'The CDN in front of an exchange fails while the exchange behind it keeps running',
  caption: 'Every request to the exchange’s website and API passes through its CDN, which terminates TLS and forwards to the origin. When the CDN fails, the origin, its matching engine and the chain are all running, and no user or trading client can reach them.',
  alternative: panel.alternative,
  items: panel.items,
};
