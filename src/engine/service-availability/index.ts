/**
 * Availability of each service of a dependency graph, with the correlation that shared dependencies
 * create: the contagion engine's graph translated into the availability engine's system description
 * (translate.ts), evaluated exactly by the availability engine, beside the naive answer that treats every
 * dependency as independent. Where that cannot be done exactly it says why and estimates by Monte Carlo:
 *  - the exact method would take too long (many shared dependencies under one service): the availability
 *    engine's own Monte Carlo, with its 99% interval;
 *  - the service's dependencies form a cycle, or its unfolded tree is too large or too deep to build: the
 *    contagion engine's Monte Carlo (random failures of every component, cascade, count), 99% Wilson interval.
 * Pure TypeScript, no DOM: runs in the browser, a worker and Node.
 */
import { evaluateDescription, type AvailabilityResult } from '../availability/index.ts';
import { compile, monteCarlo, NODE_TYPE_NAMES, ScenarioError, type MonteCarloResult, type ScenarioInput } from '../contagion/index.ts';
import { AVAILABILITY_DEFAULTS, FALLBACK_DEFAULT } from './defaults.ts';
import { dependencyIndex, translateService, type Translation } from './translate.ts';

export { AVAILABILITY_DEFAULTS, FALLBACK_DEFAULT, type AvailabilityDefault } from './defaults.ts';
export { dependencyIndex, translateService, MAX_DEPTH, type DependencyIndex, type Translation } from './translate.ts';

export interface ServiceAvailabilityOptions {
  /** Own availability per node id; else per type (`byType`); else AVAILABILITY_DEFAULTS. Each in [0, 1]. */
  byNode?: Readonly<Record<string, number>>;
  byType?: Readonly<Record<string, number>>;
  /** Which nodes to evaluate. Default: every node nothing else depends on (the services at the top). */
  services?: readonly string[];
  /** Largest unfolded tree (in blocks) built for one service. Default 200,000. */
  maxBlocks?: number;
  /** Budget of the exact method per service, in the availability engine's steps. Default 2^24. */
  maxExactWork?: number;
  /** Monte Carlo fallbacks. Defaults: 200,000 trials, seed 1. */
  monteCarlo?: { trials?: number; seed?: number | string };
}

export interface ComponentAvailability {
  id: string;
  availability: number;
  /** Where the number comes from. */
  source: 'node' | 'type' | 'default';
  note: string;
}

interface Common {
  id: string;
  /** The naive product: every dependency failing independently. Null when it is not defined (a cycle). */
  independent: number | null;
  /** How many shared dependencies became failure domains (0 when none: then both answers agree). */
  sharedDependencies: number;
  /** Why this method, in words, for the UI. */
  note: string;
}

export type ServiceAvailability =
  | (Common & { method: 'exact'; availability: number; unavailability: number })
  | (Common & {
      method: 'monte-carlo';
      /** Why not exact: too much work for the exact method, a dependency cycle, or a tree too large to build. */
      reason: 'exact-too-slow' | 'cycle' | 'too-large';
      availability: number;
      /** 99% confidence interval of the availability. */
      interval: [number, number];
      trials: number;
      /** The cycle found, when reason is 'cycle'. */
      cycle?: string[];
    });

export interface ServiceAvailabilityReport {
  services: ServiceAvailability[];
  components: ComponentAvailability[];
}

function fail(path: (string | number)[], message: string): never {
  throw new ScenarioError(`options.${path.join('.')}: ${message}`, ['options', ...path]);
}

function checkProbability(value: unknown, path: (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) fail(path, `must be a number from 0 to 1, got ${JSON.stringify(value)}`);
  return value;
}

/** Each node's own availability, and where it comes from. */
export function componentAvailabilities(scenario: ScenarioInput, options: Pick<ServiceAvailabilityOptions, 'byNode' | 'byType'> = {}): ComponentAvailability[] {
  const ids = new Set(scenario.nodes.map((n) => n.id));
  for (const [id, value] of Object.entries(options.byNode ?? {})) {
    if (!ids.has(id)) fail(['byNode', id], `there is no node "${id}"`);
    checkProbability(value, ['byNode', id]);
  }
  for (const [type, value] of Object.entries(options.byType ?? {})) {
    if (!(NODE_TYPE_NAMES as readonly string[]).includes(type)) fail(['byType', type], `"${type}" is not a node type (${NODE_TYPE_NAMES.join(', ')})`);
    checkProbability(value, ['byType', type]);
  }
  return scenario.nodes.map((node) => {
    const own = options.byNode?.[node.id];
    if (own !== undefined) return { id: node.id, availability: own, source: 'node', note: 'given for this component' };
    const byType = node.type === undefined ? undefined : options.byType?.[node.type];
    if (byType !== undefined) return { id: node.id, availability: byType, source: 'type', note: `given for every ${node.type}` };
    const fallback = (AVAILABILITY_DEFAULTS as Record<string, typeof FALLBACK_DEFAULT>)[node.type ?? ''] ?? FALLBACK_DEFAULT;
    return { id: node.id, availability: fallback.availability, source: 'default', note: fallback.note };
  });
}

export function serviceAvailability(scenario: ScenarioInput, options: ServiceAvailabilityOptions = {}): ServiceAvailabilityReport {
  const graph = compile(scenario); // validates the scenario (ids, references, rules)
  const components = componentAvailabilities(scenario, options);
  const availability = Float64Array.from(components, (c) => c.availability);
  const maxBlocks = options.maxBlocks ?? 200_000;
  if (!(Number.isInteger(maxBlocks) && maxBlocks > 0)) fail(['maxBlocks'], `must be a positive whole number, got ${JSON.stringify(options.maxBlocks)}`);
  const trials = options.monteCarlo?.trials ?? 200_000;
  if (!(Number.isInteger(trials) && trials >= 1 && trials <= 1e8)) fail(['monteCarlo', 'trials'], `must be a whole number from 1 to 1e8, got ${JSON.stringify(trials)}`);
  const seed = options.monteCarlo?.seed ?? 1;
  const index = dependencyIndex(scenario);

  let serviceIds: string[];
  if (options.services !== undefined) {
    options.services.forEach((id, k) => {
      if (!index.index.has(id)) fail(['services', k], `there is no node "${id}"`);
    });
    serviceIds = [...options.services];
  } else {
    const needed = new Set(scenario.edges.map((e) => e.to));
    serviceIds = scenario.nodes.map((n) => n.id).filter((id) => !needed.has(id));
  }

  let cascadeEstimate: MonteCarloResult | null = null;
  const estimate = (): MonteCarloResult => {
    cascadeEstimate ??= monteCarlo(graph, {
      trials,
      seed,
      confidence: 0.99,
      nodeProbability: Object.fromEntries(components.map((c) => [c.id, 1 - c.availability])),
    });
    return cascadeEstimate;
  };

  const services = serviceIds.map((id): ServiceAvailability => {
    const translation: Translation = translateService(index, index.index.get(id)!, availability, maxBlocks);
    if (translation.kind !== 'system') {
      const node = estimate().nodes[graph.index.get(id)!]!;
      const note =
        translation.kind === 'cycle'
          ? `estimated by Monte Carlo (${trials.toLocaleString('en')} trials of random failures and their cascade): its dependencies form a cycle (${translation.cycle.join(' → ')}), which has no exact series/parallel form`
          : `estimated by Monte Carlo (${trials.toLocaleString('en')} trials): unfolded, its dependencies make a tree of about ${translation.blocks.toExponential(1)} blocks or a chain deeper than the exact method builds`;
      const base = {
        id,
        method: 'monte-carlo' as const,
        reason: translation.kind,
        availability: 1 - node.probability,
        interval: [1 - node.high, 1 - node.low] as [number, number],
        trials,
        independent: null,
        sharedDependencies: 0,
        note,
      };
      return translation.kind === 'cycle' ? { ...base, cycle: translation.cycle } : base;
    }
    const result: AvailabilityResult = evaluateDescription(translation.system, {
      importance: false,
      ...(options.maxExactWork !== undefined ? { maxExactWork: options.maxExactWork } : {}),
      monteCarlo: { trials, seed },
    });
    const independent = result.independent?.availability ?? null;
    if (result.method === 'exact') {
      return { id, method: 'exact', availability: result.availability, unavailability: result.unavailability, independent, sharedDependencies: translation.sharedDomains, note: result.methodNote };
    }
    const mc = result.monteCarlo!;
    return {
      id,
      method: 'monte-carlo',
      reason: 'exact-too-slow',
      availability: result.availability,
      interval: mc.availabilityInterval,
      trials: mc.trials,
      independent,
      sharedDependencies: translation.sharedDomains,
      note: result.methodNote,
    };
  });
  return { services, components };
}
