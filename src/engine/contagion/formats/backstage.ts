/**
 * Backstage software-catalog YAML (https://backstage.io/docs/features/software-catalog/descriptor-format):
 * one or more `---`-separated entity documents. Read with js-yaml's event parser (events carry source
 * offsets, so a problem is reported at its line and column) and its constructor for the values.
 *
 * What becomes a dependency (the dependent first):
 *  - `spec.dependsOn` of a Component or Resource: the entity depends on each ref;
 *  - `spec.consumesApis` of a Component: it depends on each API;
 *  - `spec.providesApis` of a Component: the API depends on its provider (an API is down when what serves it is);
 *  - `spec.subcomponentOf`: the parent component depends softly on its part (degraded, not down, without it).
 * Systems are groups of their members (`spec.system`), not components; Domains, Groups, Users, Locations and Templates
 * describe ownership and files, not dependencies, and are skipped with a warning. Entity refs are
 * `[kind:][namespace/]name`; the kind defaults by field (dependsOn: Component, APIs: API), the namespace
 * to "default". A ref to an entity the catalog does not contain becomes a node of its own, with a warning.
 * Types come from the kind and `spec.type` (a Resource of type database is a cloud service, a website a
 * frontend...); labels from `metadata.title`, else the name.
 */
import { constructFromEvents, getScalarValue, parseEvents, YAMLException, type Event } from 'js-yaml';
import { FormatError } from './format-error.ts';
import { GraphBuilder } from './graph-builder.ts';
import { TextPositions } from './text-position.ts';
import type { ImportOptions, ImportResult } from './types.ts';

const GRAPH_KINDS = new Set(['component', 'resource', 'api', 'system']);
const SKIPPED_KINDS = new Set(['domain', 'group', 'user', 'location', 'template']);

interface Ref {
  kind: string;
  namespace: string;
  name: string;
}

/** "[kind:][namespace/]name" with the field's default kind; case-insensitive like Backstage. */
export function parseEntityRef(ref: string, defaultKind: string): Ref | null {
  const colon = ref.indexOf(':');
  const kind = colon >= 0 ? ref.slice(0, colon) : defaultKind;
  const rest = colon >= 0 ? ref.slice(colon + 1) : ref;
  const slash = rest.indexOf('/');
  const namespace = slash >= 0 ? rest.slice(0, slash) : 'default';
  const name = slash >= 0 ? rest.slice(slash + 1) : rest;
  if (kind.trim() === '' || namespace.trim() === '' || name.trim() === '' || name.includes(':') || name.includes('/')) return null;
  return { kind: kind.trim().toLowerCase(), namespace: namespace.trim().toLowerCase(), name: name.trim().toLowerCase() };
}

const refKey = (r: Ref): string => `${r.kind}:${r.namespace}/${r.name}`;

/** Offsets of values in one document, found by walking its events (only when a position is needed). */
class DocumentLocator {
  private readonly text: string;
  private readonly events: Event[];
  private readonly starts: number[];

  constructor(text: string, events: Event[]) {
    this.text = text;
    this.events = events;
    this.starts = [];
    events.forEach((event, i) => {
      if (event.type === 1) this.starts.push(i);
    });
  }

  /** Offset of the value at `path` in document `doc` (the nearest existing ancestor when missing). */
  offsetOf(doc: number, path: readonly (string | number)[]): number {
    let i = (this.starts[doc] ?? 0) + 1;
    let best = this.startOf(i);
    for (const step of path) {
      const event = this.events[i];
      if (!event) return best;
      if (event.type === 3 && typeof step === 'string') {
        let j = i + 1;
        let found = -1;
        while (this.events[j] && this.events[j]!.type !== 6) {
          const key = this.events[j]!;
          const keyText = key.type === 4 ? getScalarValue(this.text, key) : null;
          const value = this.skip(j);
          if (keyText === step) {
            found = value;
            break;
          }
          j = this.skip(value);
        }
        if (found < 0) return best;
        i = found;
      } else if (event.type === 2 && typeof step === 'number') {
        let j = i + 1;
        for (let k = 0; k < step && this.events[j] && this.events[j]!.type !== 6; k++) j = this.skip(j);
        if (!this.events[j] || this.events[j]!.type === 6) return best;
        i = j;
      } else return best;
      best = this.startOf(i);
    }
    return best;
  }

  private startOf(i: number): number {
    const event = this.events[i];
    if (!event) return 0;
    if (event.type === 2 || event.type === 3) return event.start;
    // Quoted scalars start at their quote, which valueStart skips.
    if (event.type === 4) return event.valueStart - (event.style === 2 || event.style === 3 ? 1 : 0);
    if (event.type === 5) return event.anchorStart;
    return 0;
  }

  /** Index of the event after the node starting at i. */
  private skip(i: number): number {
    const event = this.events[i];
    if (!event) return i;
    if (event.type !== 2 && event.type !== 3) return i + 1;
    let depth = 0;
    for (let j = i; j < this.events.length; j++) {
      const t = this.events[j]!.type;
      if (t === 2 || t === 3) depth++;
      else if (t === 6) {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return this.events.length;
  }
}

export function importBackstage(text: string, options: ImportOptions = {}): ImportResult {
  let events: Event[];
  let docs: unknown[];
  try {
    events = parseEvents(text, {});
    docs = constructFromEvents(events, { source: text });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const at = error.mark?.position ?? 0;
    throw new FormatError('backstage', [{ path: '', message: `invalid YAML: ${error.reason}`, ...new TextPositions(text).at(at) }]);
  }
  const b: GraphBuilder = new GraphBuilder('backstage', text, options, { directionMatters: false });
  const locate = new DocumentLocator(text, events);
  const entityIndex = new Map<string, number>();
  const entities: { doc: number; kind: string; spec: Record<string, unknown>; key: string }[] = [];
  const nameCount = new Map<string, number>();
  const systemLabels = new Map<string, string>();

  docs.forEach((doc, d) => {
    if (doc === null || doc === undefined) return; // an empty document between two "---"
    if (typeof doc !== 'object' || Array.isArray(doc)) b.fail('each document must be a catalog entity (apiVersion, kind, metadata, spec)', locate.offsetOf(d, []));
    const entity = doc as Record<string, unknown>;
    if (typeof entity.kind !== 'string') b.fail('this entity has no "kind" (Component, Resource, API, System...)', locate.offsetOf(d, ['kind']));
    const kind = entity.kind.toLowerCase();
    const metadata = entity.metadata as Record<string, unknown> | undefined;
    if (metadata === null || typeof metadata !== 'object' || typeof metadata.name !== 'string' || metadata.name.trim() === '') {
      b.fail('this entity has no metadata.name', locate.offsetOf(d, ['metadata', 'name']));
    }
    if (SKIPPED_KINDS.has(kind)) {
      b.warn('dropped', `${entity.kind} entities describe ownership or files, not dependencies: skipped`, locate.offsetOf(d, ['kind']), kind);
      return;
    }
    if (!GRAPH_KINDS.has(kind)) {
      b.warn('dropped', `entity kind "${entity.kind}" is not one this import understands: skipped`, locate.offsetOf(d, ['kind']), kind);
      return;
    }
    const namespace = typeof metadata.namespace === 'string' ? metadata.namespace.toLowerCase() : 'default';
    const ref: Ref = { kind, namespace, name: metadata.name.toLowerCase() };
    const key = refKey(ref);
    if (kind === 'system') {
      // A system is a group of its members, not a component of its own.
      systemLabels.set(key, typeof metadata.title === 'string' && metadata.title.trim() !== '' ? metadata.title : metadata.name);
      return;
    }
    if (entityIndex.has(key)) b.fail(`${entity.kind} "${metadata.name}" is defined twice`, locate.offsetOf(d, ['metadata', 'name']));
    const index = b.node(key, locate.offsetOf(d, []));
    entityIndex.set(key, index);
    nameCount.set(ref.name, (nameCount.get(ref.name) ?? 0) + 1);
    const node = b.nodes[index]!;
    b.nodeAttribute(index, 'label', typeof metadata.title === 'string' && metadata.title.trim() !== '' ? metadata.title : metadata.name, locate.offsetOf(d, ['metadata']));
    const spec = (entity.spec ?? {}) as Record<string, unknown>;
    node.kinds.push(typeof spec.type === 'string' ? spec.type : '', kind === 'api' ? 'api' : '');
    if (typeof metadata.description === 'string' && metadata.description.trim() !== '') node.note = metadata.description.trim();
    entities.push({ doc: d, kind, spec, key });
  });

  // Readable ids: the entity's name, or kind-name where names repeat across kinds or namespaces.
  for (const [key, index] of entityIndex) {
    const [kindPart, rest] = key.split(':') as [string, string];
    const [namespace, name] = rest.split('/') as [string, string];
    const node = b.nodes[index]!;
    const base = namespace === 'default' ? name : `${namespace}-${name}`;
    node.id = (nameCount.get(name) ?? 0) > 1 && kindPart !== 'component' ? `${kindPart}-${base}` : base;
  }

  const target = (value: string, defaultKind: string, at: number): number | null => {
    const ref = parseEntityRef(value, defaultKind);
    if (ref === null) b.fail(`"${value}" is not an entity reference ([kind:][namespace/]name)`, at);
    const key = refKey(ref);
    const known = entityIndex.get(key);
    if (known !== undefined) return known;
    b.warn('unknown-value', `"${value}" is not in this catalog: added as a component of its own`, at, 'missing-ref');
    const index = b.node(key, at);
    const node = b.nodes[index]!;
    node.label ??= ref.name;
    node.kinds.push(ref.kind);
    node.id = ref.namespace === 'default' ? ref.name : `${ref.namespace}-${ref.name}`;
    entityIndex.set(key, index);
    return index;
  };
  const list = (e: (typeof entities)[number], field: string): [string, number][] => {
    const value = e.spec[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) b.fail(`spec.${field} must be a list of entity references`, locate.offsetOf(e.doc, ['spec', field]));
    return value.map((item: unknown, k: number) => {
      const at = locate.offsetOf(e.doc, ['spec', field, k]);
      if (typeof item !== 'string') b.fail(`spec.${field}[${k}] must be an entity reference such as "resource:artists-db"`, at);
      return [item, at];
    });
  };

  for (const e of entities) {
    const self = entityIndex.get(e.key)!;
    if (e.kind === 'component' || e.kind === 'resource') {
      for (const [ref, at] of list(e, 'dependsOn')) {
        const to = target(ref, 'component', at);
        if (to !== null) b.edge(self, to, at, false);
      }
    }
    if (e.kind === 'component') {
      for (const [ref, at] of list(e, 'consumesApis')) {
        const to = target(ref, 'api', at);
        if (to !== null) b.edge(self, to, at, false);
      }
      for (const [ref, at] of list(e, 'providesApis')) {
        const api = target(ref, 'api', at);
        if (api !== null) b.edge(api, self, at, false);
      }
      if (typeof e.spec.subcomponentOf === 'string') {
        const at = locate.offsetOf(e.doc, ['spec', 'subcomponentOf']);
        const parent = target(e.spec.subcomponentOf, 'component', at);
        if (parent !== null) b.edge(parent, self, at, false).kind = 'soft';
      }
    }
    if (typeof e.spec.system === 'string' && e.kind !== 'system') {
      const at = locate.offsetOf(e.doc, ['spec', 'system']);
      const ref = parseEntityRef(e.spec.system, 'system');
      if (ref === null) b.fail(`"${e.spec.system}" is not an entity reference`, at);
      const label = systemLabels.get(refKey(ref)) ?? ref.name;
      b.group(ref.namespace === 'default' ? ref.name : `${ref.namespace}-${ref.name}`, label, at).members.add(self);
    }
  }
  return b.finish();
}
