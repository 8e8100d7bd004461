/**
 * Combining independent parts: series, k-of-n and weighted threshold. Each takes the parts' availabilities
 * and unavailabilities and produces both for the block as sums of non-negative terms, never as 1 - x,
 * so a block's unavailability keeps full relative precision however small it is (1-of-3 at q = 0.001
 * gives q^3 = 1e-9 to the last bit, and 67-of-100 reports its 1e-40-ish unavailability instead of 0).
 *
 * The parts' values are read from `nodeA` / `nodeQ` at the indices `children[start..end)`.
 */

/** Series: a = prod a_i, q = q_1 + a_1 q_2 + a_1 a_2 q_3 + ... (the first part that is down is part i). */
export function combineSeries(nodeA: Float64Array, nodeQ: Float64Array, children: Int32Array, start: number, end: number, out: Float64Array): void {
  let a = 1;
  let q = 0;
  for (let i = start; i < end; i++) {
    const c = children[i]!;
    q += a * nodeQ[c]!;
    a *= nodeA[c]!;
  }
  out[0] = a;
  out[1] = q;
}

/**
 * k-of-n by dynamic programming over the number of parts up, capped at k: dp[j] = P(exactly j of the
 * parts seen so far are up) for j < k and dp[k] = P(at least k). Each step mixes entries with the
 * weights a_i and q_i, so every entry is a sum of products of non-negative numbers (no cancellation);
 * then a = dp[k] and q = dp[0] + ... + dp[k-1]. O(n k) time, `dp` needs k + 1 entries.
 */
export function combineKOfN(
  nodeA: Float64Array,
  nodeQ: Float64Array,
  children: Int32Array,
  start: number,
  end: number,
  k: number,
  dp: Float64Array,
  out: Float64Array,
): void {
  if (k <= 0) {
    out[0] = 1;
    out[1] = 0;
    return;
  }
  dp.fill(0, 0, k + 1);
  dp[0] = 1;
  for (let i = start; i < end; i++) {
    const c = children[i]!;
    const a = nodeA[c]!;
    const q = nodeQ[c]!;
    const seen = i - start; // parts already folded in
    // "At least k" absorbs: it stays whatever this part does, and gains the (k-1)-up states where it is up.
    if (seen + 1 >= k) dp[k] = dp[k]! + dp[k - 1]! * a;
    for (let j = Math.min(seen + 1, k - 1); j >= 1; j--) dp[j] = dp[j]! * q + dp[j - 1]! * a;
    dp[0] = dp[0]! * q;
  }
  let q = 0;
  for (let j = 0; j < k; j++) q += dp[j]!;
  out[0] = dp[k]!;
  out[1] = q;
}

/**
 * A weighted threshold, compiled once into a layered state machine over partial sums (the structure does
 * not depend on probabilities, so evaluating it many times under domain conditioning is only array work).
 * Parts are taken heaviest first; a partial sum that already meets the threshold is absorbed into
 * REACHED, one that cannot meet it even if every remaining part is up into FAILED, and equal sums merge.
 */
export interface ThresholdPlan {
  /** 'up' or 'down' when the answer does not depend on the parts (share 0, or unreachable). */
  constant: 'up' | 'down' | null;
  /** Child positions (0-based within the block) in processing order. */
  order: Int32Array;
  /** layerStart[i]..layerStart[i+1] are the states before part order[i]; layer 0 is the single sum 0. */
  layerStart: Int32Array;
  /** For each state, the state index in the next layer when the part is up / down, or REACHED / FAILED. */
  upNext: Int32Array;
  downNext: Int32Array;
  /** Largest layer, for scratch buffers. */
  maxLayer: number;
  states: number;
}

export const REACHED = -1;
export const FAILED = -2;

/** Tolerance for "the up weight equals the threshold": sums within this much of it count as equal. */
export function thresholdTolerance(totalWeight: number): number {
  return 1e-9 * totalWeight;
}

/** Does an up weight of `sum` make the block up? */
export function meetsThreshold(sum: number, threshold: number, tolerance: number, strict: boolean): boolean {
  return strict ? sum > threshold + tolerance : sum >= threshold - tolerance;
}

/** Compile a threshold block; null when it would need more than `maxStates` states (exact is then out of reach). */
export function planThreshold(weights: readonly number[], share: number, strict: boolean, maxStates: number): ThresholdPlan | null {
  const n = weights.length;
  const total = weights.reduce((s, w) => s + w, 0);
  const tolerance = thresholdTolerance(total);
  const threshold = share * total;
  const meets = (s: number): boolean => meetsThreshold(s, threshold, tolerance, strict);
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((x, y) => weights[y]! - weights[x]! || x - y);
  const empty = { order, layerStart: new Int32Array([0, 0]), upNext: new Int32Array(0), downNext: new Int32Array(0), maxLayer: 1, states: 0 };
  if (meets(0)) return { constant: 'up', ...empty };
  if (!meets(total)) return { constant: 'down', ...empty };
  const suffix = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + weights[order[i]!]!;
  const layerStart = [0];
  const upNext: number[] = [];
  const downNext: number[] = [];
  let layer = [0];
  let maxLayer = 1;
  for (let i = 0; i < n; i++) {
    const w = weights[order[i]!]!;
    // Sums closer than the tolerance merge (0.1 + 0.2 and 0.3 are one state), which keeps weights given as
    // percentages with a few decimals from splitting into floating-point near-duplicates.
    const next = new Map<number, number>();
    const nextSums: number[] = [];
    const slot = (s: number): number => {
      const key = Math.round(s / tolerance);
      let at = next.get(key);
      if (at === undefined) {
        at = nextSums.length;
        next.set(key, at);
        nextSums.push(s);
      }
      return at;
    };
    const last = i === n - 1;
    for (const s of layer) {
      const up = s + w;
      // On the last part every sum is final; elsewhere keep a sum only while the rest can still lift it.
      upNext.push(meets(up) ? REACHED : last ? FAILED : slot(up));
      downNext.push(meets(s) ? REACHED : last || !meets(s + suffix[i + 1]!) ? FAILED : slot(s));
    }
    layer = nextSums;
    layerStart.push(upNext.length);
    maxLayer = Math.max(maxLayer, layer.length);
    if (upNext.length + layer.length > maxStates) return null;
  }
  return { constant: null, order, layerStart: Int32Array.from(layerStart), upNext: Int32Array.from(upNext), downNext: Int32Array.from(downNext), maxLayer, states: upNext.length };
}

/** Evaluate a compiled threshold block; `cur` and `next` need plan.maxLayer entries. */
export function combineThreshold(
  plan: ThresholdPlan,
  nodeA: Float64Array,
  nodeQ: Float64Array,
  children: Int32Array,
  start: number,
  cur: Float64Array,
  next: Float64Array,
  out: Float64Array,
): void {
  if (plan.constant !== null) {
    out[0] = plan.constant === 'up' ? 1 : 0;
    out[1] = plan.constant === 'up' ? 0 : 1;
    return;
  }
  let reached = 0;
  let failed = 0;
  let from = cur;
  let to = next;
  from[0] = 1;
  const n = plan.order.length;
  for (let i = 0; i < n; i++) {
    const c = children[start + plan.order[i]!]!;
    const a = nodeA[c]!;
    const q = nodeQ[c]!;
    const lo = plan.layerStart[i]!;
    const hi = plan.layerStart[i + 1]!;
    const nextSize = i + 1 < n ? plan.layerStart[i + 2]! - hi : 0;
    to.fill(0, 0, nextSize);
    for (let s = lo; s < hi; s++) {
      const p = from[s - lo]!;
      if (p === 0) continue;
      const up = plan.upNext[s]!;
      const down = plan.downNext[s]!;
      if (up === REACHED) reached += p * a;
      else to[up] = to[up]! + p * a;
      if (down === FAILED) failed += p * q;
      else to[down] = to[down]! + p * q;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  out[0] = reached;
  out[1] = failed;
}
