/** Blast radius: the same system, two components that could fail, and how much each takes with it. */
import { graphPanel, text, type Diagram, type PanelInput, type Panel } from './drawing.ts';

const nodes: PanelInput['nodes'] = [
  { id: 'region', label: 'Cloud region', type: 'cloud_region' },
  { id: 'indexer', label: 'Indexer', type: 'indexer' },
  { id: 'rpc', label: 'RPC provider', type: 'rpc_provider' },
  { id: 'api', label: 'App back end', type: 'backend' },
  { id: 'explorer', label: 'Explorer', type: 'explorer' },
  { id: 'wallet', label: 'Wallet', type: 'wallet' },
  { id: 'dex', label: 'DEX front end', type: 'frontend' },
];
const edges: PanelInput['edges'] = [
  { from: 'indexer', to: 'region' },
  { from: 'rpc', to: 'region' },
  { from: 'api', to: 'rpc' },
  { from: 'explorer', to: 'indexer' },
  { from: 'wallet', to: 'rpc' },
  { from: 'dex', to: 'api' },
];
const rows: PanelInput['rows'] = [['region'], ['indexer', 'rpc', 'api'], ['explorer', 'wallet', 'dex']];
const panel = (seed: string, x: number) => graphPanel({ nodes, edges, seeds: [seed], rows, box: { x, y: 40, w: 300, h: 360 } });

const indexer = panel('indexer', 10);
const region = panel('region', 330);
/** what else failed: the blast radius, not counting the failure itself */
const reach = (p: Panel) => [...p.status].filter(([, s]) => s === 'down').length - 1;
const others = nodes.length - 1;

export const diagram: Diagram = {
  slug: 'blast-radius',
  width: 640,
  height: 410,
  title: 'The blast radius of an indexer failure and of a region failure in the same system',
  caption: `Same system, two possible failures. The indexer takes ${reach(indexer)} of the other ${others} components with it; the region everything runs in takes ${reach(region)}. The blast radius is that reach: not whether something breaks, but how much breaks with it.`,
  alternative: [
    `Left, the indexer fails (blast radius ${reach(indexer)} of ${others}): ${indexer.alternative.join(' ')}`,
    `Right, the region fails (blast radius ${reach(region)} of ${others}): ${region.alternative.join(' ')}`,
  ],
  items: [
    text(160, 22, `Indexer fails: ${reach(indexer)} of ${others} go with it`, 'heading'),
    ...indexer.items,
    text(480, 22, `Region fails: ${reach(region)} of ${others} go with it`, 'heading'),
    ...region.items,
  ],
};
