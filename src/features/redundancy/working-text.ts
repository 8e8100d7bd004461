/**
 * How "Show the working" writes the engine's working (workingOf) in words and numbers: the substituted
 * formula of each block, the name of each case of the shared domains, and which typeset formula goes with
 * which step. Pure strings, fixed English formats (the server and the browser agree to the character).
 */
import { availabilityPercent, type BlockWorking, type CaseWorking, type Prob, type Working } from '../../engine/availability/index.ts';
import type { WorkingFormula } from './working-formulas.ts';

/** Significant digits of an unavailability carried into a percentage, as in the result panel. */
const DIGITS = 4;
/** Longest list written out in full; longer ones show their ends and how many were left out. */
const MAX_LISTED = 8;

/** An availability as a percentage, computed from its unavailability: "99.9%", "99.999879%". */
export const percent = (p: Prob): string => availabilityPercent(p.q, DIGITS);

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/**
 * A probability in plain numbers: "0.0011", "0.25", "1.21 × 10⁻⁶" (three significant digits), and near 1
 * three digits past the leading nines ("0.99989", not "1"), so a case that is not certain never reads as 1.
 */
export function formatProbability(x: number): string {
  if (x === 0) return '0';
  if (!(x <= 1)) return formatNumber(x);
  if (x >= 0.5) {
    if (x === 1) return '1';
    const nines = Math.max(0, Math.floor(-Math.log10(1 - x)));
    return String(Number(x.toPrecision(Math.min(15, 3 + nines))));
  }
  if (x >= 1e-3) return String(Number(x.toPrecision(3)));
  const [mantissa, exponent] = x.toExponential(2).split('e') as [string, string];
  const power = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
  return `${Number(mantissa)} × 10${power}`;
}

/** A weight or a total: four significant digits, "66.67", "100". */
export function formatNumber(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(4))) : String(n);
}

/** Items joined by `separator`; past MAX_LISTED, the first three, "…", the last two and the count. */
export function joinCapped(items: readonly string[], separator: string): string {
  if (items.length <= MAX_LISTED) return items.join(separator);
  return `${[...items.slice(0, 3), '…', ...items.slice(-2)].join(separator)} (${items.length} terms)`;
}

export function formulaOf(block: BlockWorking): WorkingFormula {
  if (block.kind === 'series') return 'fSeries';
  if (block.kind === 'any') return 'fAny';
  if (block.kind === 'threshold') return 'fThreshold';
  return block.identical === null ? 'fKOfN' : 'fBinomial';
}

/** What the block needs, in words: "every part needed", "any 1 of 3", "at least 3 of 4 up". */
export function blockRule(block: BlockWorking): string {
  const n = block.parts.length;
  if (block.kind === 'series') return `every one of its ${n} parts is needed`;
  if (block.kind === 'any') return `any 1 of its ${n} parts is enough`;
  if (block.kind === 'k-of-n') return `at least ${block.k} of its ${n} parts must be up`;
  return `up when the weight of the parts up is ${block.strict ? 'more than' : 'at least'} ${formatProbability(block.share)} of the total`;
}

/** The block's formula with the reader's numbers in it, ending in the block's availability. */
export function substitution(block: BlockWorking): string {
  const result = percent(block.result);
  if (block.kind === 'series') return `A = ${joinCapped(block.parts.map(percent), ' × ')} = ${result}`;
  if (block.kind === 'any') return `U = ${joinCapped(block.parts.map((p) => formatProbability(p.q)), ' × ')} = ${formatProbability(block.result.q)}, so A = ${result}`;
  if (block.kind === 'k-of-n') {
    const { k, exactly, identical } = block;
    const n = block.parts.length;
    const given = identical === null ? '' : `a = ${formatProbability(identical)}, k = ${k}, n = ${n}: `;
    if (exactly.length === 0) return `${given}A = ${result} (too many parts to list the terms)`;
    const terms = exactly.slice(k).map((p) => formatProbability(p));
    const named = exactly.slice(k).map((_, i) => `P(${k + i} up)`);
    return `${given}A = ${joinCapped(named, ' + ')} = ${joinCapped(terms, ' + ')} = ${result}`;
  }
  const needed = block.share * block.totalWeight;
  return `weights ${joinCapped(block.weights.map(formatNumber), ', ')} (total ${formatNumber(block.totalWeight)}): up when the weight up is ${block.strict ? '>' : '≥'} ${formatNumber(block.share)} × ${formatNumber(block.totalWeight)} = ${formatNumber(needed)}; summed over every combination of parts that reaches it, A = ${result}`;
}

/** Names as a list: “A”, “A” and “B”, “A”, “B” and “C” (quoted, since a name may hold a comma). */
export function nameList(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** "All shared domains up", "Region east down", "Region east down (with East, zone 1)". */
export function caseName(c: CaseWorking, working: Working): string {
  const label = (id: string) => working.shared.find((s) => s.id === id)?.label ?? id;
  if (c.failed.length === 0) return 'All shared domains up';
  const failedText = `${nameList(c.failed.map(label))} down`;
  return c.downWithParent.length ? `${failedText} (and with it ${nameList(c.downWithParent.map(label))})` : failedText;
}
