/**
 * The frontmatter schema of a glossary term. Kept apart from content.config.ts so
 * that unit tests can validate files without Astro.
 */
import { z } from 'zod';
import { CATEGORY_KEYS } from './categories.ts';
import { KEBAB_CASE as kebab } from './slug.ts';

/** YYYY, YYYY-MM or YYYY-MM-DD: sources are often dated only to the month. */
const partialDate = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export const sourceSchema = z.object({
  id: z.string().regex(kebab, { error: 'source id must be kebab-case, e.g. aws-dynamodb-2025' }),
  title: z.string().min(3),
  publisher: z.string().min(2),
  // YAML reads 2024 as a number and 2024-06-01 as a date; normalise all to text.
  date: z.union([z.string(), z.number(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d)))
    .refine((d) => partialDate.test(d), { error: 'date must be YYYY, YYYY-MM or YYYY-MM-DD' }),
  url: z.url({ protocol: /^https?$/, error: 'url must be an absolute http(s) URL' }),
  note: z.string().optional(),
});

export const termSchema = z.object({
  title: z.string().min(2),
  summary: z.string().min(40, { error: 'summary (the short definition) needs at least 40 characters' })
    .max(280, { error: 'summary (the short definition) must be at most 280 characters' }),
  aliases: z.array(z.string().min(2)).default([]),
  /** how the title reads mid-sentence when it differs from the default (see defaultLinkText) */
  linkText: z.string().min(2).optional(),
  category: z.enum(CATEGORY_KEYS),
  related: z.array(z.string().regex(kebab)).min(3, { error: 'list at least three related terms' }),
  tags: z.array(z.string().regex(kebab)).default([]),
  sources: z.array(sourceSchema).min(1, { error: 'every term needs at least one source' })
    .refine((s) => new Set(s.map((x) => x.id)).size === s.length, { error: 'source ids must be unique' }),
  added: z.coerce.date(),
  lastReviewed: z.coerce.date(),
});

export type TermData = z.infer<typeof termSchema>;
export type Source = z.infer<typeof sourceSchema>;
