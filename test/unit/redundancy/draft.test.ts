import { describe, expect, test } from 'vitest';
import type { Block } from '../../../src/engine/availability/index.ts';
import { PRESET_GROUPS } from '../content-files.ts';
import { fromDraft, toDraft } from '../../../src/features/redundancy/draft.ts';
import { addDomain, addPart, blockAt, removeDomain, removePart, setComponentDomain, updateBlock } from '../../../src/features/redundancy/draft-edits.ts';

const group = (id: string) => PRESET_GROUPS.find((g) => g.id === id)!;
const strategy = (g: string, s: string) => group(g).strategies.find((x) => x.id === s)!.system;

describe('draft of a system description', () => {
  test('every preset survives toDraft and fromDraft unchanged', () => {
    for (const g of PRESET_GROUPS) {
      for (const s of g.strategies) {
        const back = fromDraft(toDraft(s.system));
        expect(back.errors, `${g.id}/${s.id}`).toEqual({});
        expect(back.system, `${g.id}/${s.id}`).toEqual(s.system);
      }
    }
  });

  test('a bad field is reported under the engine path of that field, and no system is returned', () => {
    const draft = toDraft(strategy('rpc-access', 'three-providers'));
    const edited = updateBlock(draft, [1], (b) => (b.type === 'component' ? { ...b, probability: { ...b.probability, value: 'abc' } } : b));
    const back = fromDraft(edited);
    expect(back.system).toBeNull();
    expect(Object.keys(back.errors)).toEqual(['root.parts[1].availability']);
  });

  test('k above the number of parts is a field error on k', () => {
    const draft = toDraft(strategy('validator-placement', 'spread-four'));
    const edited = updateBlock(draft, [], (b) => ({ ...b, k: '5' }));
    expect(fromDraft(edited).errors['root.k']).toMatch(/k is 5/);
  });

  test('the beta factor is an optional text field: empty means none, a bad value is an error on beta', () => {
    const pair: Block = { type: 'k-of-n', k: 1, beta: 0.05, parts: [{ type: 'component', availability: 0.999 }, { type: 'component', availability: 0.999 }] };
    const draft = toDraft({ root: pair });
    expect(draft.root.type === 'k-of-n' && draft.root.beta).toBe('0.05');
    expect(fromDraft(draft).system?.root).toMatchObject({ beta: 0.05 });
    const none = updateBlock(draft, [], (b) => ({ ...b, beta: '' }));
    expect(fromDraft(none).system?.root).not.toHaveProperty('beta');
    const percent = updateBlock(draft, [], (b) => ({ ...b, beta: '10%' }));
    expect(fromDraft(percent).system?.root).toMatchObject({ beta: 0.1 });
    const bad = updateBlock(draft, [], (b) => ({ ...b, beta: '1.5' }));
    expect(fromDraft(bad).system).toBeNull();
    expect(fromDraft(bad).errors['root.beta']).toMatch(/Above 1/);
  });

  test('MTBF and MTTR are carried as such', () => {
    const draft = toDraft({ root: { type: 'component', mtbf: 720, mttr: 4 } });
    expect(draft.root.type === 'component' && draft.root.probability.mode).toBe('mtbf');
    expect(fromDraft(draft).system).toEqual({ root: { type: 'component', mtbf: 720, mttr: 4, domains: [] } });
  });
});

describe('structural edits', () => {
  test('adding a part copies the last one with fresh ids', () => {
    const draft = addPart(toDraft(strategy('rpc-access', 'three-providers')), []);
    const back = fromDraft(draft);
    expect(back.errors).toEqual({});
    const root = back.system!.root;
    expect(root.type === 'k-of-n' && root.parts.map((p) => p.id)).toEqual(['endpoint-1', 'endpoint-2', 'endpoint-3', 'endpoint-4']);
  });

  test('removing a part of a threshold block removes its weight too', () => {
    const draft = toDraft(strategy('stake-hosting', 'seven-hosts'));
    const root = blockAt(draft, []);
    const after = blockAt(removePart(draft, [], 0), []);
    if (root.type !== 'threshold' || after.type !== 'threshold') throw new Error('the preset should be a threshold block');
    expect([after.parts.length, after.weights.length]).toEqual([root.parts.length - 1, root.parts.length - 1]);
    expect(fromDraft(removePart(draft, [], 0)).errors).toEqual({});
  });

  test('a block keeps at least one part', () => {
    const draft = toDraft({ root: { type: 'series', parts: [{ type: 'component', availability: 0.9 }] } });
    expect(removePart(draft, [], 0)).toEqual(draft);
  });

  test('removing a domain takes it out of components and moves its children up', () => {
    const draft = toDraft(strategy('rpc-access', 'three-regions-one-provider'));
    const providerA = draft.domains.findIndex((d) => d.id === 'provider-a');
    const after = removeDomain(draft, providerA);
    expect(after.domains.find((d) => d.id === 'a-region-1')?.parent).toBeUndefined();
    const region1 = draft.domains.findIndex((d) => d.id === 'a-region-1');
    const withoutRegion = removeDomain(draft, region1);
    const endpoint = blockAt(withoutRegion, [0]);
    expect(endpoint.type === 'component' && endpoint.domains).toEqual([]);
    expect(fromDraft(withoutRegion).errors).toEqual({});
  });

  test('a new domain can be added and a component moved into it', () => {
    const draft = addDomain(toDraft(strategy('rpc-access', 'single-endpoint')));
    const added = draft.domains[draft.domains.length - 1]!;
    const moved = setComponentDomain(draft, [], added.id, true);
    const back = fromDraft(moved);
    expect(back.errors).toEqual({});
    expect(back.system!.root.type === 'component' && back.system!.root.domains).toEqual(['a-region-1', added.id]);
  });
});
