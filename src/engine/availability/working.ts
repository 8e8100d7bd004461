/**
 * The working behind an answer, for a reader to follow by hand (as Azure's composite-SLA pages do):
 *  1. each part's availability as if it were on its own: its own figure times every domain it lives in
 *     (and a beta group's common cause), which is what the independent answer gives each part;
 *  2. every block combined from its parts' values, bottom-up (series product, 1-of-n product of
 *     unavailabilities, k-of-n as a sum over "exactly j up", weighted threshold): the independent answer;
 *  3. the correlated answer by the law of total probability over the states s of the shared domains,
 *     A = sum_s P(s) A(system | s), every case listed with its probability and its conditional answer.
 * The numbers come from the same compiled system and combinators as `evaluate` (compile.ts, kofn.ts,
 * exact.ts), so the working always adds up to the answer shown; tests check both against closed forms.
 */
import { COMPONENT, K_OF_N, SERIES, compileSystem, type CompiledSystem } from './compile.ts';
import { fieldError, formatPath } from './errors.ts';
import { createExactEvaluator, planExact } from './exact.ts';
import { combineKOfN, combineSeries, combineThreshold } from './kofn.ts';
import type { Prob } from './probability.ts';
import { parseSystem } from './read-system.ts';
import type { Block } from './types.ts';

export type { Prob };

export interface WorkingFactor extends Prob {
  id: string;
  label: string;
  kind: 'domain' | 'common-cause';
  /** shared with another part: conditioned on in the correlated answer, not folded into this part */
  shared: boolean;
}

export interface PartWorking {
  path: string;
  label: string;
  /** the part's own figure (after a beta split, its independent share) */
  own: Prob;
  /** every domain it depends on (its own, their ancestors, its beta group's common cause) */
  factors: WorkingFactor[];
  /** own times every factor: the part's availability on its own */
  alone: Prob;
}

interface BlockBase {
  path: string;
  label: string;
  /** the parts' values (their `alone` availability, or the value of a sub-block) */
  parts: (Prob & { label: string })[];
  result: Prob;
}

export type BlockWorking =
  | (BlockBase & { kind: 'series' })
  /** 1-of-n: U = product of the parts' unavailabilities */
  | (BlockBase & { kind: 'any' })
  /**
   * k-of-n with 1 < k: `exactly[j]` is P(exactly j parts up), j = 0..n; the answer is the sum from k.
   * `identical` is the parts' common availability when they are all equal (the binomial case).
   */
  | (BlockBase & { kind: 'k-of-n'; k: number; exactly: number[]; identical: number | null })
  /** weighted threshold: up when the weight up is at least (or more than) share x total */
  | (BlockBase & { kind: 'threshold'; weights: number[]; share: number; strict: boolean; totalWeight: number });

export interface CaseWorking {
  /** shared domains that failed by themselves in this case (empty: all up) */
  failed: string[];
  /** shared domains down only because a domain above them failed */
  downWithParent: string[];
  probability: number;
  /** the system given this case */
  given: Prob;
}

export interface Working {
  parts: PartWorking[];
  /** post-order: every block after its parts, the root last */
  blocks: BlockWorking[];
  /** the independent answer (every part at its `alone` value, failures independent) */
  independent: Prob;
  /** domains and common causes shared by two or more parts */
  shared: (Prob & { id: string; label: string; kind: 'domain' | 'common-cause' })[];
  /** one entry per joint state of the shared domains, most probable first; null when too many to list */
  cases: CaseWorking[] | null;
  /** sum of P(s) A(s) over the cases; equals the exact answer. Null when the cases are not listed. */
  correlated: Prob | null;
  /** why the cases are not listed, when they are not */
  casesNote: string | null;
}

export interface WorkingOptions {
  /** Most cases to enumerate before giving up on listing them (default 4096). */
  maxCases?: number;
  /** Largest k-of-n block whose "exactly j up" terms are listed (default 200 parts). */
  maxTermsParts?: number;
}

/** Series of two: a = a1 a2, q = q1 + a1 q2 (no cancellation). */
const both = (x: Prob, y: Prob): Prob => ({ a: x.a * y.a, q: x.q + x.a * y.q });

/** P(exactly j of the parts up), j = 0..n, by the usual dynamic programme (sums of non-negative terms). */
function exactlyUp(parts: readonly Prob[]): number[] {
  let dp = [1];
  for (const p of parts) {
    const next = new Array<number>(dp.length + 1).fill(0);
    dp.forEach((v, j) => {
      next[j] = next[j]! + v * p.q;
      next[j + 1] = next[j + 1]! + v * p.a;
    });
    dp = next;
  }
  return dp;
}

/** Combines one block's part values with the engine's own combinators (kofn.ts). */
function combine(sys: CompiledSystem, node: number, values: readonly Prob[]): Prob {
  const n = values.length;
  const a = Float64Array.from(values, (v) => v.a);
  const q = Float64Array.from(values, (v) => v.q);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const out = new Float64Array(2);
  const kind = sys.nodeKind[node];
  if (kind === SERIES) combineSeries(a, q, order, 0, n, out);
  else if (kind === K_OF_N) combineKOfN(a, q, order, 0, n, sys.nodeK[node]!, new Float64Array(sys.nodeK[node]! + 1), out);
  else {
    const plan = sys.thresholdPlans[node]!;
    combineThreshold(plan, a, q, order, 0, new Float64Array(plan.maxLayer), new Float64Array(plan.maxLayer), out);
  }
  return { a: out[0]!, q: out[1]! };
}

export function workingOf(system: unknown, options: WorkingOptions = {}): Working {
  const description = parseSystem(system);
  const sys = compileSystem(description);
  // Without a plan for every threshold block there is no exact value to show for it (evaluate answers by
  // Monte Carlo then): say so rather than show a working that does not add up.
  if (!sys.thresholdsTractable) throw fieldError([], 'no working to show: a weighted threshold block has too many distinct partial sums for the exact method');
  const plan = planExact(sys);
  const maxCases = options.maxCases ?? 4096;
  const maxTermsParts = options.maxTermsParts ?? 200;
  const isShared = (d: number) => plan.domainScope[d]! >= 0;
  const factorOf = (d: number): WorkingFactor => ({
    id: sys.domains[d]!.id,
    label: sys.domains[d]!.label,
    kind: sys.domains[d]!.kind === 'common-cause' ? 'common-cause' : 'domain',
    a: sys.domainA[d]!,
    q: sys.domainQ[d]!,
    shared: isShared(d),
  });

  const parts: PartWorking[] = [];
  for (let c = 0; c < sys.componentCount; c++) {
    const factors: WorkingFactor[] = [];
    for (let i = sys.componentDomainStart[c]!; i < sys.componentDomainStart[c + 1]!; i++) factors.push(factorOf(sys.componentDomains[i]!));
    const own = { a: sys.componentA[c]!, q: sys.componentQ[c]! };
    const info = sys.components[c]!;
    parts.push({ path: formatPath(info.path), label: info.label, own, factors, alone: factors.reduce<Prob>(both, own) });
  }

  // Blocks bottom-up, walking the description in the compiler's post-order so node numbers agree.
  const blocks: BlockWorking[] = [];
  let node = 0;
  let component = 0;
  const visit = (block: Block, path: string, fallback: string): Prob & { label: string } => {
    if (block.type === 'component') {
      node++;
      const part = parts[component++]!;
      return { ...part.alone, label: part.label };
    }
    const values = block.parts.map((p, j) => visit(p, `${path}.parts[${j}]`, `${block.label ?? block.id ?? fallback}, part ${j + 1}`));
    const me = node++;
    const result = combine(sys, me, values);
    const label = block.label ?? block.id ?? fallback;
    const base = { path, label, parts: values, result };
    if (block.type === 'series') blocks.push({ ...base, kind: 'series' });
    else if (block.type === 'k-of-n' && block.k === 1) blocks.push({ ...base, kind: 'any' });
    else if (block.type === 'k-of-n') {
      const first = values[0]!.a;
      const identical = values.every((v) => v.a === first) ? first : null;
      blocks.push({ ...base, kind: 'k-of-n', k: block.k, exactly: values.length <= maxTermsParts ? exactlyUp(values) : [], identical });
    } else {
      const totalWeight = block.weights.reduce((s, w) => s + w, 0);
      blocks.push({ ...base, kind: 'threshold', weights: [...block.weights], share: block.share, strict: block.comparison === 'more-than', totalWeight });
    }
    return { ...result, label };
  };
  const root = visit(description.root, 'root', description.label ?? 'the system');
  const independent = { a: root.a, q: root.q };

  // Shared domains, parents first (the compiler's domain order), and every joint state of them.
  const sharedIds = Array.from(sys.domainOrder).filter(isShared);
  const shared = sharedIds.map((d) => {
    const f = factorOf(d);
    return { id: f.id, label: f.label, kind: f.kind, a: f.a, q: f.q };
  });
  let cases: CaseWorking[] | null = [];
  let casesNote: string | null = null;
  {
    const evaluator = createExactEvaluator(sys, plan);
    evaluator.prepare();
    const up = evaluator.effectiveUp;
    const failed: number[] = [];
    const enumerate = (i: number, probability: number): boolean => {
      if (cases!.length > maxCases) return false;
      if (i === sharedIds.length) {
        const [a, q] = evaluator.runSampled();
        const down = sharedIds.filter((d) => up[d] === 0);
        cases!.push({
          failed: failed.map((d) => sys.domains[d]!.id),
          downWithParent: down.filter((d) => !failed.includes(d)).map((d) => sys.domains[d]!.id),
          probability,
          given: { a, q },
        });
        return true;
      }
      const d = sharedIds[i]!;
      const parent = sys.domainParent[d]!;
      if (parent >= 0 && up[parent] === 0) {
        up[d] = 0;
        return enumerate(i + 1, probability);
      }
      up[d] = 1;
      if (sys.domainA[d]! > 0 && !enumerate(i + 1, probability * sys.domainA[d]!)) return false;
      up[d] = 0;
      failed.push(d);
      const ok = sys.domainQ[d]! > 0 ? enumerate(i + 1, probability * sys.domainQ[d]!) : true;
      failed.pop();
      up[d] = 1;
      return ok;
    };
    if (!enumerate(0, 1)) {
      cases = null;
      casesNote = `the ${sharedIds.length} shared domains have more than ${maxCases} joint states, too many to list`;
    }
  }
  let correlated: Prob | null = null;
  if (cases) {
    cases.sort((x, y) => y.probability - x.probability);
    correlated = cases.reduce<Prob>((s, k) => ({ a: s.a + k.probability * k.given.a, q: s.q + k.probability * k.given.q }), { a: 0, q: 0 });
  }
  return { parts, blocks, independent, shared, cases, correlated, casesNote };
}
