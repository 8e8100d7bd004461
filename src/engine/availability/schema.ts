/**
 * The availability engine's schema entry: the zod schemas of a system description, and the functions
 * that take untrusted input (`unknown`) and validate it with them before evaluating. Importing this
 * entry loads zod; the core entry (`./index.ts`) never does.
 */
export { blockSchema, domainSchema, parseSystem, systemSchema, validateSystem } from './system-schema.ts';
export { evaluate, monteCarloAvailability } from './evaluate.ts';
