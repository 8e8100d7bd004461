/**
 * Structural edits of a draft (add or remove a part or a domain, move a component between domains),
 * as pure functions returning a new draft. A block is addressed by the part indices from the root:
 * [] is the root, [2, 0] the first part of the root's third part.
 */
import type { DraftBlock, DraftComponent, DraftDomain, DraftSystem } from './draft-types.ts';

export type BlockAddress = readonly number[];

/** The path of a block in the engine's notation: [2, 0] -> ['root', 'parts', 2, 'parts', 0]. */
export const enginePath = (address: BlockAddress): (string | number)[] => ['root', ...address.flatMap((i) => ['parts', i])];

export function blockAt(draft: DraftSystem, address: BlockAddress): DraftBlock {
  let block = draft.root;
  for (const i of address) {
    if (!('parts' in block) || !block.parts[i]) throw new Error(`no block at ${address.join('.')}`);
    block = block.parts[i]!;
  }
  return block;
}

/** Replaces the block at `address` with `update(block)`, copying only the blocks on the way. */
export function updateBlock(draft: DraftSystem, address: BlockAddress, update: (block: DraftBlock) => DraftBlock): DraftSystem {
  const walk = (block: DraftBlock, rest: BlockAddress): DraftBlock => {
    if (rest.length === 0) return update(block);
    if (!('parts' in block)) throw new Error('a component has no parts');
    const [i, ...tail] = rest;
    return { ...block, parts: block.parts.map((p, j) => (j === i ? walk(p, tail) : p)) } as DraftBlock;
  };
  return { ...draft, root: walk(draft.root, address) };
}

function allIds(draft: DraftSystem): Set<string> {
  const ids = new Set<string>();
  const walk = (b: DraftBlock) => {
    if (b.id) ids.add(b.id);
    if ('parts' in b) b.parts.forEach(walk);
  };
  walk(draft.root);
  return ids;
}

function freshId(base: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** Renames a copied block and everything inside it so no id repeats. */
function withFreshIds(block: DraftBlock, taken: Set<string>): DraftBlock {
  const copy: DraftBlock = { ...block, ...(block.id ? { id: freshId(block.id.replace(/-\d+$/, ''), taken) } : {}) };
  if (copy.id) taken.add(copy.id);
  if (copy.label && block.id) copy.label = `${block.label} (copy)`;
  if ('parts' in copy) copy.parts = copy.parts.map((p) => withFreshIds(p, taken));
  return copy;
}

/** Adds a copy of the block's last part (and of its weight, for a threshold block). */
export function addPart(draft: DraftSystem, address: BlockAddress): DraftSystem {
  const taken = allIds(draft);
  return updateBlock(draft, address, (block) => {
    if (!('parts' in block)) return block;
    const last = block.parts[block.parts.length - 1]!;
    const parts = [...block.parts, withFreshIds(last, taken)];
    if (block.type === 'threshold') return { ...block, parts, weights: [...block.weights, block.weights[block.weights.length - 1] ?? '1'] };
    return { ...block, parts };
  });
}

/** Removes one part (never the last one: a block needs at least one part). */
export function removePart(draft: DraftSystem, address: BlockAddress, index: number): DraftSystem {
  return updateBlock(draft, address, (block) => {
    if (!('parts' in block) || block.parts.length <= 1) return block;
    const parts = block.parts.filter((_, i) => i !== index);
    if (block.type === 'threshold') return { ...block, parts, weights: block.weights.filter((_, i) => i !== index) };
    return { ...block, parts };
  });
}

export function setComponentDomain(draft: DraftSystem, address: BlockAddress, domain: string, member: boolean): DraftSystem {
  return updateBlock(draft, address, (block) => {
    if (block.type !== 'component') return block;
    const domains = block.domains.filter((d) => d !== domain);
    return { ...block, domains: member ? [...domains, domain] : domains } satisfies DraftComponent;
  });
}

export function updateDomain(draft: DraftSystem, index: number, update: (domain: DraftDomain) => DraftDomain): DraftSystem {
  return { ...draft, domains: draft.domains.map((d, i) => (i === index ? update(d) : d)) };
}

/** A new top-level domain with an illustrative 99.9% availability. */
export function addDomain(draft: DraftSystem): DraftSystem {
  const taken = new Set(draft.domains.map((d) => d.id));
  const id = freshId('domain', taken);
  const n = id.slice('domain-'.length);
  return { ...draft, domains: [...draft.domains, { id, label: `New domain ${n}`, kind: 'other', probability: { mode: 'availability', value: '0.999', mtbf: '', mttr: '' } }] };
}

/** Removes a domain: components leave it, and its child domains move up to its parent. */
export function removeDomain(draft: DraftSystem, index: number): DraftSystem {
  const gone = draft.domains[index];
  if (!gone) return draft;
  const domains = draft.domains
    .filter((_, i) => i !== index)
    .map((d) => {
      if (d.parent !== gone.id) return d;
      const { parent: _drop, ...rest } = d;
      return gone.parent ? { ...rest, parent: gone.parent } : rest;
    });
  const strip = (b: DraftBlock): DraftBlock =>
    b.type === 'component' ? { ...b, domains: b.domains.filter((d) => d !== gone.id) } : ({ ...b, parts: b.parts.map(strip) } as DraftBlock);
  return { ...draft, domains, root: strip(draft.root) };
}
