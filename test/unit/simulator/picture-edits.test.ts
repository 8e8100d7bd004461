// The edits made on the picture: each gives a valid scenario file (the engine's own schema check, not
// the picture editor's), says what it did, or refuses with a reason. Expected graphs written by hand.
import { describe, expect, test } from 'vitest';
import { checkScenario } from '../../../src/features/simulator/editor/scenario-edits.ts';
import { addComponent, addDependency, removeComponent, removeDependency, renameComponent, type PictureEdit } from '../../../src/features/simulator/editor/picture-edits.ts';
import { twoNodeScenario } from './two-node-scenario.ts';

const start = twoNodeScenario('my-scenario', ['a']);
const scenarioOf = (edit: PictureEdit) => {
  if (!edit.ok) throw new Error(edit.error);
  expect(checkScenario(edit.scenario)).toBeNull();
  return edit.scenario;
};

describe('picture edits', () => {
  test('a new component gets a fresh id, a name, the neutral type and no rule (needs every dependency)', () => {
    const one = addComponent(start);
    expect(scenarioOf(one).nodes.at(-1)).toEqual({ id: 'component_3', label: 'Component 3', type: 'other' });
    const two = addComponent({ ...start, nodes: [...start.nodes, { id: 'component_3', label: 'x', type: 'cdn' }] });
    expect(scenarioOf(two).nodes.at(-1)!.id).toBe('component_4');
  });

  test('a dependency points from the dependent to what it needs, once, never to itself', () => {
    const edit = addDependency(start, 'a', 'b');
    expect(scenarioOf(edit).edges).toEqual([{ from: 'b', to: 'a' }, { from: 'a', to: 'b' }]);
    expect(edit.ok && edit.said).toBe('A now depends on B.');
    expect(addDependency(start, 'b', 'a')).toEqual({ ok: false, error: expect.stringMatching(/already exists/) });
    expect(addDependency(start, 'a', 'a')).toEqual({ ok: false, error: expect.stringMatching(/itself/) });
  });

  test('removing a component takes its dependencies with it and moves the trigger; the last one may go too', () => {
    const s = scenarioOf(removeComponent(start, 'a'));
    expect([s.nodes.map((n) => n.id), s.edges, s.trigger?.seeds]).toEqual([['b'], [], ['b']]);
    const empty = scenarioOf(removeComponent(s, 'b'));
    expect([empty.nodes, empty.edges, empty.trigger?.seeds]).toEqual([[], [], []]);
    expect(scenarioOf(removeDependency(start, 'b', 'a')).edges).toEqual([]);
  });

  test('renaming keeps the id; an empty name is refused with the field’s message', () => {
    expect(scenarioOf(renameComponent(start, 'b', '  Wallet  ')).nodes[1]).toEqual({ id: 'b', label: 'Wallet', type: 'wallet' });
    expect(renameComponent(start, 'b', ' ')).toEqual({ ok: false, error: expect.stringMatching(/name/) });
  });
});
