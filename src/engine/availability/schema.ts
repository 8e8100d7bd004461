/**
 * The availability engine's schema entry: zod schemas of a system description, for composing into
 * larger zod schemas (content files, URL state). They run the core's own reader, so they report the
 * same paths and messages as `parseSystem`. Importing this entry loads zod; the core entry
 * (`./index.ts`) never does, and has everything else, including `evaluate` and `parseSystem`
 * (re-exported here as well, for code written against the first version of this entry).
 */
export { blockSchema, domainSchema, systemSchema } from './system-schema.ts';
export { evaluate, monteCarloAvailability, parseSystem, validateSystem } from './index.ts';
