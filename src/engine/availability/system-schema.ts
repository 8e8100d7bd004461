/**
 * The zod schema of a system description, for the calculator to validate user input and URL state, and
 * `parseSystem`, which the engine runs on everything it is given. The schema checks shapes and ranges;
 * its refinement (`checkSystem`) checks what needs the whole description: k against the number of parts,
 * weights against parts, domain references and cycles, duplicate ids, beta-factor groups. Every message
 * names its field: `root.parts[2].k: k is 4 but the block has only 3 parts`.
 */
import { z } from 'zod';
import { checkSystem } from './check-system.ts';
import { AvailabilityError, makeIssue, type AvailabilityIssue } from './errors.ts';
import type { Block, FailureDomain, SystemDescription } from './types.ts';

export { checkSystem };

function shown(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input);
  if (typeof input === 'number') return String(input);
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object' : String(input);
}

/** A number field whose every failure (missing, NaN, infinite, out of range) reads the same way. */
function numberField(name: string, what: string, build: (n: z.ZodNumber) => z.ZodNumber): z.ZodNumber {
  return build(
    z.number({
      error: (iss) => (iss.input === undefined ? `${name} is required` : `${name} must be ${what}, got ${shown(iss.input)}`),
    }),
  );
}

const probability = (name: string) => numberField(name, 'a number between 0 and 1', (n) => n.min(0).max(1));
const nonNegative = (name: string) => numberField(name, 'a finite number of at least 0', (n) => n.min(0));
const text = (name: string) => z.string({ error: (iss) => `${name} must be text, got ${shown(iss.input)}` });

function strict<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') {
        const keys = iss.keys.map((k) => `"${k}"`).join(', ');
        return `unknown field${iss.keys.length > 1 ? 's' : ''} ${keys}`;
      }
      return iss.input === undefined ? 'is required' : `must be an object, got ${shown(iss.input)}`;
    },
  });
}

const probabilityShape = {
  availability: probability('availability').optional(),
  unavailability: probability('unavailability').optional(),
  mtbf: nonNegative('mtbf').optional(),
  mttr: nonNegative('mttr').optional(),
};

const baseShape = {
  id: text('id').min(1, { error: 'id must not be empty' }).optional(),
  label: text('label').optional(),
  note: text('note').optional(),
};

const partsField = () =>
  z
    .array(
      z.lazy(() => blockSchema),
      { error: (iss) => `parts must be a list of blocks, got ${shown(iss.input)}` },
    )
    .min(1, { error: 'a block needs at least one part' });

const beta = numberField('beta', 'a number between 0 and 1', (n) => n.min(0).max(1));

const componentSchema = strict({
  type: z.literal('component'),
  ...baseShape,
  ...probabilityShape,
  domains: z.array(text('domain id'), { error: (iss) => `domains must be a list of domain ids, got ${shown(iss.input)}` }).optional(),
});

const seriesSchema = strict({ type: z.literal('series'), ...baseShape, parts: partsField() });

const kOfNSchema = strict({
  type: z.literal('k-of-n'),
  ...baseShape,
  k: numberField('k', 'a whole number of at least 1', (n) => n.int().min(1)),
  parts: partsField(),
  beta: beta.optional(),
});

const thresholdSchema = strict({
  type: z.literal('threshold'),
  ...baseShape,
  share: probability('share'),
  comparison: z.enum(['at-least', 'more-than'], { error: (iss) => `comparison must be "at-least" or "more-than", got ${shown(iss.input)}` }).optional(),
  weights: z.array(nonNegative('weight'), { error: (iss) => `weights must be a list of numbers, got ${shown(iss.input)}` }),
  parts: partsField(),
  beta: beta.optional(),
});

export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [componentSchema, seriesSchema, kOfNSchema, thresholdSchema], {
    error: (iss) => {
      const input = iss.input as { type?: unknown } | undefined;
      if (input === undefined) return 'a block is required';
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return `must be a block (an object with a type), got ${shown(input)}`;
      return `type must be one of "component", "series", "k-of-n", "threshold", got ${shown(input.type)}`;
    },
  }),
);

export const domainSchema: z.ZodType<FailureDomain> = strict({
  id: text('id').min(1, { error: 'id must not be empty' }),
  label: text('label').optional(),
  kind: z
    .enum(['provider', 'region', 'zone', 'location', 'cdn', 'client', 'network', 'other'], {
      error: (iss) => `kind must be one of provider, region, zone, location, cdn, client, network, other, got ${shown(iss.input)}`,
    })
    .optional(),
  parent: text('parent').optional(),
  note: text('note').optional(),
  ...probabilityShape,
});

export const systemSchema: z.ZodType<SystemDescription> = strict({
  label: text('label').optional(),
  note: text('note').optional(),
  root: blockSchema,
  domains: z.array(domainSchema, { error: (iss) => `domains must be a list, got ${shown(iss.input)}` }).optional(),
}).superRefine((system, ctx) => {
  for (const issue of checkSystem(system)) ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.problem });
});

/** Validate anything and return it as a system description, or throw an AvailabilityError naming every bad field. */
export function parseSystem(input: unknown): SystemDescription {
  const result = systemSchema.safeParse(input);
  if (result.success) return result.data;
  throw new AvailabilityError(result.error.issues.map((issue) => makeIssue(issue.path.filter((p): p is string | number => typeof p !== 'symbol'), issue.message)));
}

/** Every problem with a description, for showing all of them at once; empty when it is valid. */
export function validateSystem(input: unknown): AvailabilityIssue[] {
  try {
    parseSystem(input);
    return [];
  } catch (error) {
    if (error instanceof AvailabilityError) return [...error.issues];
    throw error;
  }
}
