/**
 * The failure-domain forest: ids to indices, parent links, cycle and reference checks, a parents-first
 * order, and each domain's ancestors. A component in a zone is down when the zone, its region or its
 * provider is down, so everything downstream works with ancestor closures.
 */
import { makeIssue, type AvailabilityIssue } from './errors.ts';
import type { FailureDomain } from './types.ts';

/** How deep domains may nest (provider → region → zone is 3): a chain of thousands is a mistake, not a model. */
export const MAX_DOMAIN_DEPTH = 100;

export interface DomainForest {
  ids: readonly string[];
  index: ReadonlyMap<string, number>;
  /** Parent index, or -1 for a top-level domain. */
  parent: Int32Array;
  /** Depth in the forest (0 for top level). */
  depth: Int32Array;
  /** Every domain after its parent. */
  order: Int32Array;
}

/** Problems with ids and parent links: duplicate ids, unknown parents, cycles. */
export function checkDomains(domains: readonly FailureDomain[]): AvailabilityIssue[] {
  const issues: AvailabilityIssue[] = [];
  const seen = new Map<string, number>();
  domains.forEach((domain, i) => {
    const earlier = seen.get(domain.id);
    if (earlier !== undefined) {
      issues.push(makeIssue(['domains', i, 'id'], `duplicate domain id "${domain.id}" (also domains[${earlier}])`));
    } else seen.set(domain.id, i);
  });
  domains.forEach((domain, i) => {
    if (domain.parent === undefined) return;
    if (!seen.has(domain.parent)) {
      issues.push(makeIssue(['domains', i, 'parent'], `unknown parent domain "${domain.parent}"${knownList(seen)}`));
    } else if (domain.parent === domain.id) {
      issues.push(makeIssue(['domains', i, 'parent'], `domain "${domain.id}" cannot be its own parent`));
    }
  });
  if (issues.length > 0) return issues;
  // Follow parent links from each domain; a walk that comes back to a domain on its own path is a cycle.
  // Each cycle is reported once, at its first domain in list order.
  const state = new Uint8Array(domains.length); // 0 new, 1 on the current path, 2 done
  for (let start = 0; start < domains.length; start++) {
    const path: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      path.push(at);
      const parentId: string | undefined = domains[at]!.parent;
      at = parentId === undefined ? undefined : seen.get(parentId);
    }
    if (at !== undefined && state[at] === 1) {
      const cycle = path.slice(path.indexOf(at));
      let first = cycle[0]!;
      for (const i of cycle) if (i < first) first = i; // no Math.min(...cycle): a long cycle overflows the stack
      const from = cycle.indexOf(first);
      const rotated = [...cycle.slice(from), ...cycle.slice(0, from), first];
      // A long cycle is named by its start and end, not listed in full.
      const names = rotated.length <= 12 ? rotated.map((i) => domains[i]!.id) : [...rotated.slice(0, 5).map((i) => domains[i]!.id), `... (${rotated.length - 10} more)`, ...rotated.slice(-5).map((i) => domains[i]!.id)];
      issues.push(makeIssue(['domains', first, 'parent'], `domains form a cycle${cycle.length > 11 ? ` of ${cycle.length} domains` : ''}: ${names.join(' → ')}`));
    }
    for (const i of path) state[i] = 2;
  }
  if (issues.length > 0) return issues;
  const depth = forestDepths(domains, seen);
  for (let i = 0; i < domains.length; i++) {
    if (depth[i]! >= MAX_DOMAIN_DEPTH) {
      issues.push(makeIssue(['domains', i, 'parent'], `domains are nested more than ${MAX_DOMAIN_DEPTH} deep here (the limit): a zone in a region in a provider is 3 deep`));
      break;
    }
  }
  return issues;
}

/** Depth of each domain in an acyclic forest (0 for top level), iteratively: deep chains must not overflow the stack. */
function forestDepths(domains: readonly FailureDomain[], index: ReadonlyMap<string, number>): Int32Array {
  const depth = new Int32Array(domains.length).fill(-1);
  const chain: number[] = [];
  for (let start = 0; start < domains.length; start++) {
    let at = start;
    while (depth[at]! < 0) {
      chain.push(at);
      const parent = domains[at]!.parent;
      if (parent === undefined) break;
      at = index.get(parent)!;
    }
    let d = depth[at]! >= 0 ? depth[at]! : -1;
    while (chain.length > 0) depth[chain.pop()!] = ++d;
  }
  return depth;
}

function knownList(seen: ReadonlyMap<string, number>): string {
  if (seen.size === 0) return ' (no domains are defined)';
  const ids = [...seen.keys()];
  const shown = ids.slice(0, 8).map((id) => `"${id}"`).join(', ');
  return ` (known: ${shown}${ids.length > 8 ? ', ...' : ''})`;
}

export function unknownDomainProblem(id: string, known: ReadonlyMap<string, number>): string {
  return `unknown domain "${id}"${knownList(known)}`;
}

/** The forest of a checked list (checkDomains found nothing). */
export function buildForest(domains: readonly FailureDomain[]): DomainForest {
  const n = domains.length;
  const index = new Map<string, number>();
  domains.forEach((d, i) => index.set(d.id, i));
  const parent = new Int32Array(n).fill(-1);
  domains.forEach((d, i) => {
    if (d.parent !== undefined) parent[i] = index.get(d.parent)!;
  });
  const depth = forestDepths(domains, index);
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((x, y) => depth[x]! - depth[y]! || x - y);
  return { ids: domains.map((d) => d.id), index, parent, depth, order };
}

/** The domain and its ancestors, nearest first. */
export function ancestorsOf(forest: Pick<DomainForest, 'parent'>, domain: number): number[] {
  const out: number[] = [];
  for (let d = domain; d >= 0; d = forest.parent[d]!) out.push(d);
  return out;
}
