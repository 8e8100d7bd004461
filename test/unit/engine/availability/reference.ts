// A deliberately naive reference for the availability engine: enumerate every up/down state of every
// component, domain and beta-group common cause, weigh it by its probability, and evaluate the structure
// function directly. Exponential, obviously right, and sharing no code with the engine except the
// conversion of the user's numbers into (a, q) (probabilityOf, tested on its own).
import fc from 'fast-check';
import { probabilityOf, type Prob } from '../../../../src/engine/availability/probability.ts';
import type { Block, FailureDomain, SystemDescription } from '../../../../src/engine/availability/index.ts';

interface RefComponent {
  prob: Prob;
  /** Variables (domain or common-cause indices into the variable list) that must be up. */
  needs: number[];
}

/** Reference availability and unavailability, each as a sum of positive state probabilities. */
export function bruteForce(system: SystemDescription): { a: number; q: number; variables: number } {
  const domains = system.domains ?? [];
  const domainIndex = new Map(domains.map((d, i) => [d.id, i] as const));
  // Variables: domains first, then common causes, then components.
  const varProbs: Prob[] = domains.map((d) => probabilityOf(d));
  const components: RefComponent[] = [];
  const ancestors = (id: string): number[] => {
    const out: number[] = [];
    let d: FailureDomain | undefined = domains[domainIndex.get(id)!];
    while (d) {
      out.push(domainIndex.get(d.id)!);
      d = d.parent === undefined ? undefined : domains[domainIndex.get(d.parent)!];
    }
    return out;
  };
  type Shape = { kind: 'c'; index: number } | { kind: 'series'; parts: Shape[] } | { kind: 'k'; k: number; parts: Shape[] } | { kind: 't'; weights: number[]; share: number; strict: boolean; parts: Shape[] };
  const build = (block: Block): Shape => {
    if (block.type === 'component') {
      components.push({ prob: probabilityOf(block), needs: (block.domains ?? []).flatMap(ancestors) });
      return { kind: 'c', index: components.length - 1 };
    }
    const parts = block.parts.map(build);
    if ((block.type === 'k-of-n' || block.type === 'threshold') && block.beta !== undefined && block.beta > 0) {
      // Beta factor (README, "Beta factor"): common cause q_C = beta * min q_i; member i's independent
      // part satisfies (1 - q_ind)(1 - beta q_i) = 1 - q_i.
      const members = parts.map((p) => (p as { index: number }).index);
      const beta = block.beta;
      const qC = beta * Math.min(...members.map((m) => components[m]!.prob.q));
      const v = varProbs.length;
      varProbs.push({ a: 1 - qC, q: qC });
      for (const m of members) {
        const c = components[m]!;
        c.prob = betaIndependentPart(c.prob, beta);
        c.needs.push(v);
      }
    }
    if (block.type === 'series') return { kind: 'series', parts };
    if (block.type === 'k-of-n') return { kind: 'k', k: block.k, parts };
    return { kind: 't', weights: block.weights, share: block.share, strict: block.comparison === 'more-than', parts };
  };
  const shape = build(system.root);
  const V = varProbs.length;
  const C = components.length;
  const total = V + C;
  if (total > 22) throw new Error(`too many variables for brute force: ${total}`);
  const up = new Uint8Array(total);
  const evalShape = (s: Shape): boolean => {
    switch (s.kind) {
      case 'c': {
        const c = components[s.index]!;
        return up[V + s.index] === 1 && c.needs.every((v) => up[v] === 1);
      }
      case 'series':
        return s.parts.every(evalShape);
      case 'k':
        return s.parts.filter(evalShape).length >= s.k;
      case 't': {
        const W = s.weights.reduce((x, y) => x + y, 0);
        let sum = 0;
        s.parts.forEach((p, i) => {
          if (evalShape(p)) sum += s.weights[i]!;
        });
        const T = s.share * W;
        const tol = 1e-9 * W;
        return s.strict ? sum > T + tol : sum >= T - tol;
      }
    }
  };
  const probs = [...varProbs, ...components.map((c) => c.prob)];
  let a = 0;
  let q = 0;
  for (let mask = 0; mask < 1 << total; mask++) {
    let p = 1;
    for (let i = 0; i < total; i++) {
      const bit = (mask >> i) & 1;
      up[i] = bit;
      p *= bit ? probs[i]!.a : probs[i]!.q;
    }
    if (p === 0) continue;
    if (evalShape(shape)) a += p;
    else q += p;
  }
  return { a, q, variables: total };
}

/** Count of enumeration variables of a description (components, domains, beta groups). */
export function variableCount(system: SystemDescription): number {
  let count = (system.domains ?? []).length;
  const walk = (b: Block): void => {
    if (b.type === 'component') count++;
    else {
      if ((b.type === 'k-of-n' || b.type === 'threshold') && b.beta !== undefined && b.beta > 0) count++;
      b.parts.forEach(walk);
    }
  };
  walk(system.root);
  return count;
}

// ---- fast-check generators ----------------------------------------------------------------------------

/** Probabilities that exercise the edges (0, 1, decimals the user would type) and arbitrary doubles. */
export const probabilityArb = fc.oneof(
  fc.constantFrom(0, 1, 0.5, 0.9, 0.95, 0.99, 0.999, 0.9999, 0.8, 0.3),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

export const domainsArb = (maxDomains: number): fc.Arbitrary<FailureDomain[]> =>
  fc.integer({ min: 0, max: maxDomains }).chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.record({
          availability: probabilityArb,
          // A parent among the earlier domains keeps the forest acyclic.
          parent: i === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: i - 1 }),
        }),
      ),
    ).map((specs) =>
      specs.map((s, i): FailureDomain => ({ id: `d${i}`, availability: s.availability, ...(s.parent >= 0 ? { parent: `d${s.parent}` } : {}) })),
    ),
  );

/** A random block tree over the given domain ids: nesting, k-of-n, thresholds (inclusive/strict), beta groups. */
export function blockArb(domainIds: readonly string[], maxDepth: number): fc.Arbitrary<Block> {
  const componentArb: fc.Arbitrary<Block> = fc
    .record({
      availability: probabilityArb,
      domains: domainIds.length === 0 ? fc.constant([] as string[]) : fc.subarray([...domainIds], { maxLength: Math.min(3, domainIds.length) }),
      useUnavailability: fc.boolean(),
    })
    .map(({ availability, domains, useUnavailability }) =>
      useUnavailability ? { type: 'component', unavailability: 1 - availability, domains } : { type: 'component', availability, domains },
    );
  const tree = fc.letrec<{ block: Block }>((tie) => ({
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      componentArb,
      fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((parts): Block => ({ type: 'series', parts })),
      fc
        .array(tie('block'), { minLength: 1, maxLength: 4 })
        .chain((parts) => fc.integer({ min: 1, max: parts.length }).map((k): Block => ({ type: 'k-of-n', k, parts }))),
      fc.array(componentArb, { minLength: 2, maxLength: 3 }).chain((parts) =>
        fc
          .record({ k: fc.integer({ min: 1, max: parts.length }), beta: fc.constantFrom(0.05, 0.1, 0.5, 1) })
          .map(({ k, beta }): Block => ({ type: 'k-of-n', k, beta, parts })),
      ),
      fc.array(tie('block'), { minLength: 1, maxLength: 4 }).chain((parts) =>
        fc
          .record({
            weights: fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 3, noNaN: true })), { minLength: parts.length, maxLength: parts.length }),
            share: fc.constantFrom(0, 1 / 3, 1 / 2, 2 / 3, 1, 0.25),
            comparison: fc.constantFrom('at-least' as const, 'more-than' as const),
          })
          // share 0 "at-least" and share 1 "more-than" ignore the parts and are rejected: test their neighbours.
          .map(({ weights, share, comparison: given }) => ({ weights, share, comparison: share === 0 ? 'more-than' : share === 1 ? 'at-least' : given }))
          .map(({ weights, share, comparison }): Block => ({ type: 'threshold', share, comparison, weights: weights.some((w) => w > 0) ? weights : weights.map((_, i) => (i === 0 ? 1 : 0)), parts })),
      ),
    ),
  }));
  return tree.block.filter((b) => depthOf(b) <= maxDepth);
}

function depthOf(block: Block): number {
  return block.type === 'component' ? 0 : 1 + Math.max(...block.parts.map(depthOf));
}

/** Small random systems that brute force can enumerate (at most `maxVariables` variables). */
export const systemArb = (maxVariables = 14, maxDomains = 4): fc.Arbitrary<SystemDescription> =>
  domainsArb(maxDomains)
    .chain((domains) => blockArb(domains.map((d) => d.id), 3).map((root): SystemDescription => ({ domains, root })))
    .filter((s) => variableCount(s) <= maxVariables);

/** Relative closeness with an absolute floor for values that underflow. */
export function closeRel(actual: number, expected: number, rel: number, abs = 1e-300): boolean {
  return Math.abs(actual - expected) <= rel * Math.abs(expected) + abs;
}

/** A beta-group member's independent part: q_ind = (1 - beta) q / (1 - beta q); at beta 1, 0 unless q is 1. */
export function betaIndependentPart(p: Prob, beta: number): Prob {
  if (beta === 1) return p.q === 1 ? { a: 0, q: 1 } : { a: 1, q: 0 };
  // Both halves as quotients (no 1 - x), so a tiny availability survives.
  return { a: p.a / (1 - beta * p.q), q: ((1 - beta) * p.q) / (1 - beta * p.q) };
}
