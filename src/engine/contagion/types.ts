/**
 * Public data types of the contagion engine: the scenario you write, and the compiled graph
 * the algorithms run on.
 */

/**
 * How a node fails from its (hard) dependencies.
 * - `all` (default): it fails as soon as any dependency has failed.
 * - `any`: redundant; it fails only when every dependency has failed.
 * - `atLeast k`: it needs at least k healthy dependencies (k-of-n).
 * - `threshold`: it fails when the failed share of its dependency weight reaches `fraction`
 *   (`>=`), or exceeds it when `strict` (`>`). Weights and fractions are compared exactly.
 */
export type Rule =
  | { kind: 'all' }
  | { kind: 'any' }
  | { kind: 'atLeast'; k: number }
  | { kind: 'threshold'; fraction: number; strict?: boolean };

export type RuleKind = Rule['kind'];

export interface ScenarioNode {
  id: string;
  label?: string;
  /** Component type (cloud_region, rpc_provider, wallet, ...): used for per-type statistics. */
  type?: string;
  /** Drawing layer for the simulator; the engine ignores it. */
  layer?: string;
  /** How the node goes down; default `all`. */
  rule?: Rule;
  /**
   * How the node becomes degraded: the rule is applied to dependencies that are down OR degraded.
   * Defaults to `rule`, so degradation flows along hard edges the way failure does.
   */
  degradedRule?: Rule;
}

export interface ScenarioEdge {
  /** The dependent. */
  from: string;
  /** The dependency: `from` depends on `to`. */
  to: string;
  /** Only the `threshold` rule reads weights; default 1. */
  weight?: number;
  /**
   * `hard` (default) edges propagate failure. `soft` edges never do: when the dependency is down or
   * degraded, the dependent is marked degraded (computed after the binary cascade).
   */
  kind?: 'hard' | 'soft';
}

export interface Scenario {
  nodes: ScenarioNode[];
  edges: ScenarioEdge[];
}

/** What compile() accepts: a Scenario, possibly read-only. */
export interface ScenarioInput {
  readonly nodes: readonly ScenarioNode[];
  readonly edges: readonly ScenarioEdge[];
}

/**
 * The part of a compiled graph the cascade kernel reads: a CSR (compressed sparse row) list of
 * DEPENDENTS per node, an integer weight per entry, and per node the failed weight at which it fails.
 */
export interface CascadeCore {
  readonly nodeCount: number;
  /** Dependents of node b are dependents[dependentsStart[b] .. dependentsStart[b + 1]). */
  readonly dependentsStart: Int32Array;
  readonly dependents: Int32Array;
  /** Integer weight of each entry, or null when every entry weighs 1. */
  readonly dependentWeight: Uint32Array | Float64Array | null;
  /**
   * A node fails when the summed weight of its failed dependencies reaches cut[i]. "Never" is
   * Infinity in a Float64Array, or NEVER_U32 in a Uint32Array (used when every total fits below it,
   * which halves the memory and keeps the sentinel unreachable).
   */
  readonly cut: Float64Array | Uint32Array;
  /** Index into Graph.rules of the rule each node applies here. */
  readonly ruleOf: Uint16Array | Uint32Array;
  /** The largest failed weight any node can accumulate (its total weight); sizes the kernel's counters. */
  readonly maxLoad: number;
}

export const NEVER_U32 = 0xffffffff;

export interface Graph extends CascadeCore {
  /** Number of hard edges (entries of the CSR). */
  readonly edgeCount: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Distinct node types, in order of first appearance; untyped nodes get 'untyped'. */
  readonly types: readonly string[];
  readonly typeOf: Uint16Array;
  /** Distinct rules of the scenario (binary and degraded), canonical form. */
  readonly rules: readonly Rule[];
  /**
   * The degradation pass: hard edges weighted for each node's degradedRule plus soft edges that trip
   * it at once. Null when the scenario has neither soft edges nor degradedRule overrides, because then
   * nothing can be degraded.
   */
  readonly degradation: DegradationCore | null;
}

export interface DegradationCore extends CascadeCore {
  /** 1 for CSR entries that come from soft edges. */
  readonly softEntry: Uint8Array;
}

export type NodeStatus = 'up' | 'degraded' | 'down';

/** Size limits (see README): indices stay well inside Int32 and the arrays inside typed-array limits. */
export const MAX_NODES = 1 << 24; // 16,777,216
export const MAX_EDGES = 1 << 26; // 67,108,864
