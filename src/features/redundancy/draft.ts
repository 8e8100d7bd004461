/**
 * The editable form of a system description: the same tree, with every number kept as the text the
 * reader typed. `toDraft` fills the fields from a description; `fromDraft` parses them back and returns
 * either a description or the message for every bad field, keyed by the engine's own path notation
 * (its `formatPath`: `root.parts[1].availability`), so engine issues and field messages land on the same field.
 */
import type { Block, ComparisonKind, DraftBlock, DraftDomain, DraftProbability, DraftSystem, ProbabilityMode } from './draft-types.ts';
import { numberText, parseAvailability, parseDuration, parseK, parseProbability, parseShare, parseWeight, type Parsed } from './calculator-fields.ts';
import { formatPath, type FailureDomain, type ProbabilityFields, type SystemDescription } from '../../engine/availability/index.ts';

export type { DraftBlock, DraftDomain, DraftProbability, DraftSystem, ProbabilityMode, ComparisonKind };

/** Field messages keyed by path, e.g. { 'root.k': 'k is 4 but there are only 3 parts…' }. */
export type FieldErrors = Record<string, string>;
/** How accepted fields were read, keyed the same way, e.g. { 'root.availability': 'Read as 99.9% = 0.999.' }. */
export type FieldNotes = Record<string, string>;


function probabilityDraft(fields: ProbabilityFields): DraftProbability {
  const mode: ProbabilityMode = fields.mtbf !== undefined ? 'mtbf' : fields.unavailability !== undefined ? 'unavailability' : 'availability';
  const value = mode === 'unavailability' ? fields.unavailability : fields.availability;
  return { mode, value: value === undefined ? '' : numberText(value), mtbf: fields.mtbf === undefined ? '' : numberText(fields.mtbf), mttr: fields.mttr === undefined ? '' : numberText(fields.mttr) };
}

const naming = (b: { id?: string; label?: string; note?: string }) => ({
  ...(b.id !== undefined ? { id: b.id } : {}),
  ...(b.label !== undefined ? { label: b.label } : {}),
  ...(b.note !== undefined ? { note: b.note } : {}),
});

function blockDraft(block: Block): DraftBlock {
  switch (block.type) {
    case 'component':
      return { type: 'component', ...naming(block), probability: probabilityDraft(block), domains: [...(block.domains ?? [])] };
    case 'series':
      return { type: 'series', ...naming(block), parts: block.parts.map(blockDraft) };
    case 'k-of-n':
      return { type: 'k-of-n', ...naming(block), k: String(block.k), ...(block.beta !== undefined ? { beta: numberText(block.beta) } : {}), parts: block.parts.map(blockDraft) };
    case 'threshold':
      return {
        type: 'threshold',
        ...naming(block),
        share: numberText(block.share),
        comparison: block.comparison ?? 'at-least',
        weights: block.weights.map(numberText),
        ...(block.beta !== undefined ? { beta: numberText(block.beta) } : {}),
        parts: block.parts.map(blockDraft),
      };
  }
}

export function toDraft(system: SystemDescription): DraftSystem {
  return {
    ...(system.label !== undefined ? { label: system.label } : {}),
    ...(system.note !== undefined ? { note: system.note } : {}),
    domains: (system.domains ?? []).map((d) => ({
      id: d.id,
      ...(d.label !== undefined ? { label: d.label } : {}),
      ...(d.kind !== undefined ? { kind: d.kind } : {}),
      ...(d.parent !== undefined ? { parent: d.parent } : {}),
      ...(d.note !== undefined ? { note: d.note } : {}),
      probability: probabilityDraft(d),
    })),
    root: blockDraft(system.root),
  };
}

/** Parses the text fields; every failure is recorded in `errors` under its path. */
class Reader {
  errors: FieldErrors = {};
  notes: FieldNotes = {};
  take<T>(parsed: Parsed<T>, path: readonly (string | number)[]): T | undefined {
    if (parsed.ok) {
      if (parsed.note) this.notes[formatPath(path)] = parsed.note;
      return parsed.value;
    }
    this.errors[formatPath(path)] = parsed.error;
    return undefined;
  }
  probability(p: DraftProbability, path: readonly (string | number)[]): ProbabilityFields {
    if (p.mode === 'mtbf') {
      return { mtbf: this.take(parseDuration(p.mtbf), [...path, 'mtbf']) ?? 0, mttr: this.take(parseDuration(p.mttr), [...path, 'mttr']) ?? 0 };
    }
    const parse = p.mode === 'availability' ? parseAvailability : parseProbability;
    return { [p.mode]: this.take(parse(p.value), [...path, p.mode]) ?? 0 };
  }
  /** The optional beta factor: an empty field means no common cause. */
  beta(text: string | undefined, path: readonly (string | number)[]): { beta?: number } {
    if (text === undefined || text.trim() === '') return {};
    const beta = this.take(parseProbability(text), [...path, 'beta']);
    return beta === undefined ? {} : { beta };
  }
  block(b: DraftBlock, path: readonly (string | number)[]): Block {
    const parts = () => ('parts' in b ? b.parts.map((part, i) => this.block(part, [...path, 'parts', i])) : []);
    switch (b.type) {
      case 'component':
        return { type: 'component', ...naming(b), ...this.probability(b.probability, path), domains: [...b.domains] };
      case 'series':
        return { type: 'series', ...naming(b), parts: parts() };
      case 'k-of-n':
        return { type: 'k-of-n', ...naming(b), k: this.take(parseK(b.k, b.parts.length), [...path, 'k']) ?? 1, ...this.beta(b.beta, path), parts: parts() };
      case 'threshold':
        return {
          type: 'threshold',
          ...naming(b),
          share: this.take(parseShare(b.share), [...path, 'share']) ?? 0,
          comparison: b.comparison,
          weights: b.weights.map((w, i) => this.take(parseWeight(w), [...path, 'weights', i]) ?? 0),
          ...this.beta(b.beta, path),
          parts: parts(),
        };
    }
  }
}

export function fromDraft(draft: DraftSystem): { system: SystemDescription | null; errors: FieldErrors; notes: FieldNotes } {
  const reader = new Reader();
  const domains: FailureDomain[] = draft.domains.map((d, i) => ({
    id: d.id,
    ...(d.label !== undefined ? { label: d.label } : {}),
    ...(d.kind !== undefined ? { kind: d.kind } : {}),
    ...(d.parent !== undefined ? { parent: d.parent } : {}),
    ...(d.note !== undefined ? { note: d.note } : {}),
    ...reader.probability(d.probability, ['domains', i]),
  }));
  const root = reader.block(draft.root, ['root']);
  if (Object.keys(reader.errors).length > 0) return { system: null, errors: reader.errors, notes: reader.notes };
  return {
    system: {
      ...(draft.label !== undefined ? { label: draft.label } : {}),
      ...(draft.note !== undefined ? { note: draft.note } : {}),
      ...(domains.length ? { domains } : {}),
      root,
    },
    errors: {},
    notes: reader.notes,
  };
}
