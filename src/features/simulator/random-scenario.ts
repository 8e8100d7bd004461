/**
 * A reproducible random dependency graph for trying the simulator at scale: three layers
 * (infrastructure, services, products); every service depends on 1-3 infrastructure components and
 * every product on 1-3 services or infrastructure components, with random rules. Popular providers
 * are drawn more often (a squared uniform draw favours the first ones), so, as in real systems, a
 * few providers carry much of the load. Same size and seed, same graph. The editor offers it to
 * readers, and `npm run bench` measures the engine on it (bench/contagion.ts).
 */
import { createRandom, type NodeType, type Random } from '../../engine/contagion/index.ts';
import { NODE_TYPE_LABELS } from './node-appearance.ts';
import type { SimScenario } from './simulation.ts';

type SimNode = SimScenario['nodes'][number];
type SimEdge = SimScenario['edges'][number];
type SimRule = NonNullable<SimNode['rule']>;

export const RANDOM_MIN_NODES = 10;
export const RANDOM_MAX_NODES = 20_000;
export const RANDOM_DEFAULT_NODES = 2_000;

const INFRA: readonly NodeType[] = ['cloud_region', 'hosting_provider', 'cdn', 'cloud_service'];
const SERVICES: readonly NodeType[] = ['rpc_provider', 'oracle_feed', 'indexer', 'backend', 'rpc_aggregator'];
const PRODUCTS: readonly NodeType[] = ['wallet', 'dex', 'cex', 'lending_protocol', 'frontend', 'explorer', 'perp_venue'];
const FRACTIONS = [0.25, 1 / 3, 0.5, 2 / 3, 0.75];

/** How many nodes go in each layer: about 10% infrastructure, 30% services, the rest products. */
export function layerSizes(n: number): [infrastructure: number, services: number, products: number] {
  const infra = Math.max(2, Math.round(n * 0.1));
  const services = Math.max(3, Math.round(n * 0.3));
  return [infra, services, n - infra - services];
}

/** Each service or product depends on 1 to `maxDependencies` others (3 in the editor; more for a denser graph). */
export function randomScenario(n: number, seed = 1, maxDependencies = 3): SimScenario {
  if (!Number.isInteger(n) || n < RANDOM_MIN_NODES || n > RANDOM_MAX_NODES) {
    throw new RangeError(`a random graph has ${RANDOM_MIN_NODES} to ${RANDOM_MAX_NODES} nodes, got ${n}`);
  }
  const random = createRandom(`random-graph:${n}:${seed}`);
  const int = (k: number) => Math.floor(random.next() * k);
  /** Index in [0, k), skewed towards 0 (popular providers). */
  const popular = (k: number) => Math.floor(random.next() ** 2 * k);
  const [ni, ns, np] = layerSizes(n);
  const nodes: SimNode[] = [];
  const edges: SimEdge[] = [];
  const infra: string[] = [];
  const services: string[] = [];

  const make = (prefix: string, k: number, kinds: readonly NodeType[]): SimNode => {
    const type = kinds[int(kinds.length)]!;
    return { id: `${prefix}-${k + 1}`, label: `${NODE_TYPE_LABELS[type]} ${k + 1}`, type };
  };

  for (let k = 0; k < ni; k++) {
    const node = make('infra', k, INFRA);
    nodes.push(node);
    infra.push(node.id);
  }
  const depend = (node: SimNode, pick: () => string) => {
    const wanted = 1 + int(maxDependencies);
    const chosen = new Set<string>();
    for (let attempt = 0; chosen.size < wanted && attempt < wanted * 4; attempt++) chosen.add(pick());
    const rule = randomRule(random, chosen.size);
    if (rule) node.rule = rule;
    for (const to of chosen) {
      const edge: SimEdge = { from: node.id, to };
      if (rule?.kind === 'threshold') edge.weight = 1 + int(3);
      edges.push(edge);
    }
    return chosen;
  };
  for (let k = 0; k < ns; k++) {
    const node = make('svc', k, SERVICES);
    depend(node, () => infra[popular(infra.length)]!);
    nodes.push(node);
    services.push(node.id);
  }
  for (let k = 0; k < np; k++) {
    const node = make('app', k, PRODUCTS);
    const chosen = depend(node, () => (random.next() < 0.8 ? services[popular(services.length)]! : infra[popular(infra.length)]!));
    // Now and then a soft dependency (e.g. an analytics API): its loss degrades, never downs.
    if (random.next() < 0.1) {
      const to = services[int(services.length)]!;
      if (!chosen.has(to)) edges.push({ from: node.id, to, kind: 'soft' });
    }
    nodes.push(node);
  }
  const first = nodes[0]!;
  return {
    id: `random-${n}-${seed}`,
    title: `Random graph: ${n.toLocaleString('en-GB')} components (seed ${seed})`,
    nodes,
    edges,
    trigger: { seeds: [first.id], description: `${first.label}, a provider many services rely on, fails first.` },
  };
}

/** A random rule for a node with d hard dependencies; undefined means the default, `all`. */
function randomRule(random: Random, d: number): SimRule | undefined {
  const r = random.next();
  if (r < 0.45 || d < 2) return undefined;
  if (r < 0.7) return { kind: 'any' };
  if (r < 0.85) return { kind: 'atLeast', k: 1 + Math.floor(random.next() * d) };
  const fraction = FRACTIONS[Math.floor(random.next() * FRACTIONS.length)]!;
  return random.next() < 0.5 ? { kind: 'threshold', fraction, strict: true } : { kind: 'threshold', fraction };
}
