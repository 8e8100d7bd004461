/**
 * The system description: plain, JSON-serialisable data, so the calculator can keep it in the URL and
 * validate it (system-schema.ts). Everything here is input; results are in evaluate-description.ts.
 *
 * A probability can be given three ways (exactly one per component or domain):
 *  - `availability`: the fraction of time it is up, in [0, 1];
 *  - `unavailability`: the fraction of time it is down, in [0, 1] (use it for tiny values such as 1e-12,
 *    which an availability cannot carry: 1 - 1e-12 is not exactly representable);
 *  - `mtbf` and `mttr`: mean time between failures and mean time to repair, in the same unit
 *    (availability = MTBF / (MTBF + MTTR)).
 */

export interface ProbabilityFields {
  availability?: number;
  unavailability?: number;
  mtbf?: number;
  mttr?: number;
}

interface BlockBase {
  /** Names the block in results and errors; defaults to its path, e.g. `root.parts[2]`. Unique when given. */
  id?: string;
  label?: string;
  /** Free text (where the number comes from, for instance). Ignored by the engine. */
  note?: string;
}

/** A leaf: one thing that is up or down. It is up only when it and every domain it lives in are up. */
export interface ComponentBlock extends BlockBase, ProbabilityFields {
  type: 'component';
  /** Ids of the failure domains it lives in; each domain's ancestors count too. */
  domains?: string[];
}

/** Every part is needed. */
export interface SeriesBlock extends BlockBase {
  type: 'series';
  parts: Block[];
}

/**
 * At least `k` of the parts must be up; 1-of-n is plain redundancy, n-of-n is a series.
 * `beta` (optional, in [0, 1]) adds a beta-factor common cause over the parts, which must then be
 * components: see README.md, "Beta factor".
 */
export interface KOfNBlock extends BlockBase {
  type: 'k-of-n';
  k: number;
  parts: Block[];
  beta?: number;
}

/**
 * The parts carry weights (stake, say); the block is up when the weight of the parts that are up is
 * at least (`comparison: 'at-least'`, the default) or more than (`'more-than'`) `share` of the total
 * weight. "More than two thirds of stake" is `{ share: 2/3, comparison: 'more-than' }`.
 * Sums equal to the threshold within 1e-9 of the total weight count as equal, so 2/3 of 3 equal weights
 * is exactly 2 whatever the rounding.
 */
export interface ThresholdBlock extends BlockBase {
  type: 'threshold';
  share: number;
  comparison?: ThresholdComparison;
  /** One non-negative weight per part, in the same order. */
  weights: number[];
  parts: Block[];
  beta?: number;
}

export type ThresholdComparison = 'at-least' | 'more-than';

export type Block = ComponentBlock | SeriesBlock | KOfNBlock | ThresholdBlock;
export type BlockType = Block['type'];

export type DomainKind = 'provider' | 'region' | 'zone' | 'location' | 'cdn' | 'client' | 'network' | 'other';

/**
 * A named shared cause: a provider, region, zone, hosting location, CDN, client software... When it is
 * down, everything living in it (directly or through a child domain) is down. Its availability is its
 * own: the chance that it fails by itself, not counting its parent.
 */
export interface FailureDomain extends ProbabilityFields {
  id: string;
  label?: string;
  kind?: DomainKind;
  /** The enclosing domain (a zone's region, a region's provider); no cycles. */
  parent?: string;
  note?: string;
}

export interface SystemDescription {
  label?: string;
  note?: string;
  root: Block;
  domains?: FailureDomain[];
}
