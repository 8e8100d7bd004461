/**
 * The JSON feed other glossaries read (/api/terms.json, /api/terms/<slug>.json, /api/incidents.json,
 * /api/incidents/<slug>.json): its shape as zod schemas, so the site tests validate what was built
 * and /api/schema/*.json publishes the same shape as JSON Schema. README "A feed for other glossaries"
 * documents every field.
 */
import { z } from 'zod';

/** Bumped when a field is removed or changes meaning; adding a field does not bump it. */
export const FEED_VERSION = 1;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const absolute = z.url({ protocol: /^https$/ });

export const feedTermSchema = z.strictObject({
  slug: slug.describe('the term’s id: its URL is /terms/<slug>/'),
  title: z.string().min(2),
  aliases: z.array(z.string()).describe('other names the term goes by'),
  definition: z.string().min(40).max(280).describe('the short definition, plain text'),
  category: slug.describe('category key'),
  categoryTitle: z.string(),
  url: absolute.describe('the term’s page'),
  related: z.array(slug).describe('slugs of related terms, in the page’s order'),
  added: day,
  lastReviewed: day.describe('the day the page was last checked against its sources'),
  image: absolute.describe('1200 × 630 PNG preview of the page'),
  json: absolute.describe('this record on its own'),
});

export const termsFeedSchema = z.strictObject({
  version: z.literal(FEED_VERSION),
  site: absolute,
  count: z.number().int().nonnegative(),
  terms: z.array(feedTermSchema),
});

export const feedIncidentSchema = z.strictObject({
  slug,
  title: z.string().min(2),
  summary: z.string().min(40).max(280),
  start: day,
  end: day.optional(),
  providers: z.array(z.string()),
  layers: z.array(z.string()),
  related: z.array(slug).describe('slugs of the terms the incident illustrates'),
  scenario: slug.optional().describe('the simulator scenario that replays it'),
  url: absolute,
  added: day,
  lastReviewed: day,
  image: absolute,
  json: absolute,
});

export const incidentsFeedSchema = z.strictObject({
  version: z.literal(FEED_VERSION),
  site: absolute,
  count: z.number().int().nonnegative(),
  incidents: z.array(feedIncidentSchema),
});

export type FeedTerm = z.infer<typeof feedTermSchema>;
export type FeedIncident = z.infer<typeof feedIncidentSchema>;
