import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { existsSync, readdirSync } from 'node:fs';
import { termSchema } from './lib/term-schema.ts';
import { incidentSchema } from './lib/incident-schema.ts';

const terms = defineCollection({
  loader: glob({ base: './content/terms', pattern: '**/[^_]*.{md,mdx}' }),
  schema: termSchema,
});

// Incidents name terms and scenarios by id; the schema checks them against the files on
// disk (relative to the project root, where Astro runs) so a typo fails with file and field.
const ids = (dir: string, ext: RegExp) =>
  new Set(existsSync(dir) ? readdirSync(dir).filter((f) => ext.test(f) && !f.startsWith('_')).map((f) => f.replace(ext, '')) : []);

const incidents = defineCollection({
  loader: glob({ base: './content/incidents', pattern: '**/[^_]*.{md,mdx}' }),
  schema: incidentSchema({ terms: ids('content/terms', /\.mdx?$/), scenarios: ids('content/scenarios', /\.json$/) }),
});

export const collections = { terms, incidents };
