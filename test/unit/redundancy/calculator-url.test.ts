import { describe, expect, test } from 'vitest';
import type { SystemDescription } from '../../../src/engine/availability/index.ts';
import { PRESET_GROUPS } from '../content-files.ts';
import { encodeModel } from '../../../src/features/shared/compressed-json.ts';
import { decodeEdits, encodeEdits, readShareParams, writeShareParams } from '../../../src/features/redundancy/calculator-url.ts';

const rpc = PRESET_GROUPS.find((g) => g.id === 'rpc-access')!;
const read = (query: string) => readShareParams(new URLSearchParams(query), PRESET_GROUPS);

describe('calculator URL state', () => {
  test('group, time convention and SLO round-trip', () => {
    const params = new URLSearchParams();
    writeShareParams(params, { group: 'stake-hosting', convention: 'gregorian', slo: 0.9995 }, null);
    expect(read(params.toString())).toEqual({ state: { group: 'stake-hosting', convention: 'gregorian', slo: 0.9995 }, edits: null, problems: [] });
  });

  test('unknown or malformed values are reported, not used', () => {
    const r = read('group=nope&time=lunar&slo=2&edits=%3Cscript%3E');
    expect(r.state).toEqual({});
    expect(r.edits).toBeNull();
    expect(r.problems).toHaveLength(4);
  });

  test('edited systems round-trip through the compressed form', async () => {
    const system = structuredClone(rpc.strategies[1]!.system) as SystemDescription;
    (system.root as { k: number }).k = 2;
    const encoded = await encodeEdits(new Map([[rpc.strategies[1]!.id, system]]));
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = await decodeEdits(encoded, rpc);
    expect(decoded.problems).toEqual([]);
    expect(decoded.edits.get(rpc.strategies[1]!.id)).toEqual(system);
  });

  test('invalid systems and unknown strategies are dropped with a message each', async () => {
    const bad = { root: { type: 'k-of-n', k: 9, parts: [{ type: 'component', availability: 0.9 }] } };
    const encoded = await encodeModel(JSON.stringify({ 'three-providers': bad, 'no-such-strategy': rpc.strategies[0]!.system, __proto__: { polluted: true } }));
    const decoded = await decodeEdits(encoded, rpc);
    expect(decoded.edits.size).toBe(0);
    expect(decoded.problems.join('\n')).toMatch(/Three providers.*root\.k/);
    expect(decoded.problems.join('\n')).toMatch(/no-such-strategy/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('garbage that is not deflate data, or not an object, falls back with a message', async () => {
    expect((await decodeEdits('AAAA', rpc)).problems[0]).toMatch(/could not be read/);
    expect((await decodeEdits(await encodeModel('[1,2]'), rpc)).problems[0]).toMatch(/not a set of systems/);
  });
});
