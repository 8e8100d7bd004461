import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { termSchema } from './lib/term-schema.ts';

const terms = defineCollection({
  loader: glob({ base: './content/terms', pattern: '**/[^_]*.{md,mdx}' }),
  schema: termSchema,
});

export const collections = { terms };
