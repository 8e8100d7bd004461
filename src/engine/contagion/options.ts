/**
 * The Monte Carlo options, validated like a scenario: a ScenarioError whose path names the option
 * (`options.nodeProbability: nodeProbability must be a number between 0 and 1, or a map from node ids
 * to probabilities, got "0.5"`), never a TypeError from deep inside the loop.
 */
import { shown } from '../issues.ts';
import { fieldError, type ErrorPath } from './errors.ts';
import type { FailureGroup, MonteCarloOptions } from './monte-carlo.ts';
import { isSeed, SEED_RULE } from './random.ts';
import { zFor } from '../statistics.ts';
import type { Graph } from './types.ts';

const KEYS = ['trials', 'seed', 'nodeProbability', 'groups', 'confidence', 'chunkSize', 'onProgress', 'signal'];

export interface CheckedOptions {
  trials: number;
  seed: number | string;
  /** Per node, in node order. */
  nodeProbability: Float64Array;
  groups: { probability: number; members: Int32Array }[];
  confidence: number;
  z: number;
  chunkSize: number;
}

const fail = (path: ErrorPath, problem: string): never => {
  throw fieldError('', path, problem);
};

const isProbability = (p: unknown): p is number => typeof p === 'number' && p >= 0 && p <= 1;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkMonteCarloOptions(graph: Graph, options: unknown): CheckedOptions {
  const path = ['options'];
  if (!isRecord(options)) return fail(path, `options must be an object such as { trials: 10000 }, got ${shown(options)}`);
  const unknown = Object.keys(options).find((key) => !KEYS.includes(key));
  if (unknown !== undefined) fail([...path, unknown], `unknown option ${JSON.stringify(unknown)} (known: ${KEYS.join(', ')})`);
  const o = options as MonteCarloOptions & Record<string, unknown>;
  const { trials, seed = 1, confidence = 0.95, chunkSize = 1000, onProgress, signal } = o;
  if (typeof trials !== 'number' || !Number.isInteger(trials) || trials < 1 || trials > 0x7fffffff) {
    fail([...path, 'trials'], `trials must be a whole number from 1 to 2^31 - 1, got ${shown(trials)}`);
  }
  if (!isSeed(seed)) fail([...path, 'seed'], `seed must be ${SEED_RULE}, got ${shown(seed)}`);
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) fail([...path, 'confidence'], `confidence must be a number between 0 and 1 (exclusive), got ${shown(confidence)}`);
  if (typeof chunkSize !== 'number' || !Number.isInteger(chunkSize) || chunkSize < 1) fail([...path, 'chunkSize'], `chunkSize must be a whole number of at least 1, got ${shown(chunkSize)}`);
  if (onProgress !== undefined && typeof onProgress !== 'function') fail([...path, 'onProgress'], `onProgress must be a function, got ${shown(onProgress)}`);
  if (signal !== undefined && (signal === null || typeof (signal as { throwIfAborted?: unknown }).throwIfAborted !== 'function')) {
    fail([...path, 'signal'], `signal must be an AbortSignal, got ${shown(signal)}`);
  }
  return {
    trials: trials as number,
    seed,
    nodeProbability: nodeProbabilities(graph, o.nodeProbability, [...path, 'nodeProbability']),
    groups: checkedGroups(graph, o.groups, [...path, 'groups']),
    confidence,
    z: zFor(confidence),
    chunkSize,
  };
}

/** One probability for every node, or a map (object or Map) from node ids to probabilities (others 0). */
function nodeProbabilities(graph: Graph, given: unknown, path: ErrorPath): Float64Array {
  const p = new Float64Array(graph.nodeCount);
  if (given === undefined) return p;
  if (typeof given === 'number') {
    if (!isProbability(given)) fail(path, `nodeProbability must be a number between 0 and 1, got ${shown(given)}`);
    return p.fill(given);
  }
  if (!(given instanceof Map) && !isRecord(given)) {
    return fail(path, `nodeProbability must be a number between 0 and 1, or a map from node ids to probabilities, got ${shown(given)}`);
  }
  const entries: [unknown, unknown][] = given instanceof Map ? [...given.entries()] : Object.entries(given);
  for (const [id, value] of entries) {
    const index = typeof id === 'string' ? graph.index.get(id) : undefined;
    if (index === undefined) fail([...path, String(id)], `unknown node ${shown(id)}`);
    if (!isProbability(value)) fail([...path, String(id)], `the probability of node ${shown(id)} must be a number between 0 and 1, got ${shown(value)}`);
    p[index!] = value as number;
  }
  return p;
}

function checkedGroups(graph: Graph, given: unknown, path: ErrorPath): CheckedOptions['groups'] {
  if (given === undefined) return [];
  if (!Array.isArray(given)) return fail(path, `groups must be a list of failure groups ({ id, probability, members }), got ${shown(given)}`);
  return given.map((group: unknown, g) => {
    const at = [...path, g];
    if (!isRecord(group)) return fail(at, `a failure group must be an object { id, probability, members }, got ${shown(group)}`);
    const { id, probability, members } = group as Partial<FailureGroup>;
    if (typeof id !== 'string') fail([...at, 'id'], `id must be text, got ${shown(id)}`);
    if (!isProbability(probability)) fail([...at, 'probability'], `probability must be a number between 0 and 1, got ${shown(probability)}`);
    if (!Array.isArray(members)) return fail([...at, 'members'], `members must be a list of node ids, got ${shown(members)}`);
    const indices = new Int32Array(members.length);
    members.forEach((member: unknown, k) => {
      const index = typeof member === 'string' ? graph.index.get(member) : undefined;
      if (index === undefined) fail([...at, 'members', k], `unknown node ${shown(member)} in group ${shown(id)}`);
      indices[k] = index!;
    });
    return { probability: probability as number, members: indices };
  });
}
