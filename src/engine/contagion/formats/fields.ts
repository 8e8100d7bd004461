/**
 * Our own fields as attributes: how a node's or an edge's attribute named `rule`, `type`, `weight`,
 * `evidence`... is read, whether it comes as text (DOT, GraphML, CSV) or as a JSON value (Mermaid's
 * `%% atlas` comments, scenario metadata). Values that cannot be ours are errors when the field can only
 * be ours (a rule, a weight) and warnings when a foreign tool may have meant something else (a `type`
 * or `kind` in its own vocabulary), so an import never fails on another tool's conventions.
 */
import { LAYERS } from '../node-types.ts';
import { isNodeType } from './node-type-guess.ts';
import { ruleFromValue } from './rule-text.ts';
import { EVIDENCE_GRADES, type EvidenceGrade } from './types.ts';
import type { Rule } from '../types.ts';

/** What an attribute can do: set a field, give a type hint, be ignored with a warning, or be an error. */
export type FieldOutcome = { ok: true } | { warning: string } | { error: string } | { unknown: true };

export interface NodeFields {
  id?: string;
  label?: string;
  type?: string;
  /** Kind words from the file (Backstage spec.type, a foreign "type") used to guess a type. */
  kinds: string[];
  layer?: string;
  rule?: Rule;
  degradedRule?: Rule;
  note?: string;
  evidence?: EvidenceGrade;
  sources?: string[];
}

export interface EdgeFields {
  weight?: number;
  kind?: 'hard' | 'soft';
  note?: string;
  evidence?: EvidenceGrade;
  sources?: string[];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null);

/** "a b", "a,b" or a JSON list of strings. */
function sourceList(value: unknown): string[] | null {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? (value as string[]) : null;
  const t = text(value);
  if (t === null) return null;
  const trimmed = t.trim();
  if (trimmed.startsWith('[')) {
    try {
      return sourceList(JSON.parse(trimmed));
    } catch {
      return null;
    }
  }
  return trimmed === '' ? [] : trimmed.split(/[\s,]+/);
}

function grade(value: unknown): EvidenceGrade | null {
  const t = text(value)?.trim();
  return t !== undefined && (EVIDENCE_GRADES as readonly string[]).includes(t) ? (t as EvidenceGrade) : null;
}

/** Shared by nodes and edges: note, evidence, sources. */
function gradedField(target: { note?: string; evidence?: EvidenceGrade; sources?: string[] }, name: string, value: unknown): FieldOutcome | null {
  switch (name) {
    case 'note':
    case 'description': {
      const t = text(value);
      if (t === null) return { error: `${name} must be text` };
      // A foreign "description" fills the note only when the file gives no note of ours.
      if (t.trim() !== '' && (name === 'note' || target.note === undefined)) target.note = t;
      return { ok: true };
    }
    case 'evidence': {
      const g = grade(value);
      if (g === null) return { warning: `evidence ${JSON.stringify(value)} is not one of ${EVIDENCE_GRADES.join(', ')}; left unstated` };
      target.evidence = g;
      return { ok: true };
    }
    case 'sources': {
      const list = sourceList(value);
      if (list === null) return { error: 'sources must be source ids separated by spaces or commas, or a JSON list of strings' };
      if (list.length > 0) target.sources = list;
      return { ok: true };
    }
    default:
      return null;
  }
}

export function applyNodeField(node: NodeFields, name: string, value: unknown): FieldOutcome {
  const graded = gradedField(node, name, value);
  if (graded) return graded;
  switch (name) {
    case 'id': {
      const t = text(value);
      if (t === null) return { error: 'id must be text' };
      node.id = t;
      return { ok: true };
    }
    case 'label':
    case 'name':
    case 'title': {
      const t = text(value);
      if (t === null) return { error: `${name} must be text` };
      if (t.trim() !== '' && (name === 'label' || node.label === undefined)) node.label = t;
      return { ok: true };
    }
    case 'type': {
      const t = text(value)?.trim();
      if (t === undefined) return { error: 'type must be text' };
      if (isNodeType(t)) node.type = t;
      else node.kinds.push(t);
      return { ok: true };
    }
    case 'layer': {
      const t = text(value)?.trim() ?? '';
      if (!(LAYERS as readonly string[]).includes(t)) return { warning: `layer ${JSON.stringify(value)} is not one of ${LAYERS.join(', ')}; the type's layer is used` };
      node.layer = t;
      return { ok: true };
    }
    case 'rule':
    case 'degradedRule':
    case 'degraded_rule': {
      const rule = ruleFromValue(value);
      if ('problem' in rule) return { error: rule.problem };
      if (name === 'rule') node.rule = rule;
      else node.degradedRule = rule;
      return { ok: true };
    }
    default:
      return { unknown: true };
  }
}

export function applyEdgeField(edge: EdgeFields, name: string, value: unknown): FieldOutcome {
  const graded = gradedField(edge, name, value);
  if (graded) return graded;
  switch (name) {
    case 'weight':
    case 'dependency_weight': {
      const t = text(value)?.trim() ?? '';
      const w = t === '' ? NaN : Number(t);
      if (!Number.isFinite(w) || w < 0) return { error: `${name} must be a number of 0 or more, got ${JSON.stringify(value)}` };
      // dependency_weight (our name, which Graphviz ignores) wins over a layout weight.
      if (name === 'dependency_weight' || edge.weight === undefined) edge.weight = w;
      return { ok: true };
    }
    case 'kind': {
      const t = text(value)?.trim().toLowerCase();
      if (t !== 'hard' && t !== 'soft') return { warning: `edge kind ${JSON.stringify(value)} is not "hard" or "soft"; read as hard` };
      edge.kind = t;
      return { ok: true };
    }
    case 'label': {
      // An edge's label describes the relation ("reads from", "Using Ormlib"): kept as its note.
      const t = text(value);
      if (t !== null && t.trim() !== '' && edge.note === undefined) edge.note = t;
      return { ok: true };
    }
    default:
      return { unknown: true };
  }
}
