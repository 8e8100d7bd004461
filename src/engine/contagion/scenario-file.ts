/**
 * Scenario files (content/scenarios/*.json, or JSON a user imports into the simulator): the schema and
 * parseScenarioFile(), which reports every problem with the file name and the field, e.g.
 *   content/scenarios/x.json: nodes[3].rule.k: k must be between 1 and 4 (the node has 4 dependencies)
 *
 * Three layers of checks: JSON syntax (with line and column), the shape of each field (zod), then
 * cross-references (unknown ids, duplicates, rule ranges, the expected outcome naming every node, each
 * mitigation applying and compiling, and the evidence grades of evidence-grades.ts: required in content
 * scenarios, checked where given in a user's import).
 */
import { z } from 'zod';
import { compile } from './compile.ts';
import { shown } from '../issues.ts';
import { ScenarioError, formatPath, type ScenarioIssue } from './errors.ts';
import { EVIDENCE_GRADES, evidenceIssues } from './evidence-grades.ts';
import { jsonErrorText } from './json-location.ts';
import { applyMitigation, type MitigationChange } from './mitigations.ts';
import { LAYERS, NODE_ID_PATTERN, NODE_TYPE_NAMES } from './node-types.ts';
import { ruleRangeProblem } from './rules.ts';
import { toScenario } from './scenario-from-file.ts';
import type { Rule, Scenario } from './types.ts';

export { toMitigation, toScenario } from './scenario-from-file.ts';

const nodeId = z.string().regex(NODE_ID_PATTERN, { error: 'ids use lowercase letters, digits, "_" and "-", e.g. "aws_use1"' });
/** YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = z.string().regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, { error: 'dates are YYYY, YYYY-MM or YYYY-MM-DD' });

/** A fraction as a number (0.2) or an exact ratio string ("1/3"), always between 0 and 1. */
const fraction = z
  .union([z.number(), z.string().regex(/^\s*\d+\s*\/\s*\d+\s*$/)], { error: 'fraction must be a number between 0 and 1, or a ratio such as "1/3"' })
  .transform((value) => {
    if (typeof value === 'number') return value;
    const [p, q] = value.split('/').map((part) => Number(part.trim())) as [number, number];
    return p / q;
  })
  .refine((value) => Number.isFinite(value) && value >= 0 && value <= 1, { error: 'fraction must be between 0 and 1' });

const ruleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('any') }),
    z.strictObject({ kind: z.literal('atLeast'), k: z.int({ error: 'k must be a whole number' }).min(1, { error: 'k must be at least 1' }) }),
    z.strictObject({ kind: z.literal('threshold'), fraction, strict: z.boolean().optional() }),
  ],
  { error: 'kind must be one of "all", "any", "atLeast", "threshold"' },
);

// Evidence grades (issue 9 §1, see evidence-grades.ts): optional in the shape, so a user's import may
// leave them out; evidenceIssues() requires them in content scenarios and checks them wherever given.
const evidence = {
  evidence: z.enum(EVIDENCE_GRADES, { error: 'evidence must be "reported", "inferred" or "assumed"' }).optional(),
  sources: z.array(z.string(), { error: 'sources must be a list of source ids, e.g. ["aws-summary-2025"]' }).optional(),
};

const nodeSchema = z.strictObject({
  ...evidence,
  id: nodeId,
  label: z.string().min(1),
  type: z.enum(NODE_TYPE_NAMES, { error: `type must be one of ${NODE_TYPE_NAMES.join(', ')}` }),
  layer: z.enum(LAYERS, { error: `layer must be one of ${LAYERS.join(', ')}` }).optional(),
  rule: ruleSchema.optional(),
  degradedRule: ruleSchema.optional(),
  note: z.string().optional(),
});

const edgeSchema = z.strictObject({
  ...evidence,
  from: nodeId,
  to: nodeId,
  weight: z.number({ error: 'weight must be a number' }).nonnegative({ error: 'weight must be 0 or more' }).optional(),
  kind: z.enum(['hard', 'soft'], { error: 'kind must be "hard" or "soft"' }).optional(),
  note: z.string().optional(),
});

const sourceSchema = z.strictObject({
  id: z.string().optional(),
  title: z.string().min(3),
  publisher: z.string().min(2),
  date: partialDate,
  url: z.url({ protocol: /^https?$/, error: 'url must be an absolute http(s) URL' }),
  note: z.string().optional(),
});

const changeSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({ op: z.literal('addNode'), node: nodeSchema }),
    z.strictObject({ op: z.literal('removeNode'), node: nodeId }),
    z.strictObject({ op: z.literal('addEdge'), from: nodeId, to: nodeId, weight: edgeSchema.shape.weight, kind: edgeSchema.shape.kind }),
    z.strictObject({ op: z.literal('removeEdge'), from: nodeId, to: nodeId }),
    z.strictObject({ op: z.literal('retargetEdge'), from: nodeId, to: nodeId, newTo: nodeId }),
    z.strictObject({ op: z.literal('setWeight'), from: nodeId, to: nodeId, weight: z.number().nonnegative() }),
    z.strictObject({ op: z.literal('setRule'), node: nodeId, rule: ruleSchema.optional(), degradedRule: ruleSchema.nullable().optional() }),
  ],
  { error: 'op must be one of addNode, removeNode, addEdge, removeEdge, retargetEdge, setWeight, setRule' },
);

const statusLists = {
  down: z.array(nodeId).optional(),
  degraded: z.array(nodeId).optional(),
  up: z.array(nodeId).optional(),
};

const mitigationSchema = z.strictObject({
  id: nodeId,
  title: z.string().min(3),
  description: z.string().min(20, { error: 'describe what the mitigation changes and what it achieves (20 characters or more)' }),
  changes: z.array(changeSchema).min(1, { error: 'a mitigation needs at least one change' }),
  /** The claim the description makes, checkable: nodes that end in each state once it is applied. */
  expect: z
    .strictObject(statusLists)
    .refine((e) => (e.down?.length ?? 0) + (e.degraded?.length ?? 0) + (e.up?.length ?? 0) > 0, { error: 'expect must name at least one node' }),
});

const chainLiveness = z.strictObject({ node: nodeId, continued: z.boolean() });

const expectedSchema = z.strictObject({
  down: z.array(nodeId),
  degraded: z.array(nodeId),
  up: z.array(nodeId),
  /** For chains: did blocks keep coming, and did finality (or confirmation) continue? null finality = none. */
  chains: z.array(z.strictObject({ chain: z.string().min(2), blocks: chainLiveness, finality: chainLiveness.nullable(), note: z.string().optional() })).default([]),
  note: z.string().optional(),
});

const catalogueShape = {
  id: nodeId,
  title: z.string().min(5),
  /** One paragraph. */
  story: z
    .string()
    .min(200, { error: 'story must be one paragraph of at least 200 characters' })
    .refine((s) => !/\n\s*\n/.test(s), { error: 'story must be a single paragraph' }),
  /** Incident date(s). */
  dates: z.array(partialDate).min(1, { error: 'give at least one incident date' }),
  sources: z.array(sourceSchema).min(1, { error: 'cite at least one source' }),
  nodes: z.array(nodeSchema).min(1, { error: 'a scenario needs at least one node' }),
  edges: z.array(edgeSchema),
  trigger: z.strictObject({ seeds: z.array(nodeId).min(1, { error: 'name at least one node that fails first' }), description: z.string().min(10) }),
  mitigations: z.array(mitigationSchema).default([]),
  expected: expectedSchema,
};

/** Files in content/scenarios/: every catalogue field is required. */
export const scenarioFileSchema = z.strictObject(catalogueShape);
/** JSON a user imports: only the model itself (nodes, edges, trigger) is required, and it may be empty
 * (a reader starting from nothing: no components yet, so nothing fails first). */
export const userScenarioFileSchema = z
  .strictObject({
    ...catalogueShape,
    nodes: z.array(nodeSchema),
    trigger: z.strictObject({ seeds: z.array(nodeId), description: z.string().min(10) }),
  })
  .partial({ story: true, dates: true, sources: true, expected: true, mitigations: true, title: true });

export type ScenarioFile = z.output<typeof scenarioFileSchema>;
export type UserScenarioFile = z.output<typeof userScenarioFileSchema>;
export type ScenarioFileMitigation = ScenarioFile['mitigations'][number];

export interface ParseOptions {
  /** Accept a user's import: story, dates, sources, expected outcome and mitigations may be left out. */
  userImport?: boolean;
}

export function parseScenarioFile(text: string, fileName: string): ScenarioFile;
export function parseScenarioFile(text: string, fileName: string, options: { userImport: true }): UserScenarioFile;
export function parseScenarioFile(text: string, fileName: string, options?: ParseOptions): ScenarioFile | UserScenarioFile;
/** Parses and fully validates a scenario file; throws a ScenarioError listing every problem. */
export function parseScenarioFile(text: string, fileName: string, options: ParseOptions = {}): ScenarioFile | UserScenarioFile {
  if (typeof text !== 'string') {
    const problem = `expected the file's text (a string), got ${shown(text)}`;
    throw new ScenarioError(`${fileName}: ${problem}`, [], [{ path: '', message: problem }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const problem = jsonErrorText(text);
    throw new ScenarioError(`${fileName}: ${problem}`, [], [{ path: '', message: problem }]);
  }
  return validateScenarioFile(json, fileName, options);
}

export function validateScenarioFile(json: unknown, fileName: string): ScenarioFile;
export function validateScenarioFile(json: unknown, fileName: string, options: { userImport: true }): UserScenarioFile;
export function validateScenarioFile(json: unknown, fileName: string, options?: ParseOptions): ScenarioFile | UserScenarioFile;
/**
 * Fully validates a scenario already read from JSON (or built in memory, as the simulator's editor
 * does): the field checks and every cross-reference check of parseScenarioFile. Throws a ScenarioError
 * listing every problem, each message starting with `fileName`.
 */
export function validateScenarioFile(json: unknown, fileName: string, options: ParseOptions = {}): ScenarioFile | UserScenarioFile {
  const schema = options.userImport === true ? userScenarioFileSchema : scenarioFileSchema;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw fileError(fileName, parsed.error.issues.map((issue) => ({ path: formatPath(issue.path as (string | number)[]), message: issueText(issue) })));
  }
  const issues = [...evidenceIssues(parsed.data, options.userImport !== true), ...crossCheck(parsed.data)];
  if (issues.length > 0) throw fileError(fileName, issues);
  return parsed.data;
}

function fileError(fileName: string, issues: ScenarioIssue[]): ScenarioError {
  const lines = issues.map((issue) => `${fileName}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
  const message = lines.length === 1 ? lines[0]! : `${fileName}: ${lines.length} problems\n${lines.join('\n')}`;
  const first = issues[0];
  return new ScenarioError(message, first ? pathParts(first.path) : [], issues);
}

function pathParts(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return parts;
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return 'this field is required';
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (check the spelling)`;
  return issue.message;
}

type CheckedFile = Pick<UserScenarioFile, 'nodes' | 'edges' | 'trigger' | 'expected' | 'mitigations'>;

/** Cross-reference checks that a per-field schema cannot express. */
function crossCheck(file: CheckedFile): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const add = (path: (string | number)[], message: string): void => {
    issues.push({ path: formatPath(path), message });
  };
  const firstIndex = new Map<string, number>();
  file.nodes.forEach((node, i) => {
    const first = firstIndex.get(node.id);
    if (first !== undefined) add(['nodes', i, 'id'], `duplicate node id "${node.id}" (already used by nodes[${first}])`);
    else firstIndex.set(node.id, i);
  });
  const known = (id: string, path: (string | number)[]): boolean => {
    if (firstIndex.has(id)) return true;
    add(path, `unknown node "${id}"`);
    return false;
  };

  const hardDependencies = new Map<string, number>();
  const seenEdges = new Map<string, number>();
  file.edges.forEach((edge, j) => {
    const okFrom = known(edge.from, ['edges', j, 'from']);
    const okTo = known(edge.to, ['edges', j, 'to']);
    if (!okFrom || !okTo) return;
    if (edge.from === edge.to) add(['edges', j], `"${edge.from}" cannot depend on itself`);
    const key = `${edge.from}\u0000${edge.to}`;
    const first = seenEdges.get(key);
    if (first !== undefined) add(['edges', j], `duplicate edge ${edge.from} -> ${edge.to} (already edges[${first}])`);
    else seenEdges.set(key, j);
    if (edge.kind !== 'soft') hardDependencies.set(edge.from, (hardDependencies.get(edge.from) ?? 0) + 1);
  });
  file.nodes.forEach((node, i) => {
    for (const field of ['rule', 'degradedRule'] as const) {
      const rule = node[field];
      if (rule === undefined) continue;
      const problem = ruleRangeProblem(rule as Rule, hardDependencies.get(node.id) ?? 0);
      if (problem) add(['nodes', i, field, problem[0]], problem[1]);
    }
  });

  const seeds = new Set<string>();
  file.trigger.seeds.forEach((seed, i) => {
    known(seed, ['trigger', 'seeds', i]);
    if (seeds.has(seed)) add(['trigger', 'seeds', i], `"${seed}" is listed twice`);
    seeds.add(seed);
  });

  if (file.expected) {
    const listedIn = new Map<string, string>();
    for (const status of ['down', 'degraded', 'up'] as const) {
      file.expected[status].forEach((id, k) => {
        if (!known(id, ['expected', status, k])) return;
        const other = listedIn.get(id);
        if (other !== undefined) add(['expected', status, k], `"${id}" is already listed in expected.${other}`);
        else listedIn.set(id, status);
      });
    }
    for (const node of file.nodes) {
      if (!listedIn.has(node.id)) add(['expected'], `node "${node.id}" must be listed in expected.down, expected.degraded or expected.up`);
    }
    file.expected.chains.forEach((chain, c) => {
      known(chain.blocks.node, ['expected', 'chains', c, 'blocks', 'node']);
      if (chain.finality) known(chain.finality.node, ['expected', 'chains', c, 'finality', 'node']);
    });
  }

  if (issues.length > 0) return issues; // later checks assume a consistent model
  const scenario = toScenario(file);
  try {
    compile(scenario);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    for (const issue of error.issues) add(pathParts(issue.path), issue.message);
  }
  const mitigationIds = new Set<string>();
  (file.mitigations ?? []).forEach((mitigation, i) => {
    if (mitigationIds.has(mitigation.id)) add(['mitigations', i, 'id'], `duplicate mitigation id "${mitigation.id}"`);
    mitigationIds.add(mitigation.id);
    let changed: Scenario;
    try {
      changed = applyMitigation(scenario, { changes: mitigation.changes as MitigationChange[] });
      compile(changed);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      for (const issue of error.issues) add(['mitigations', i, ...pathParts(issue.path)], issue.message);
      return;
    }
    const ids = new Set(changed.nodes.map((node) => node.id));
    for (const status of ['down', 'degraded', 'up'] as const) {
      mitigation.expect[status]?.forEach((id, k) => {
        if (!ids.has(id)) add(['mitigations', i, 'expect', status, k], `unknown node "${id}"`);
      });
    }
  });
  return issues;
}
