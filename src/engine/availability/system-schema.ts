/**
 * Zod schemas of a system description, for code that composes them into larger zod schemas (content
 * files, URL state). They run the engine's own reader (read-system.ts), so zod reports exactly the
 * paths and messages `parseSystem` does, and there is one set of rules.
 */
import { z } from 'zod';
import { blockIssues, domainIssues, validateSystem } from './read-system.ts';
import type { AvailabilityIssue } from './errors.ts';
import type { Block, FailureDomain, SystemDescription } from './types.ts';

function schemaOf<T>(issuesOf: (input: unknown) => AvailabilityIssue[]): z.ZodType<T> {
  return z.unknown().superRefine((value, ctx) => {
    for (const issue of issuesOf(value)) ctx.addIssue({ code: 'custom', path: [...issue.at], message: issue.message });
  }) as unknown as z.ZodType<T>;
}

export const systemSchema: z.ZodType<SystemDescription> = schemaOf(validateSystem);
export const blockSchema: z.ZodType<Block> = schemaOf(blockIssues);
export const domainSchema: z.ZodType<FailureDomain> = schemaOf(domainIssues);
