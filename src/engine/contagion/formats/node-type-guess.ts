/**
 * A component type from what an imported file says about a node: its name, label and any kind or type
 * attribute (a Backstage `spec.type` such as "database", a DOT `shape`, a Mermaid class). Only obvious
 * words count, matched as whole words ("rpc" in "eth-rpc-1", not "az" inside "amazon"); anything else is
 * the neutral type `other`, and the reader can change it.
 */
import { NODE_TYPES, type NodeType } from '../node-types.ts';

export const NEUTRAL_TYPE: NodeType = 'other';

/** Words (lowercase) that decide a type, checked in this order: the more specific first. */
const WORD_TYPES: readonly [NodeType, readonly string[]][] = [
  ['rpc_aggregator', ['aggregator', 'loadbalancer']],
  ['rpc_provider', ['rpc', 'infura', 'alchemy', 'quicknode', 'ankr', 'node-provider']],
  ['sequencer', ['sequencer']],
  ['oracle_feed', ['oracle', 'chainlink', 'pyth', 'pricefeed', 'price-feed']],
  ['validator_set', ['validator', 'validators', 'staking', 'stake']],
  ['cdn', ['cdn', 'cloudflare', 'akamai', 'fastly', 'cloudfront']],
  ['cloud_az', ['az', 'zone', 'availability-zone']],
  ['cloud_region', ['region', 'datacenter', 'data-center', 'dc']],
  ['hosting_provider', ['hosting', 'hetzner', 'ovh', 'equinix', 'colo', 'colocation', 'baremetal', 'bare-metal']],
  ['cloud_service', ['dns', 'route53', 'database', 'db', 'sql', 'mysql', 'postgres', 'postgresql', 'redis', 'cassandra', 'dynamodb', 's3', 'bucket', 'storage', 'queue', 'kafka', 'sqs', 'kv', 'cache', 'memcached', 'elasticsearch', 'mongodb', 'blob', 'iam', 'auth0', 'email', 'smtp']],
  ['server', ['server', 'host', 'vm', 'instance', 'ec2', 'machine', 'node-host', 'kubernetes', 'k8s', 'cluster']],
  ['client_software', ['geth', 'prysm', 'lighthouse', 'teku', 'nethermind', 'besu', 'erigon', 'reth', 'agave', 'firedancer', 'library', 'lib', 'sdk']],
  ['endpoint_agent', ['agent', 'crowdstrike', 'falcon', 'edr']],
  ['chain', ['chain', 'mainnet', 'blockchain', 'l1', 'l2', 'rollup', 'ethereum', 'solana', 'bitcoin', 'arbitrum', 'optimism']],
  ['indexer', ['indexer', 'subgraph', 'thegraph', 'graph-node', 'search']],
  ['explorer', ['explorer', 'etherscan', 'blockscout', 'solscan']],
  ['wallet', ['wallet', 'metamask', 'phantom', 'ledger']],
  ['cex', ['exchange', 'cex', 'binance', 'coinbase', 'kraken', 'okx', 'bybit']],
  ['dex', ['dex', 'swap', 'uniswap', 'amm', 'curve', 'jupiter']],
  ['perp_venue', ['perp', 'perps', 'perpetual', 'perpetuals', 'futures', 'dydx', 'hyperliquid']],
  ['lending_protocol', ['lending', 'lend', 'borrow', 'aave', 'compound', 'morpho']],
  ['backend', ['bridge', 'api', 'backend', 'service', 'svc', 'worker', 'microservice', 'relayer', 'gateway']],
  ['frontend', ['frontend', 'front-end', 'website', 'web', 'ui', 'app', 'dapp', 'portal', 'browser', 'client']],
];

/** Backstage `spec.type` and similar kind words, looked up as whole values first. */
const KIND_VALUES: Record<string, NodeType> = {
  database: 'cloud_service',
  'aws-rds': 'cloud_service',
  's3-bucket': 'cloud_service',
  'kafka-topic': 'cloud_service',
  queue: 'cloud_service',
  cache: 'cloud_service',
  storage: 'cloud_service',
  dns: 'cloud_service',
  cdn: 'cdn',
  server: 'server',
  vm: 'server',
  cluster: 'server',
  service: 'backend',
  api: 'backend',
  openapi: 'backend',
  grpc: 'backend',
  graphql: 'backend',
  asyncapi: 'backend',
  website: 'frontend',
  library: 'client_software',
  region: 'cloud_region',
  zone: 'cloud_az',
};

/** "us-east-1", "eu-west-2", "ap-southeast-1": cloud region codes. "use1-az1": an AZ id. */
function regionCode(text: string): NodeType | null {
  const t = text.toLowerCase();
  if (/(^|[^a-z0-9])[a-z]{2,3}\d-az\d+($|[^a-z0-9])/.test(t)) return 'cloud_az';
  if (/(^|[^a-z])(us|eu|ap|sa|ca|me|af|il|mx)-(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d($|[^0-9])/.test(t)) return 'cloud_region';
  return null;
}

/** Lowercase words of a name: split at non-alphanumerics and camelCase humps; hyphenated pairs kept too. */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  const spaced = text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const parts = spaced.split(/[^a-z0-9]+/).filter((w) => w !== '');
  for (let i = 0; i < parts.length; i++) {
    words.add(parts[i]!);
    // "service1", "rpc2": the word without its number counts too.
    const letters = parts[i]!.replace(/\d+$/, '');
    if (letters.length > 1) words.add(letters);
    if (i + 1 < parts.length) words.add(`${parts[i]}-${parts[i + 1]}`);
  }
  return words;
}

export function isNodeType(value: string): value is NodeType {
  return Object.hasOwn(NODE_TYPES, value);
}

/**
 * The type for a node, from explicit kind values first (`kinds`, e.g. Backstage spec.type), then the
 * words of its names. Null when nothing is obvious.
 */
export function guessNodeType(names: readonly string[], kinds: readonly string[] = []): NodeType | null {
  for (const kind of kinds) {
    const k = kind.trim().toLowerCase();
    if (isNodeType(k)) return k;
    const mapped = KIND_VALUES[k];
    if (mapped) return mapped;
  }
  for (const name of names) {
    const code = regionCode(name);
    if (code) return code;
  }
  const words = new Set<string>();
  for (const text of [...names, ...kinds]) for (const w of wordsOf(text)) words.add(w);
  for (const [type, keys] of WORD_TYPES) {
    for (const key of keys) if (words.has(key)) return type;
  }
  return null;
}
