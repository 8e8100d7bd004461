// Every scenario file in content/scenarios/: it parses, its trigger reproduces the real incident's recorded
// outcome, and each mitigation changes the outcome the way its description claims.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  applyMitigation,
  compile,
  evaluate,
  explain,
  toMitigation,
  toScenario,
  type NodeStatus,
  type ScenarioFile,
} from '../../../../src/engine/contagion/index.ts';
import { parseScenarioFile } from '../../../../src/engine/contagion/schema.ts';
import { loadIncidentFiles } from '../../content-files.ts';
import { REFERENCE, urlsIn } from '../../../../scripts/lib/reference-urls.ts';

const DIR = fileURLToPath(new URL('../../../../content/scenarios/', import.meta.url));
// The reference file's URLs are committed (scripts/reference-urls.ts), so the source check is the same
// with or without ../shared; where the file is present, the committed list must match it.
const SHARED = process.env.SHARED_DIR ?? fileURLToPath(new URL('../../../../../shared/', import.meta.url));
const REFERENCE_PATH = join(SHARED, REFERENCE);
const committedUrls = JSON.parse(readFileSync(new URL('../../reference-urls.json', import.meta.url), 'utf8')) as { file: string; urls: string[] };

const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const path = `content/scenarios/${name}`;
    return { name, path, file: parseScenarioFile(readFileSync(DIR + name, 'utf8'), path) };
  });

function statuses(file: ScenarioFile, scenario = toScenario(file)): Map<string, NodeStatus> {
  return evaluate(compile(scenario), file.trigger.seeds).status;
}

describe('scenario files', () => {
  test('at least six incidents, each with a distinct id matching its file name', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const { name, file } of files) expect(`${file.id}.json`).toBe(name);
  });

  test('chain outcomes are recorded, including a finality stall with blocks continuing', () => {
    const chains = files.flatMap((f) => f.file.expected.chains);
    expect(chains.length).toBeGreaterThanOrEqual(5);
    expect(chains.some((c) => c.blocks.continued && c.finality?.continued === false)).toBe(true);
  });

  test('the six required incidents are covered', () => {
    const ids = files.map((f) => f.file.id);
    for (const id of ['infura-2020-minority-fork', 'aws-us-east-1-2025', 'hetzner-solana-2022', 'cloudflare-2022', 'coinbase-az-2026', 'reown-2024']) {
      expect(ids).toContain(id);
    }
  });

  test('every source URL is one the shared reference file lists or one the incident page of the scenario cites', () => {
    const urls = files.flatMap((f) => f.file.sources.map((s) => ({ id: f.file.id, url: s.url })));
    expect(urls.length).toBeGreaterThan(0);
    const listed = new Set(committedUrls.urls);
    // A primary source found after the reference was written is checked where the incident page cites it.
    const cited = new Map<string, Set<string>>();
    for (const f of loadIncidentFiles()) if (f.data?.scenario) cited.set(f.data.scenario, new Set(f.data.sources.map((s) => s.url)));
    expect(urls.filter(({ id, url }) => !listed.has(url) && !cited.get(id)?.has(url))).toEqual([]);
  });

  if (existsSync(REFERENCE_PATH)) {
    test('the committed list of the reference file’s URLs is the file’s own', () => {
      expect(committedUrls.file).toBe(REFERENCE);
      expect(committedUrls.urls, 'the reference file changed: run node scripts/reference-urls.ts').toEqual(urlsIn(readFileSync(REFERENCE_PATH, 'utf8')));
    });
  } else {
    console.warn(`${REFERENCE_PATH} is absent (set SHARED_DIR): scenario sources are checked against the committed list of its URLs, which cannot be compared with the file here.`);
    test(`the reference file is absent here, so only the committed list of its ${committedUrls.urls.length} URLs is checked`, () => {
      expect(committedUrls.file).toBe(REFERENCE);
      expect(committedUrls.urls.length).toBeGreaterThan(50);
      expect(committedUrls.urls.filter((url) => !/^https?:\/\/[^\s]+$/.test(url))).toEqual([]);
    });
  }
});

describe.each(files.map((f) => [f.name, f] as const))('%s', (_name, { file }) => {
  const baseline = statuses(file);

  test('the trigger reproduces the expected outcome of the real incident, chains included', () => {
    const actual = { down: [] as string[], degraded: [] as string[], up: [] as string[] };
    for (const [id, status] of baseline) actual[status].push(id);
    expect(actual.down.sort()).toEqual([...file.expected.down].sort());
    expect(actual.degraded.sort()).toEqual([...file.expected.degraded].sort());
    expect(actual.up.sort()).toEqual([...file.expected.up].sort());
    // Chains: did blocks keep coming, did finality continue (a degraded node still produces).
    const live = (node: string): boolean => baseline.get(node) !== 'down';
    expect(file.expected.chains.map((c) => ({ chain: c.chain, blocks: live(c.blocks.node), finality: c.finality ? live(c.finality.node) : null }))).toEqual(
      file.expected.chains.map((c) => ({ chain: c.chain, blocks: c.blocks.continued, finality: c.finality ? c.finality.continued : null })),
    );
  });

  test('every down or degraded node has an explanation naming its causes', () => {
    const graph = compile(toScenario(file));
    const outcome = evaluate(graph, file.trigger.seeds);
    const explanations = explain(graph, outcome);
    expect(explanations.map((e) => e.id).sort()).toEqual([...outcome.failed, ...outcome.degraded].sort());
    for (const e of explanations) {
      if (e.cause !== 'seed') expect(e.causes.length).toBeGreaterThan(0);
      expect(e.text.length).toBeGreaterThan(10);
    }
  });

  test.each(file.mitigations.map((m) => [m.id, m] as const))('mitigation %s does what its description claims', (_id, mitigation) => {
    const changed = applyMitigation(toScenario(file), toMitigation(mitigation));
    const after = statuses(file, changed);
    const claims = Object.entries(mitigation.expect).flatMap(([status, ids]) => (ids ?? []).map((id) => [id, status] as const));
    expect(claims.length).toBeGreaterThan(0);
    for (const [id, status] of claims) expect(after.get(id), `${id} after ${mitigation.id}`).toBe(status);
    // It must change the outcome: at least one claimed node ends in another state than without it.
    expect(claims.some(([id, status]) => baseline.get(id) !== status)).toBe(true);
  });
});

describe('parseScenarioFile errors point at the field', () => {
  const valid = JSON.parse(readFileSync(`${DIR}coinbase-az-2026.json`, 'utf8')) as Record<string, unknown> & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
  const NAME = 'content/scenarios/x.json';
  const problems = (edit: (draft: typeof valid) => void, options?: { userImport: true }): string => {
    const draft = structuredClone(valid);
    edit(draft);
    try {
      parseScenarioFile(JSON.stringify(draft, null, 2), NAME, options ?? {});
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  test('k out of range names the file, the field and the dependency count', () => {
    // matching (nodes[9]) has 5 dependencies.
    expect(problems((d) => (d.nodes[9]!.rule = { kind: 'atLeast', k: 6 }))).toBe(
      'content/scenarios/x.json: nodes[9].rule.k: k must be between 1 and 5 (the node has 5 dependencies)',
    );
  });

  test('shape problems: unknown type, misspelt field, missing field, bad fraction, bad date', () => {
    expect(problems((d) => (d.nodes[0]!.type = 'mainframe'))).toContain('content/scenarios/x.json: nodes[0].type: type must be one of cloud_region');
    expect(problems((d) => (d.edges[0]!.wieght = 2))).toBe('content/scenarios/x.json: edges[0]: unknown field "wieght" (check the spelling)');
    expect(problems((d) => delete d.nodes[2]!.label)).toBe('content/scenarios/x.json: nodes[2].label: this field is required');
    expect(problems((d) => (d.nodes[9]!.rule = { kind: 'threshold', fraction: 1.2 }))).toBe('content/scenarios/x.json: nodes[9].rule.fraction: fraction must be between 0 and 1');
    expect(problems((d) => (d.nodes[9]!.rule = { kind: 'majority' }))).toBe('content/scenarios/x.json: nodes[9].rule.kind: kind must be one of "all", "any", "atLeast", "threshold"');
    expect(problems((d) => (d.dates = ['7 May 2026']))).toBe('content/scenarios/x.json: dates[0]: dates are YYYY, YYYY-MM or YYYY-MM-DD');
  });

  test('cross-reference problems: unknown nodes, duplicates, self-loops, incomplete expected outcome', () => {
    expect(problems((d) => (d.edges[3]!.to = 'az9'))).toBe('content/scenarios/x.json: edges[3].to: unknown node "az9"');
    expect(problems((d) => (d.nodes[1]!.id = 'az4_hall'))).toContain('nodes[1].id: duplicate node id "az4_hall" (already used by nodes[0])');
    expect(problems((d) => d.edges.push({ from: 'me_1', to: 'az4_hall' }))).toContain('edges[16]: duplicate edge me_1 -> az4_hall (already edges[0])');
    expect(problems((d) => d.edges.push({ from: 'me_1', to: 'me_1' }))).toContain('edges[16]: "me_1" cannot depend on itself');
    expect(problems((d) => ((d.trigger as { seeds: string[] }).seeds = ['nowhere']))).toBe('content/scenarios/x.json: trigger.seeds[0]: unknown node "nowhere"');
    expect(problems((d) => ((d.expected as { up: string[] }).up = ['az4_spared']))).toContain('expected: node "az_b" must be listed in expected.down, expected.degraded or expected.up');
  });

  test('a mitigation that refers to a missing edge is located inside the mitigation', () => {
    const message = problems((d) => {
      ((d.mitigations as { changes: Record<string, unknown>[] }[])[0]!.changes[0]!).to = 'az_c';
    });
    expect(message).toBe('content/scenarios/x.json: mitigations[0].changes[0]: there is no edge me_2 -> az_c');
  });

  test('several problems are all reported, one per line', () => {
    const message = problems((d) => {
      d.edges[0]!.to = 'ghost';
      d.edges[1]!.from = 'phantom';
    });
    expect(message.split('\n')).toEqual([
      'content/scenarios/x.json: 2 problems',
      'content/scenarios/x.json: edges[0].to: unknown node "ghost"',
      'content/scenarios/x.json: edges[1].from: unknown node "phantom"',
    ]);
  });

  test('JSON syntax errors give a line and column', () => {
    expect(() => parseScenarioFile('{\n  "id": "x",\n  "nodes": [,]\n}', NAME)).toThrow(/^content\/scenarios\/x\.json: line 3, column 13: invalid JSON/);
  });

  test('user imports need only the model; fractions may be written "1/3"', () => {
    const minimal = {
      id: 'my-stack',
      nodes: [
        { id: 'a', label: 'A', type: 'cloud_region' },
        { id: 'b', label: 'B', type: 'cloud_region' },
        { id: 'c', label: 'C', type: 'chain', rule: { kind: 'threshold', fraction: '1/3', strict: true } },
      ],
      edges: [
        { from: 'c', to: 'a', weight: 1 },
        { from: 'c', to: 'b', weight: 2 },
      ],
      trigger: { seeds: ['a'], description: 'Region A fails' },
    };
    const file = parseScenarioFile(JSON.stringify(minimal), 'import.json', { userImport: true });
    expect(file.nodes[2]!.rule).toEqual({ kind: 'threshold', fraction: 1 / 3, strict: true });
    // 1 of 3 weight is exactly a third: not above it, so c stays up.
    expect(evaluate(compile(toScenario(file)), file.trigger.seeds).status.get('c')).toBe('up');
    expect(() => parseScenarioFile(JSON.stringify(minimal), 'import.json')).toThrow(/import\.json: .*story: this field is required/s);
  });
});
