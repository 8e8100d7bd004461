/**
 * Rules as short text, for formats whose attributes are strings (DOT, GraphML) and for people who edit
 * those files by hand: `all`, `any`, `atLeast 2`, `threshold 1/3`, `threshold 1/3 strict`. A fraction is
 * written exactly: the shorter of its decimal and its simplest p/q form (both read back to the same
 * number). A JSON object (`{"kind":"any"}`) is accepted too.
 */
import { fractionText, ruleShapeProblem } from '../rules.ts';
import type { Rule } from '../types.ts';

export function ruleToText(rule: Rule): string {
  switch (rule.kind) {
    case 'atLeast':
      return `atLeast ${rule.k}`;
    case 'threshold': {
      const decimal = String(rule.fraction);
      const ratio = fractionText(rule.fraction);
      const fraction = ratio.length < decimal.length ? ratio : decimal;
      return `threshold ${fraction}${rule.strict === true ? ' strict' : ''}`;
    }
    default:
      return rule.kind;
  }
}

/** The rule a text describes, or a message saying what is wrong with it. */
export function ruleFromText(text: string): Rule | { problem: string } {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      return { problem: `rule ${JSON.stringify(text)} is not valid JSON` };
    }
    return ruleFromValue(value);
  }
  const words = trimmed.split(/\s+/);
  const kind = words[0] ?? '';
  const usage = 'write all, any, "atLeast 2", "threshold 1/3" or "threshold 1/3 strict"';
  switch (kind) {
    case 'all':
    case 'any':
      return words.length === 1 ? { kind } : { problem: `rule ${JSON.stringify(text)}: "${kind}" takes nothing after it` };
    case 'atLeast': {
      const k = Number(words[1]);
      if (words.length !== 2 || !Number.isInteger(k) || k < 1) return { problem: `rule ${JSON.stringify(text)}: atLeast needs a whole number of at least 1, e.g. "atLeast 2"` };
      return { kind: 'atLeast', k };
    }
    case 'threshold': {
      const fraction = fractionOf(words[1] ?? '');
      const strictWord = words[2];
      if (fraction === null || words.length > 3 || (strictWord !== undefined && strictWord !== 'strict')) {
        return { problem: `rule ${JSON.stringify(text)}: threshold needs a fraction from 0 to 1 and optionally "strict", e.g. "threshold 1/3 strict"` };
      }
      return ruleFromValue(strictWord ? { kind: 'threshold', fraction, strict: true } : { kind: 'threshold', fraction });
    }
    default:
      return { problem: `rule ${JSON.stringify(text)} is not understood: ${usage}` };
  }
}

/** A rule given as a value (JSON), checked with the engine's own shape check. */
export function ruleFromValue(value: unknown): Rule | { problem: string } {
  if (typeof value === 'string') return ruleFromText(value);
  const problem = ruleShapeProblem(value);
  if (problem) return { problem: `rule${problem[0] ? `.${problem[0]}` : ''}: ${problem[1]}` };
  const r = value as Record<string, unknown>;
  const known = new Set(['kind', 'k', 'fraction', 'strict']);
  const extra = Object.keys(r).filter((key) => !known.has(key));
  if (extra.length > 0) return { problem: `rule: unknown field ${extra.map((k) => JSON.stringify(k)).join(', ')}` };
  return value as Rule;
}

/** "0.45", "9/20" or "1/3" as a number in [0, 1], or null. */
export function fractionOf(text: string): number | null {
  const slash = text.indexOf('/');
  let value: number;
  if (slash >= 0) {
    const p = Number(text.slice(0, slash));
    const q = Number(text.slice(slash + 1));
    if (!Number.isInteger(p) || !Number.isInteger(q) || q <= 0) return null;
    value = p / q;
  } else value = text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
}
