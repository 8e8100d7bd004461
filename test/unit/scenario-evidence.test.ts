// Evidence grades (issue 9 §1): content scenarios must grade every node and edge, and a broken grade is
// reported with the file and the node or edge it belongs to; a user's import may leave grades out or
// incomplete (nothing entered is lost), and only a malformed, duplicate or unknown source id is refused.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ScenarioError } from '../../src/engine/contagion/index.ts';
import { validateScenarioFile, type ScenarioFile } from '../../src/engine/contagion/schema.ts';
import { SCENARIOS_DIR } from './content-files.ts';

const FILE = 'content/scenarios/example.json';

/** A small, fully graded scenario: a wallet on an RPC provider hosted in one cloud region. */
function graded(): Record<string, any> {
  return {
    id: 'example',
    title: 'An example scenario',
    story:
      'A cloud region fails and the RPC provider hosted there stops answering, so the wallet that uses it as its only endpoint cannot show balances. ' +
      'This paragraph exists only so that the story is long enough to pass the field check of the schema.',
    dates: ['2025-10-20'],
    sources: [
      { id: 'provider-status', title: 'Provider status page', publisher: 'Provider', date: '2025-10', url: 'https://status.example.com/1' },
      { id: 'press-report', title: 'Press report', publisher: 'Press', date: '2025-10', url: 'https://news.example.com/2' },
    ],
    nodes: [
      { id: 'region', label: 'Cloud region', type: 'cloud_region', evidence: 'reported', sources: ['provider-status'] },
      { id: 'rpc', label: 'RPC provider', type: 'rpc_provider', evidence: 'reported', sources: ['press-report'] },
      { id: 'wallet', label: 'Wallet', type: 'wallet', evidence: 'inferred', note: 'Users of the wallet saw empty balances, which points at its default endpoint.' },
    ],
    edges: [
      { from: 'rpc', to: 'region', evidence: 'assumed', note: 'No source names where the provider ran; the failed region is the plausible host.' },
      { from: 'wallet', to: 'rpc', evidence: 'reported', sources: ['press-report', 'provider-status'] },
    ],
    trigger: { seeds: ['region'], description: 'The region fails.' },
    expected: { down: ['region', 'rpc', 'wallet'], degraded: [], up: [] },
  };
}

/** The message validateScenarioFile throws for `json`, or '' when it accepts it. */
function problems(json: unknown, userImport = false): string {
  try {
    validateScenarioFile(json, FILE, userImport ? { userImport: true } : {});
    return '';
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return error.message;
  }
}

describe('evidence grades in content scenarios', () => {
  test('a fully graded scenario is accepted', () => {
    expect(problems(graded())).toBe('');
  });

  test('a missing edge grade names the file, the edge index and both ends', () => {
    const file = graded();
    delete file.edges[1].evidence;
    expect(problems(file)).toBe(
      `${FILE}: edges[1].evidence: edges[1] (wallet → rpc) has no evidence grade: add "evidence": "reported" (with "sources"), "inferred" or "assumed" (with a "note")`,
    );
  });

  test('a missing node grade names the node', () => {
    const file = graded();
    delete file.nodes[0].evidence;
    expect(problems(file)).toContain(`${FILE}: nodes[0].evidence: nodes[0] ("region") has no evidence grade`);
  });

  test('a reported edge without sources is refused', () => {
    const file = graded();
    file.edges[1].sources = [];
    expect(problems(file)).toContain(`${FILE}: edges[1].sources: edges[1] (wallet → rpc) is graded "reported" but lists no sources`);
    delete file.edges[1].sources;
    expect(problems(file)).toContain('edges[1] (wallet → rpc) is graded "reported" but lists no sources');
  });

  test('an unknown source id is named with the ids the file does know', () => {
    const file = graded();
    file.edges[1].sources = ['press-report', 'press-reports'];
    expect(problems(file)).toBe(
      `${FILE}: edges[1].sources[1]: edges[1] (wallet → rpc) cites unknown source "press-reports" (known ids: provider-status, press-report)`,
    );
  });

  test('inferred and assumed items need a note that states the argument', () => {
    const file = graded();
    delete file.edges[0].note;
    file.nodes[2].note = 'see above';
    const message = problems(file);
    expect(message).toContain(`${FILE}: edges[0].note: edges[0] (rpc → region) is graded "assumed" but its note is missing: write what was assumed and why`);
    expect(message).toContain(`${FILE}: nodes[2].note: nodes[2] ("wallet") is graded "inferred" but its note is too short: write the argument it is inferred by`);
    expect(message).toContain('2 problems');
  });

  test('a grade outside the three is refused by the field check', () => {
    const file = graded();
    file.edges[0].evidence = 'likely';
    expect(problems(file)).toContain(`${FILE}: edges[0].evidence: evidence must be "reported", "inferred" or "assumed"`);
  });

  test('every source needs a unique kebab-case id', () => {
    const missing = graded();
    delete missing.sources[1].id;
    expect(problems(missing)).toContain(`${FILE}: sources[1].id: give the source an id`);
    const bad = graded();
    bad.sources[1].id = 'Press_Report';
    expect(problems(bad)).toContain(`${FILE}: sources[1].id: source id "Press_Report" must be kebab-case`);
    const twice = graded();
    twice.sources[1].id = 'provider-status';
    expect(problems(twice)).toContain(`${FILE}: sources[1].id: duplicate source id "provider-status" (already sources[0])`);
  });

  test('a source listed twice on one item is refused', () => {
    const file = graded();
    file.edges[1].sources = ['press-report', 'press-report'];
    expect(problems(file)).toContain(`${FILE}: edges[1].sources[1]: edges[1] (wallet → rpc) lists source "press-report" twice`);
  });
});

describe('evidence grades in a user import', () => {
  test('grades and source ids may be left out', () => {
    const file = graded();
    for (const item of [...file.nodes, ...file.edges]) {
      delete item.evidence;
      delete item.sources;
    }
    for (const source of file.sources) delete source.id;
    expect(problems(file, true)).toBe('');
    expect(problems(file)).toContain('has no evidence grade');
  });

  test('incomplete grades are kept as the reader wrote them', () => {
    const file = graded();
    delete file.edges[0].note;
    file.edges[1].sources = [];
    expect(problems(file, true)).toBe('');
    expect(validateScenarioFile(file, FILE, { userImport: true }).edges[0]!.evidence).toBe('assumed');
  });

  test('a source id the file does not list is refused when the file has a source list', () => {
    const file = graded();
    file.edges[1].sources = ['press-reprot'];
    expect(problems(file, true)).toBe(
      `${FILE}: edges[1].sources[0]: edges[1] (wallet → rpc) cites unknown source "press-reprot" (known ids: provider-status, press-report)`,
    );
  });

  test('a file with no source list (a CSV, say) keeps its source ids unchecked', () => {
    const file = graded();
    delete file.sources;
    expect(problems(file, true)).toBe('');
  });

  test('malformed and duplicate source ids are refused', () => {
    const file = graded();
    file.sources[0].id = 'Status Page';
    file.sources[1].id = 'Status Page';
    const message = problems(file, true);
    expect(message).toContain(`${FILE}: sources[0].id: source id "Status Page" must be kebab-case`);
    expect(message).toContain(`${FILE}: sources[1].id: duplicate source id "Status Page" (already sources[0])`);
  });
});

describe('every content scenario is fully graded', () => {
  const names = readdirSync(SCENARIOS_DIR).filter((name) => name.endsWith('.json')).sort();

  test('the directory holds the scenarios', () => {
    expect(names.length).toBeGreaterThanOrEqual(11);
  });

  test.each(names)('%s', (name) => {
    const path = `content/scenarios/${name}`;
    const file: ScenarioFile = validateScenarioFile(JSON.parse(readFileSync(SCENARIOS_DIR + name, 'utf8')), path);
    // Independent of the validator: read the grades off the file directly.
    const ids = new Set(file.sources.map((source) => source.id));
    expect(ids.has(undefined), `${path}: a source without an id`).toBe(false);
    for (const [kind, items] of [['node', file.nodes], ['edge', file.edges]] as const) {
      for (const item of items) {
        const name = 'id' in item ? item.id : `${item.from} → ${item.to}`;
        expect(['reported', 'inferred', 'assumed'], `${path}: ${kind} ${name}`).toContain(item.evidence);
        for (const id of item.sources ?? []) expect(ids.has(id), `${path}: ${kind} ${name} cites ${id}`).toBe(true);
        if (item.evidence === 'reported') expect(item.sources?.length ?? 0, `${path}: ${kind} ${name} has no sources`).toBeGreaterThan(0);
        else expect(item.note?.trim().length ?? 0, `${path}: ${kind} ${name} has no note`).toBeGreaterThanOrEqual(20);
      }
    }
  });
});
