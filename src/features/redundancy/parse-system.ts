/** The engine's schema check, behind a dynamic import: zod loads only when a link carries edits. */
export { parseSystem } from '../../engine/availability/schema.ts';
export { AvailabilityError } from '../../engine/availability/errors.ts';
