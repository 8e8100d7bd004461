/**
 * Failure domains: a zone fails and takes exactly what is inside it. A service with both copies in one
 * zone goes down; a service with a copy in each zone stays up.
 */
import { graphPanel, type BoxItem, type Diagram } from './drawing.ts';

const panel = graphPanel({
  nodes: [
    { id: 'zone_a', label: 'Zone A', type: 'cloud_az' },
    { id: 'zone_b', label: 'Zone B', type: 'cloud_az' },
    { id: 's1', label: 'Copy 1 of X', type: 'server' },
    { id: 's2', label: 'Copy 2 of X', type: 'server' },
    { id: 's3', label: 'Copy 1 of Y', type: 'server' },
    { id: 's4', label: 'Copy 2 of Y', type: 'server' },
    { id: 'x', label: 'Service X (either copy)', type: 'backend', rule: { kind: 'any' } },
    { id: 'y', label: 'Service Y (either copy)', type: 'backend', rule: { kind: 'any' } },
  ],
  edges: [
    { from: 's1', to: 'zone_a' },
    { from: 's2', to: 'zone_a' },
    { from: 's3', to: 'zone_a' },
    { from: 's4', to: 'zone_b' },
    { from: 'x', to: 's1' },
    { from: 'x', to: 's2' },
    { from: 'y', to: 's3' },
    { from: 'y', to: 's4' },
  ],
  seeds: ['zone_a'],
  rows: [['s1', 's2', 's3', 's4'], [null, 'x', null, 'y', null]],
  undrawn: ['zone_a', 'zone_b'],
  box: { x: 20, y: 10, w: 600, h: 300 },
});

const s1 = panel.at.get('s1')!;
const s3 = panel.at.get('s3')!;
const s4 = panel.at.get('s4')!;
const zone = (id: string, from: { x: number; y: number }, to: { x: number; y: number }, label: string): BoxItem => ({
  kind: 'box',
  x: from.x - 70,
  y: from.y - 44,
  w: to.x - from.x + 140,
  h: 128,
  label: `${label}${panel.status.get(id) === 'down' ? ': failed' : ''}`,
  tone: panel.status.get(id) === 'down' ? 'down' : 'domain',
});

export const diagram: Diagram = {
  slug: 'failure-domain',
  width: 640,
  height: 330,
  title: 'Zone A fails: the service with both copies inside it goes down, the one spread over two zones stays up',
  caption: 'A failure domain is everything one fault can stop at once. Zone A fails and takes the three copies inside it; service X kept both its copies there and goes down, service Y kept one in zone B and stays up. Two copies in one domain are a single copy.',
  alternative: ['Copies 1 and 2 of service X and copy 1 of service Y run in zone A; copy 2 of service Y runs in zone B.', ...panel.alternative],
  items: [zone('zone_a', s1, s3, 'Zone A'), zone('zone_b', s4, s4, 'Zone B'), ...panel.items],
};
