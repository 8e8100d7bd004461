/**
 * Jaeger's service dependencies, as `/api/dependencies` returns them: `{ "data": [{ "parent", "child",
 * "callCount" }] }` or the bare list. The parent calls the child, so the parent depends on the child;
 * call counts become edge weights (read by threshold rules). Links listed twice are merged and their
 * counts added. Parsed with JSON.parse; positions come from a second scan only where needed.
 */
import { jsonSyntaxError } from './format-error.ts';
import { GraphBuilder } from './graph-builder.ts';
import { arrayElementOffsets, locateJsonPath } from './json-path-location.ts';
import type { ImportOptions, ImportResult } from './types.ts';

const KNOWN = new Set(['parent', 'child', 'callCount', 'source']);

export function importJaeger(text: string, options: ImportOptions = {}): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw jsonSyntaxError('jaeger', text);
  }
  const b: GraphBuilder = new GraphBuilder('jaeger', text, options, { mergeWeights: 'sum', directionMatters: false });
  let prefix: (string | number)[] = [];
  let links: unknown = json;
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const data = (json as Record<string, unknown>).data;
    if (!Array.isArray(data)) b.fail('expected a list of {parent, child, callCount} links, or an object whose "data" is that list', locateJsonPath(text, ['data']));
    prefix = ['data'];
    links = data;
  }
  if (!Array.isArray(links)) b.fail('expected a list of {parent, child, callCount} links, or an object whose "data" is that list', 0);
  const offsets = arrayElementOffsets(text, prefix);
  const at = (i: number, field?: string): number => (field === undefined ? offsets[i]! : locateJsonPath(text, [...prefix, i, field]));
  links.forEach((link: unknown, i: number) => {
    if (link === null || typeof link !== 'object' || Array.isArray(link)) b.fail('each link must be an object with "parent", "child" and "callCount"', at(i));
    const l = link as Record<string, unknown>;
    for (const field of ['parent', 'child'] as const) {
      if (typeof l[field] !== 'string' || (l[field] as string).trim() === '') b.fail(`"${field}" must be a service name`, at(i, field));
    }
    const count = l.callCount;
    if (count !== undefined && (typeof count !== 'number' || !Number.isFinite(count) || count < 0)) b.fail('"callCount" must be a number of 0 or more', at(i, 'callCount'));
    for (const key of Object.keys(l)) if (!KNOWN.has(key)) b.warn('unknown-attribute', `link field "${key}" has no meaning here and was ignored`, at(i, key), key);
    const parent = b.node(l.parent as string, at(i));
    const child = b.node(l.child as string, at(i));
    const edge = b.edge(parent, child, at(i), false);
    if (typeof count === 'number') edge.weight = count;
  });
  return b.finish();
}
