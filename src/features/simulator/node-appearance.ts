/**
 * How node types look: one shape per layer, one colour per type present in the scenario, and a
 * readable name. Failed and degraded states are marked by outline, glyph and text as well as
 * colour, so they never depend on colour vision.
 */
import type { Layer, NodeType } from '../../engine/contagion/index.ts';

export { shapePath } from './node-shapes.ts';

export const LAYER_NAMES: Record<Layer, string> = {
  infrastructure: 'Infrastructure',
  software: 'Client software',
  chain: 'Chains and consensus',
  service: 'Services and APIs',
  product: 'Products people use',
};

/** Colour-blind-safe categorical palette (Okabe–Ito, extended), readable on light and dark. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8C6D31', '#6A51A3', '#7F7F7F', '#17BECF', '#B5BD00', '#393B79'];

export function typeColours(types: readonly string[]): Map<string, string> {
  return new Map(types.map((t, i) => [t, PALETTE[i % PALETTE.length]!]));
}

/** What each component type is called on screen: the one list of these names (tables, legend, editor, random graphs). */
export const NODE_TYPE_LABELS = {
  cloud_region: 'Cloud region',
  cloud_az: 'Availability zone',
  cloud_service: 'Cloud service',
  hosting_provider: 'Hosting provider',
  cdn: 'CDN',
  server: 'Server',
  client_software: 'Client software',
  endpoint_agent: 'Endpoint agent',
  validator_set: 'Validator set',
  chain: 'Chain',
  sequencer: 'Sequencer',
  rpc_provider: 'RPC provider',
  rpc_aggregator: 'RPC aggregator',
  oracle_feed: 'Oracle feed',
  indexer: 'Indexer',
  backend: 'Back end',
  wallet: 'Wallet',
  frontend: 'Front end',
  explorer: 'Explorer',
  cex: 'Exchange',
  dex: 'DEX',
  perp_venue: 'Perpetuals venue',
  lending_protocol: 'Lending protocol',
  other: 'Other',
} as const satisfies Record<NodeType, string>;

/** A type's name; 'untyped' (a node without a type) is "Other", and an unknown type is shown as written. */
export function typeName(type: string): string {
  if (type === 'untyped') return 'Other';
  return Object.hasOwn(NODE_TYPE_LABELS, type) ? NODE_TYPE_LABELS[type as NodeType] : type.replace(/_/g, ' ');
}
