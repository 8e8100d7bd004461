/**
 * Reading a system description from anything (a URL, a file, the calculator's own fields) without a
 * schema library: the shape and range of every field, then the checks that need the whole description
 * (check-system.ts). Every problem is listed with its field: `root.parts[2].k: k must be a whole number
 * of at least 1, got 0`. The zod schemas (system-schema.ts) run this same code, so there is one set of
 * rules.
 *
 * Limits, so that hostile input gets a clear refusal instead of a stack overflow or minutes of work:
 * blocks nest at most MAX_BLOCK_DEPTH deep, domains at most MAX_DOMAIN_DEPTH deep, and a description
 * has at most MAX_BLOCKS blocks (components included) and MAX_DOMAINS domains.
 */
import { checkSystem } from './check-system.ts';
import { MAX_DOMAIN_DEPTH } from './domains.ts';

export { MAX_DOMAIN_DEPTH };
import { AvailabilityError, makeIssue, type AvailabilityIssue, type ErrorPath } from './errors.ts';
import { shown } from '../issues.ts';
import type { SystemDescription } from './types.ts';

export const MAX_BLOCK_DEPTH = 100;
export const MAX_BLOCKS = 100_000;
export const MAX_DOMAINS = 10_000;

const BLOCK_TYPES = ['component', 'series', 'k-of-n', 'threshold'] as const;
const DOMAIN_KINDS = ['provider', 'region', 'zone', 'location', 'cdn', 'client', 'network', 'other'] as const;
const PROBABILITY_FIELDS = ['availability', 'unavailability', 'mtbf', 'mttr'] as const;
const BASE_FIELDS = ['type', 'id', 'label', 'note'] as const;
const FIELDS: Record<(typeof BLOCK_TYPES)[number], readonly string[]> = {
  component: [...BASE_FIELDS, ...PROBABILITY_FIELDS, 'domains'],
  series: [...BASE_FIELDS, 'parts'],
  'k-of-n': [...BASE_FIELDS, 'k', 'parts', 'beta'],
  threshold: [...BASE_FIELDS, 'share', 'comparison', 'weights', 'parts', 'beta'],
};
const DOMAIN_FIELDS = ['id', 'label', 'kind', 'parent', 'note', ...PROBABILITY_FIELDS];
const SYSTEM_FIELDS = ['label', 'note', 'root', 'domains'];

type Record_ = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Reader {
  readonly issues: AvailabilityIssue[] = [];
  blocks = 0;
  private stopped = false;

  add(path: ErrorPath, problem: string): void {
    this.issues.push(makeIssue(path, problem));
  }

  /** Stop reading (a limit was hit): the one issue says which. */
  stop(path: ErrorPath, problem: string): void {
    if (!this.stopped) this.add(path, problem);
    this.stopped = true;
  }

  unknownFields(value: Record_, allowed: readonly string[], path: ErrorPath): void {
    const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
    if (unknown.length > 0) this.add(path, `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}`);
  }

  text(value: Record_, key: string, path: ErrorPath, options: { required?: boolean; nonEmpty?: boolean; name?: string } = {}): void {
    const v = value[key];
    const name = options.name ?? key;
    if (v === undefined) {
      if (options.required) this.add([...path, key], `${name} is required`);
      return;
    }
    if (typeof v !== 'string') this.add([...path, key], `${name} must be text, got ${shown(v)}`);
    else if (options.nonEmpty && v === '') this.add([...path, key], `${name} must not be empty`);
  }

  /** A number in [min, max] (max may be Infinity, in which case it must still be finite). */
  number(value: Record_, key: string, path: ErrorPath, what: string, ok: (n: number) => boolean, required = false): void {
    const v = value[key];
    if (v === undefined) {
      if (required) this.add([...path, key], `${key} is required`);
      return;
    }
    if (typeof v !== 'number' || !ok(v)) this.add([...path, key], `${key} must be ${what}, got ${shown(v)}`);
  }

  probabilityFields(value: Record_, path: ErrorPath): void {
    for (const key of ['availability', 'unavailability'] as const) this.number(value, key, path, 'a number between 0 and 1', (n) => n >= 0 && n <= 1);
    for (const key of ['mtbf', 'mttr'] as const) this.number(value, key, path, 'a finite number of at least 0', (n) => n >= 0 && Number.isFinite(n));
  }

  block(value: unknown, path: ErrorPath, depth: number): void {
    if (this.stopped) return;
    if (++this.blocks > MAX_BLOCKS) return this.stop(path, `the description has more than ${MAX_BLOCKS.toLocaleString('en')} blocks (the limit)`);
    if (value === undefined) return this.add(path, 'a block is required');
    if (!isRecord(value)) return this.add(path, `must be a block (an object with a type), got ${shown(value)}`);
    const type = value.type;
    if (!(BLOCK_TYPES as readonly unknown[]).includes(type)) {
      return this.add([...path, 'type'], `type must be one of ${BLOCK_TYPES.map((t) => `"${t}"`).join(', ')}, got ${shown(type)}`);
    }
    const blockType = type as (typeof BLOCK_TYPES)[number];
    this.unknownFields(value, FIELDS[blockType], path);
    this.text(value, 'id', path, { nonEmpty: true });
    this.text(value, 'label', path);
    this.text(value, 'note', path);
    if (blockType === 'component') {
      this.probabilityFields(value, path);
      const domains = value.domains;
      if (domains !== undefined) {
        if (!Array.isArray(domains)) this.add([...path, 'domains'], `domains must be a list of domain ids, got ${shown(domains)}`);
        else domains.forEach((id, j) => typeof id !== 'string' && this.add([...path, 'domains', j], `domain id must be text, got ${shown(id)}`));
      }
      return;
    }
    if (blockType === 'k-of-n') this.number(value, 'k', path, 'a whole number of at least 1', (n) => Number.isInteger(n) && n >= 1, true);
    if (blockType === 'threshold') {
      this.number(value, 'share', path, 'a number between 0 and 1', (n) => n >= 0 && n <= 1, true);
      const comparison = value.comparison;
      if (comparison !== undefined && comparison !== 'at-least' && comparison !== 'more-than') {
        this.add([...path, 'comparison'], `comparison must be "at-least" or "more-than", got ${shown(comparison)}`);
      }
      const weights = value.weights;
      if (weights === undefined) this.add([...path, 'weights'], 'weights is required');
      else if (!Array.isArray(weights)) this.add([...path, 'weights'], `weights must be a list of numbers, got ${shown(weights)}`);
      else weights.forEach((w, j) => (typeof w !== 'number' || !(w >= 0 && Number.isFinite(w))) && this.add([...path, 'weights', j], `weight must be a finite number of at least 0, got ${shown(w)}`));
    }
    if (blockType !== 'series') this.number(value, 'beta', path, 'a number between 0 and 1', (n) => n >= 0 && n <= 1);
    const parts = value.parts;
    if (parts === undefined) return this.add([...path, 'parts'], 'parts is required');
    if (!Array.isArray(parts)) return this.add([...path, 'parts'], `parts must be a list of blocks, got ${shown(parts)}`);
    if (parts.length === 0) return this.add([...path, 'parts'], 'a block needs at least one part');
    if (depth >= MAX_BLOCK_DEPTH) return this.stop([...path, 'parts'], `blocks are nested more than ${MAX_BLOCK_DEPTH} deep (the limit)`);
    parts.forEach((part, j) => this.block(part, [...path, 'parts', j], depth + 1));
  }

  domain(value: unknown, path: ErrorPath): void {
    if (!isRecord(value)) return this.add(path, `must be a domain (an object with an id), got ${shown(value)}`);
    this.unknownFields(value, DOMAIN_FIELDS, path);
    this.text(value, 'id', path, { required: true, nonEmpty: true });
    this.text(value, 'label', path);
    this.text(value, 'parent', path);
    this.text(value, 'note', path);
    const kind = value.kind;
    if (kind !== undefined && !(DOMAIN_KINDS as readonly unknown[]).includes(kind)) {
      this.add([...path, 'kind'], `kind must be one of ${DOMAIN_KINDS.join(', ')}, got ${shown(kind)}`);
    }
    this.probabilityFields(value, path);
  }
}

/** Every problem with the shape and ranges of a description (not the whole-description checks). */
function shapeIssues(input: unknown): AvailabilityIssue[] {
  const reader = new Reader();
  if (!isRecord(input)) {
    reader.add([], `must be an object, got ${shown(input)}`);
    return reader.issues;
  }
  reader.unknownFields(input, SYSTEM_FIELDS, []);
  reader.text(input, 'label', []);
  reader.text(input, 'note', []);
  reader.block(input.root, ['root'], 0);
  const domains = input.domains;
  if (domains !== undefined) {
    if (!Array.isArray(domains)) reader.add(['domains'], `domains must be a list, got ${shown(domains)}`);
    else if (domains.length > MAX_DOMAINS) reader.add(['domains'], `${domains.length.toLocaleString('en')} domains is more than the limit of ${MAX_DOMAINS.toLocaleString('en')}`);
    else domains.forEach((d, i) => reader.domain(d, ['domains', i]));
  }
  return reader.issues;
}

/** Every problem with a description, for showing all of them at once; empty when it is valid. */
export function validateSystem(input: unknown): AvailabilityIssue[] {
  const issues = shapeIssues(input);
  return issues.length > 0 ? issues : checkSystem(input as SystemDescription);
}

/** Validate anything and return it as a system description, or throw an AvailabilityError naming every bad field. */
export function parseSystem(input: unknown): SystemDescription {
  const issues = validateSystem(input);
  if (issues.length > 0) throw new AvailabilityError(issues);
  return input as SystemDescription;
}

/** The shape checks of one block or one domain on its own, for the zod schemas of parts. */
export function blockIssues(input: unknown): AvailabilityIssue[] {
  const reader = new Reader();
  reader.block(input, [], 0);
  return reader.issues;
}

export function domainIssues(input: unknown): AvailabilityIssue[] {
  const reader = new Reader();
  reader.domain(input, []);
  return reader.issues;
}
