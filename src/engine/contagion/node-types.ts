/**
 * The component types a scenario file may use, and the drawing layer of each: the simulator lays out
 * infrastructure at the bottom and the products people use at the top.
 */

/** A node id: lowercase words of letters and digits joined by single "_" or "-", e.g. aws_use1. */
export const NODE_ID_PATTERN = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;

/** Drawing layers, bottom to top. */
export const LAYERS = ['infrastructure', 'software', 'chain', 'service', 'product'] as const;
export type Layer = (typeof LAYERS)[number];

export const NODE_TYPES = {
  cloud_region: 'infrastructure',
  cloud_az: 'infrastructure',
  cloud_service: 'infrastructure',
  hosting_provider: 'infrastructure',
  cdn: 'infrastructure',
  server: 'infrastructure',
  client_software: 'software',
  endpoint_agent: 'software',
  validator_set: 'chain',
  chain: 'chain',
  sequencer: 'chain',
  rpc_provider: 'service',
  rpc_aggregator: 'service',
  oracle_feed: 'service',
  indexer: 'service',
  backend: 'service',
  wallet: 'product',
  frontend: 'product',
  explorer: 'product',
  cex: 'product',
  dex: 'product',
  perp_venue: 'product',
  lending_protocol: 'product',
  /** Neutral: a component whose kind is not known (imported graphs use it when nothing says more). */
  other: 'service',
} as const satisfies Record<string, Layer>;

export type NodeType = keyof typeof NODE_TYPES;
export const NODE_TYPE_NAMES = Object.keys(NODE_TYPES) as [NodeType, ...NodeType[]];

/** The layer a node is drawn in: its own, or its type's default. */
export function layerOf(node: { type?: string; layer?: string }): Layer {
  if (node.layer !== undefined && (LAYERS as readonly string[]).includes(node.layer)) return node.layer as Layer;
  return (NODE_TYPES as Record<string, Layer>)[node.type ?? ''] ?? 'service';
}
