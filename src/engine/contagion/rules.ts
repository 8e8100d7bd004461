/** Checking, canonicalising and describing failure rules (shared by compile, the file parser and explain). */
import { formatFraction, toRational } from './rational.ts';
import { shown } from '../issues.ts';
import type { Rule } from './types.ts';

export const RULE_KINDS = ['all', 'any', 'atLeast', 'threshold'] as const;

/** A problem with the shape of a rule, as [field, message], or null when it is well formed. */
export function ruleShapeProblem(rule: unknown): [field: string, message: string] | null {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return ['', `a rule must be an object such as {"kind": "all"}, got ${shown(rule)}`];
  const r = rule as Record<string, unknown>;
  switch (r.kind) {
    case 'all':
    case 'any':
      return null;
    case 'atLeast':
      if (typeof r.k !== 'number' || !Number.isInteger(r.k) || r.k < 1) {
        return ['k', `k must be a whole number of at least 1, got ${shown(r.k)}`];
      }
      return null;
    case 'threshold':
      if (typeof r.fraction !== 'number' || !Number.isFinite(r.fraction) || r.fraction < 0 || r.fraction > 1) {
        return ['fraction', `fraction must be a number between 0 and 1, got ${shown(r.fraction)}`];
      }
      if (r.strict !== undefined && typeof r.strict !== 'boolean') {
        return ['strict', `strict must be true or false, got ${shown(r.strict)}`];
      }
      if (toRational(r.fraction) === null) return ['fraction', 'fraction is too precise to compare exactly'];
      return null;
    default:
      return ['kind', `kind must be one of ${RULE_KINDS.join(', ')}, got ${shown(r.kind)}`];
  }
}

/** A problem with a rule given the node's number of hard dependencies, or null. */
export function ruleRangeProblem(rule: Rule, dependencyCount: number): [field: string, message: string] | null {
  if (rule.kind === 'atLeast' && rule.k > dependencyCount) {
    const deps = dependencyCount === 1 ? '1 dependency' : `${dependencyCount} dependencies`;
    return dependencyCount === 0
      ? ['k', `k must be between 1 and the number of dependencies, but the node has no (hard) dependencies`]
      : ['k', `k must be between 1 and ${dependencyCount} (the node has ${deps})`];
  }
  return null;
}

/** A stable key for a rule, so equal rules share one table entry. */
export function ruleKey(rule: Rule): string {
  switch (rule.kind) {
    case 'atLeast':
      return `atLeast:${rule.k}`;
    case 'threshold':
      return `threshold:${rule.fraction}:${rule.strict === true ? '>' : '>='}`;
    default:
      return rule.kind;
  }
}

/** A fresh rule object with only the fields that matter. */
export function canonicalRule(rule: Rule): Rule {
  switch (rule.kind) {
    case 'atLeast':
      return { kind: 'atLeast', k: rule.k };
    case 'threshold':
      return rule.strict === true
        ? { kind: 'threshold', fraction: rule.fraction, strict: true }
        : { kind: 'threshold', fraction: rule.fraction };
    default:
      return { kind: rule.kind };
  }
}

/** The fraction of a threshold rule as text: "1/3", "9/20". */
export function fractionText(fraction: number): string {
  const r = toRational(fraction);
  return r ? formatFraction(r[0], r[1]) : String(fraction);
}
