// The calculator's presets are content (content/presets/*.json) checked by a schema, like the scenarios:
// every file reads, and a broken one is refused with a message naming the file and the field.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { orderPresetGroups, parsePresetFile } from '../../src/lib/preset-schema.ts';
import { PRESETS_DIR, PRESET_GROUPS } from './content-files.ts';

const files = readdirSync(PRESETS_DIR).filter((f) => f.endsWith('.json')).sort();
const rpcText = readFileSync(PRESETS_DIR + 'rpc-access.json', 'utf8');
const rpc = () => JSON.parse(rpcText) as Record<string, any>;
const parse = (json: unknown, name = 'content/presets/rpc-access.json') => () => parsePresetFile(JSON.stringify(json), name);

describe('preset files', () => {
  test('every file is a valid preset group, in one place of the order', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(PRESET_GROUPS.map((g) => `${g.id}.json`).sort()).toEqual(files);
    expect(PRESET_GROUPS.map((g) => g.order)).toEqual([...PRESET_GROUPS.map((g) => g.order)].sort((a, b) => a - b));
  });

  test('a broken system is refused with the file, the field and the engine’s own message', () => {
    const broken = rpc();
    broken.strategies[1].system.root.k = 4;
    expect(parse(broken)).toThrow(/^content\/presets\/rpc-access\.json: strategies\[1\]\.system\.root\.k: .*k/);
    const badAvailability = rpc();
    badAvailability.strategies[0].system.root.availability = 1.5;
    expect(parse(badAvailability)).toThrow(/strategies\[0\]\.system\.root\.availability/);
  });

  test('unknown fields, missing fields, bad URLs and duplicate strategies are each named', () => {
    expect(parse({ ...rpc(), colour: 'red' })).toThrow(/unrecognized key|colour/i);
    const { question: _q, ...noQuestion } = rpc();
    expect(parse(noQuestion)).toThrow(/question/);
    const badUrl = rpc();
    badUrl.sources[0].url = 'aws.amazon.com/compute/sla';
    expect(parse(badUrl)).toThrow(/sources\[0\]\.url: url must be an absolute http\(s\) URL/);
    const twice = rpc();
    twice.strategies[1].id = twice.strategies[0].id;
    expect(parse(twice)).toThrow(/strategies\[1\]\.id: duplicate strategy id "single-endpoint"/);
    expect(parse({ ...rpc(), strategies: rpc().strategies.slice(0, 1) })).toThrow(/strategies: a comparison needs at least two strategies/);
  });

  test('the id matches the file name, the text is JSON, and two groups cannot share a place', () => {
    expect(parse(rpc(), 'content/presets/other-name.json')).toThrow(/id "rpc-access" must match the file name/);
    expect(() => parsePresetFile(rpcText.replace('"order"', 'order'), 'content/presets/rpc-access.json')).toThrow(/^content\/presets\/rpc-access\.json: not valid JSON/);
    const [a, b] = PRESET_GROUPS;
    expect(() => orderPresetGroups([a!, { ...b!, order: a!.order }])).toThrow(new RegExp(`"${b!.id}" and "${a!.id}" both have order ${a!.order}`));
    expect(() => orderPresetGroups([])).toThrow(/no preset/);
  });
});
