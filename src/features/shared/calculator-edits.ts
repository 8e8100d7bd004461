/**
 * The redundancy calculator's `edits` URL parameter (strategy id -> the reader's system, compressed
 * JSON), written here so that another feature (the simulator's availability panel) can open a model in
 * the calculator through the calculator's own encoding; calculator-url.ts reads it back and validates it.
 */
import type { SystemDescription } from '../../engine/availability/index.ts';
import { encodeModel } from './compressed-json.ts';

/** Compresses the edited systems (strategy id -> system) for the URL. */
export function encodeEdits(edits: ReadonlyMap<string, SystemDescription>): Promise<string> {
  return encodeModel(JSON.stringify(Object.fromEntries(edits)));
}

/** The calculator's address showing `system` in place of one strategy of a preset group. */
export async function calculatorLink(base: string, group: string, strategy: string, system: SystemDescription): Promise<string> {
  const params = new URLSearchParams({ group, edits: await encodeEdits(new Map([[strategy, system]])) });
  return `${base}?${params}#calculator`;
}
