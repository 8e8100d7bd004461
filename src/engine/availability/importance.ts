/**
 * Which single improvement buys the most. For every component and domain (and every beta group's common
 * cause), with Q the system unavailability and q_i the element's own unavailability:
 *  - Birnbaum importance I_i = dA/dA_i = Q(i down) - Q(i up): how much the system's availability moves
 *    per unit of the element's availability. The system is multilinear in each element's own state, so
 *    this derivative is exact and constant, and:
 *  - gain if perfect (improvement potential) = Q - Q(i up) = q_i * I_i: the unavailability removed by
 *    making the element never fail;
 *  - gain per extra nine = 0.9 * q_i * I_i: the unavailability removed by dividing q_i by ten.
 * A component's entry is its own availability (for a beta-group member, its independent part); a domain's
 * entry is the domain's own failures, not its parent's.
 *
 * Each element costs two exact evaluations (element forced up, then down).
 */
import type { CompiledSystem, ElementInfo } from './compile.ts';
import type { ExactEvaluator, ExactPlan } from './exact.ts';

export interface ImportanceEntry extends ElementInfo {
  availability: number;
  unavailability: number;
  /** dA/dA_i = Q(i down) - Q(i up). */
  birnbaum: number;
  /** System unavailability if this element never failed. */
  unavailabilityIfPerfect: number;
  /** Unavailability removed by making it perfect: q_i * birnbaum. */
  gainIfPerfect: number;
  /** Unavailability removed by one more nine on it (q_i / 10): 0.9 * q_i * birnbaum. */
  gainPerExtraNine: number;
  /** gainIfPerfect / system unavailability: the share of the downtime this element explains. */
  shareOfUnavailability: number;
  /** Number of components that depend on it (1 for a component). */
  dependents: number;
}

export function computeImportance(sys: CompiledSystem, plan: ExactPlan, evaluator: ExactEvaluator, systemQ: number): ImportanceEntry[] {
  const entries: ImportanceEntry[] = [];
  const measure = (a: Float64Array, q: Float64Array, i: number, info: ElementInfo, dependents: number): void => {
    const own = { a: a[i]!, q: q[i]! };
    let qUp = systemQ;
    let qDown = systemQ;
    if (dependents > 0) {
      a[i] = 1;
      q[i] = 0;
      qUp = evaluator.run()[1];
      a[i] = 0;
      q[i] = 1;
      qDown = evaluator.run()[1];
      a[i] = own.a;
      q[i] = own.q;
    }
    const birnbaum = Math.max(0, qDown - qUp);
    const gain = own.q * birnbaum;
    entries.push({
      ...info,
      availability: own.a,
      unavailability: own.q,
      birnbaum,
      unavailabilityIfPerfect: qUp,
      gainIfPerfect: gain,
      gainPerExtraNine: 0.9 * gain,
      shareOfUnavailability: systemQ > 0 ? Math.min(1, gain / systemQ) : 0,
      dependents,
    });
  };
  for (let c = 0; c < sys.componentCount; c++) measure(sys.componentA, sys.componentQ, c, sys.components[c]!, 1);
  for (let d = 0; d < sys.domainCount; d++) measure(sys.domainA, sys.domainQ, d, sys.domains[d]!, plan.domainUsers[d]!);
  // Restore the evaluator's state for the unchanged system.
  evaluator.run();
  return entries.sort((x, y) => y.gainIfPerfect - x.gainIfPerfect || y.birnbaum - x.birnbaum);
}
