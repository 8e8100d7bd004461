/**
 * The frontmatter schema of an incident case study. Like term-schema.ts it is kept apart
 * from content.config.ts so tests can validate files without Astro. `incidentSchema(known)`
 * also checks related terms and the scenario id against what exists, so that a bad slug
 * fails the build through Astro's own error, which names the file and the field.
 */
import { z } from 'zod';
import { LAYERS, type Layer } from '../engine/contagion/index.ts';
import { sourceSchema } from './term-schema.ts';
import { KEBAB_CASE as kebab } from './slug.ts';

export interface KnownIds {
  terms?: ReadonlySet<string>;
  scenarios?: ReadonlySet<string>;
}

/** A duration always says where it comes from: the id of one of the incident's sources. */
export const durationSchema = z.object({
  value: z.number().positive(),
  unit: z.enum(['minutes', 'hours']),
  source: z.string().regex(kebab, { error: 'duration.source must be the id of one of the sources' }),
  /** e.g. "trading only" or "about": shown beside the figure */
  note: z.string().optional(),
});

export function incidentSchema(known: KnownIds = {}) {
  return z
    .object({
      title: z.string().min(2),
      summary: z.string().min(40, { error: 'summary needs at least 40 characters' })
        .max(280, { error: 'summary must be at most 280 characters' }),
      start: z.coerce.date(),
      end: z.coerce.date().optional(),
      duration: durationSchema.optional(),
      providers: z.array(z.string().min(2)).min(1, { error: 'name at least one provider' }),
      layers: z.array(z.enum(LAYERS)).min(1, { error: `name at least one layer (${LAYERS.join(', ')})` }),
      /** the components that failed, upstream first */
      failed: z.array(z.string().min(2)).min(1, { error: 'name at least one component that failed' }),
      hit: z.array(z.object({ name: z.string().min(2), how: z.string().optional() })).min(1, { error: 'name at least one service that was hit' }),
      stayedUp: z.array(z.object({ name: z.string().min(2), why: z.string().min(5, { error: 'say why it stayed up' }) })).default([]),
      related: z.array(z.string().regex(kebab)).min(1, { error: 'list at least one related term' })
        .refine((r) => !known.terms || r.every((s) => known.terms!.has(s)), {
          error: (issue) => `related term(s) ${(issue.input as string[]).filter((s) => !known.terms!.has(s)).map((s) => `"${s}"`).join(', ')} do not exist in content/terms`,
        }),
      scenario: z.string().regex(kebab).optional()
        .refine((s) => s === undefined || !known.scenarios || known.scenarios.has(s), {
          error: (issue) => `scenario "${String(issue.input)}" does not exist in content/scenarios`,
        }),
      sources: z.array(sourceSchema).min(1, { error: 'every incident needs at least one source' })
        .refine((s) => new Set(s.map((x) => x.id)).size === s.length, { error: 'source ids must be unique' }),
      added: z.coerce.date(),
      lastReviewed: z.coerce.date(),
    })
    .superRefine((d, ctx) => {
      if (!d.end && !d.duration) ctx.addIssue({ code: 'custom', path: ['end'], message: 'give an end date or a duration' });
      if (d.end && d.end < d.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'end is before start' });
      if (d.duration && !d.sources.some((s) => s.id === d.duration!.source)) {
        ctx.addIssue({ code: 'custom', path: ['duration', 'source'], message: `no source with id "${d.duration.source}" in this file` });
      }
    });
}

export type IncidentData = z.infer<ReturnType<typeof incidentSchema>>;
export type Duration = z.infer<typeof durationSchema>;

/** "75 min", "7 h", "14.5 h", "5 h 46 min": short enough for a facts box. */
export function formatDuration(d: Duration): string {
  if (d.unit === 'hours') return `${d.value} h`;
  const h = Math.floor(d.value / 60);
  const m = d.value % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The layers as incident pages and their filter name them (shorter than the simulator's row names). */
export const LAYER_TITLES: Record<Layer, string> = {
  infrastructure: 'Infrastructure',
  software: 'Software',
  chain: 'Chain',
  service: 'Service',
  product: 'Product',
};
