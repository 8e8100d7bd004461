/**
 * Concentration datasets (content/concentration/*.json): small, dated, sourced tables of who holds
 * what share of a chain's stake, nodes or requests. One dataset measures one thing, so a share of
 * nodes is never drawn beside a share of stake; each snapshot carries its own date and source, so an
 * old figure cannot pass for a current one.
 *
 * parseConcentrationFile() reports every problem with the file name and the field, in the same shape
 * as scenario files: `content/concentration/x.json: snapshots[1].items[2].share: ...`.
 */
import { z } from 'zod';
import { formatPath } from '../engine/contagion/index.ts';

/** What a share is a share of. Each dataset has exactly one. */
export const MEASURES = {
  stake: 'share of stake',
  nodes: 'share of nodes',
  'hosted-nodes': 'share of the nodes that run in data centres',
  requests: 'share of requests',
} as const;
export type Measure = keyof typeof MEASURES;

const partialDate = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const dateField = z.string().regex(partialDate, { error: 'dates are YYYY, YYYY-MM or YYYY-MM-DD' });

/** Longest label the chart can set beside its bar without clipping. */
export const MAX_LABEL = 30;

const sourceSchema = z.strictObject({
  title: z.string().min(3),
  publisher: z.string().min(2),
  date: dateField,
  url: z.url({ protocol: /^https?$/, error: 'url must be an absolute http(s) URL' }),
  /** e.g. that it is a mirror or an aggregator, and what the original is */
  note: z.string().optional(),
});

const itemSchema = z.strictObject({
  label: z.string().min(1).max(MAX_LABEL, { error: `label must be at most ${MAX_LABEL} characters so it fits beside its bar` }),
  share: z.number({ error: 'share must be a number' }).nonnegative({ error: 'share must be 0 or more' }),
  /** The source's own qualifier: "about 20%", "more than 50%". */
  bound: z.enum(['about', 'more-than', 'less-than'], { error: 'bound must be "about", "more-than" or "less-than"' }).optional(),
  /** A figure worked out from the source's figures rather than read from it; needs a note saying how. */
  derived: z.boolean().optional(),
  note: z.string().optional(),
});

const snapshotSchema = z.strictObject({
  /** When the figures were measured (not when they were published). */
  date: dateField,
  /** e.g. "epoch 685" */
  when: z.string().optional(),
  source: sourceSchema,
  items: z.array(itemSchema).min(1, { error: 'a snapshot needs at least one item' }),
  note: z.string().optional(),
});

export const concentrationFileSchema = z.strictObject({
  title: z.string().min(5),
  measure: z.enum(Object.keys(MEASURES) as [Measure, ...Measure[]], { error: `measure must be one of ${Object.keys(MEASURES).join(', ')}` }),
  /** What was counted, in words: "stake delegated to Solana validators, by the company hosting each one" */
  population: z.string().min(10, { error: 'say what was counted (at least 10 characters)' }),
  unit: z.enum(['percent', 'fraction'], { error: 'unit must be "percent" or "fraction"' }),
  snapshots: z.array(snapshotSchema).min(1, { error: 'a dataset needs at least one snapshot' }),
  note: z.string().optional(),
});

export type ConcentrationFile = z.output<typeof concentrationFileSchema>;
export type ConcentrationSnapshot = ConcentrationFile['snapshots'][number];
export type ConcentrationItem = ConcentrationSnapshot['items'][number];

/** A dataset as the site uses it: the file plus its id (the file name). */
export interface ConcentrationDataset extends ConcentrationFile {
  id: string;
}

export class ConcentrationError extends Error {
  readonly fileName: string;
  readonly problems: readonly string[];
  constructor(fileName: string, problems: readonly string[]) {
    super(problems.length === 1 ? `${fileName}: ${problems[0]}` : `${fileName}: ${problems.length} problems\n${problems.map((p) => `${fileName}: ${p}`).join('\n')}`);
    this.name = 'ConcentrationError';
    this.fileName = fileName;
    this.problems = problems;
  }
}

/** The earliest day a partial date can mean: "2024-11" is 1 November 2024, "2025" is 1 January 2025. */
export function earliestDay(date: string): Date {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

/** The last day a partial date can mean: "2024-11" is 30 November 2024. */
export function latestDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) return new Date(Date.UTC(y, m! - 1, d));
  if (m !== undefined) return new Date(Date.UTC(y, m, 0));
  return new Date(Date.UTC(y, 11, 31));
}

/** Shares held in a file's unit, as percentages. */
export const asPercent = (unit: ConcentrationFile['unit'], share: number) => (unit === 'fraction' ? share * 100 : share);

/** Rounding in a source can push a full list a little past 100%; more than this is a mistake. */
const ROUNDING_SLACK = 0.5;

function crossCheck(file: ConcentrationFile): string[] {
  const problems: string[] = [];
  const at = (path: (string | number)[], message: string) => problems.push(`${formatPath(path)}: ${message}`);
  const seenDates = new Map<string, number>();
  file.snapshots.forEach((snapshot, s) => {
    const first = seenDates.get(snapshot.date);
    if (first !== undefined) at(['snapshots', s, 'date'], `a snapshot of ${snapshot.date} is already snapshots[${first}]`);
    else seenDates.set(snapshot.date, s);
    // A figure cannot have been measured after it was published.
    if (earliestDay(snapshot.date) > latestDay(snapshot.source.date)) {
      at(['snapshots', s, 'date'], `measured ${snapshot.date} but its source is dated ${snapshot.source.date}; a snapshot cannot be later than its source`);
    }
    const labels = new Map<string, number>();
    let total = 0;
    snapshot.items.forEach((item, i) => {
      const key = item.label.trim().toLowerCase();
      const dup = labels.get(key);
      if (dup !== undefined) at(['snapshots', s, 'items', i, 'label'], `"${item.label}" is already items[${dup}]`);
      else labels.set(key, i);
      const share = asPercent(file.unit, item.share);
      if (share > 100) at(['snapshots', s, 'items', i, 'share'], `share must be at most ${file.unit === 'fraction' ? '1' : '100'}`);
      if (item.derived && !item.note?.trim()) at(['snapshots', s, 'items', i, 'note'], 'a derived share needs a note saying how it was worked out');
      total += share;
    });
    if (total > 100 + ROUNDING_SLACK) {
      at(['snapshots', s, 'items'], `shares add up to ${Math.round(total * 10) / 10}%, more than the whole; items in one snapshot must not overlap`);
    }
  });
  return problems;
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return 'this field is required';
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (check the spelling)`;
  return issue.message;
}

/** Parses and validates one dataset file; throws a ConcentrationError listing every problem. */
export function parseConcentrationFile(text: string, fileName: string): ConcentrationDataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConcentrationError(fileName, [`invalid JSON (${(error as Error).message})`]);
  }
  const parsed = concentrationFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConcentrationError(
      fileName,
      parsed.error.issues.map((issue) => {
        const path = formatPath(issue.path as (string | number)[]);
        return path ? `${path}: ${issueText(issue)}` : issueText(issue);
      }),
    );
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new ConcentrationError(fileName, problems);
  const id = fileName.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  return { id, ...parsed.data };
}
