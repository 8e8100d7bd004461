/**
 * Correlated failure: two replicas that look independent share a region, so they are down together far
 * more often than the product of their separate chances. The numbers come from the availability engine.
 */
import { evaluate as availability } from '../engine/availability/index.ts';
import { formatDuration } from './tool-look.ts';
import { graphPanel, text, type Diagram } from './drawing.ts';

/** Illustrative figures, not any provider's: each replica 99.9% on its own, the region 99.99%. */
const REPLICA = 0.999;
const REGION = 0.9999;

const result = availability({
  domains: [{ id: 'region', kind: 'region', availability: REGION }],
  root: {
    type: 'k-of-n',
    k: 1,
    parts: [
      { type: 'component', availability: REPLICA, domains: ['region'] },
      { type: 'component', availability: REPLICA, domains: ['region'] },
    ],
  },
});
const correlated = formatDuration(result.downtime.perYearSeconds);
const independent = formatDuration(result.independent!.downtime.perYearSeconds);

const panel = graphPanel({
  nodes: [
    { id: 'region', label: 'One cloud region', type: 'cloud_region' },
    { id: 'a', label: 'Replica A', type: 'server' },
    { id: 'b', label: 'Replica B', type: 'server' },
    { id: 'service', label: 'Service (A or B)', type: 'backend', rule: { kind: 'any' } },
  ],
  edges: [
    { from: 'a', to: 'region' },
    { from: 'b', to: 'region' },
    { from: 'service', to: 'a' },
    { from: 'service', to: 'b' },
  ],
  seeds: ['region'],
  rows: [['region'], ['a', null, 'b'], ['service']],
  box: { x: 20, y: 10, w: 380, h: 380 },
});

export const diagram: Diagram = {
  slug: 'correlated-failure',
  width: 640,
  height: 400,
  title: 'Two replicas in one region: redundant on paper, down together in practice',
  caption: `The service needs either replica, so it looks safe against one failure. Both sit in the same region, which takes both down at once: with each replica 99.9% and the region 99.99% available (illustrative figures), it is down about ${correlated} a year, not the ${independent} that multiplying the replicas' chances predicts.`,
  alternative: [
    ...panel.alternative,
    `Expected downtime a year if the replicas failed independently: ${independent}.`,
    `Expected downtime a year with the shared region: ${correlated}.`,
  ],
  items: [
    ...panel.items,
    text(430, 120, 'Down a year, if A and B', 'heading', 'start'),
    text(430, 138, 'failed independently:', 'heading', 'start'),
    text(430, 160, independent, 'ok', 'start'),
    text(430, 220, 'Down a year, sharing', 'heading', 'start'),
    text(430, 238, 'the region:', 'heading', 'start'),
    text(430, 260, correlated, 'danger', 'start'),
    text(430, 300, 'Replicas 99.9%, region 99.99%', 'note', 'start'),
    text(430, 316, '(illustrative figures)', 'note', 'start'),
  ],
};
