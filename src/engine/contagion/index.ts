/**
 * Contagion engine: how one failing cloud region, RPC provider, CDN or oracle takes down what depends
 * on it. Pure TypeScript (no DOM, no Node APIs): runs in the browser, a web worker, Node and the build.
 *
 * This is the core entry: no zod anywhere in its import graph (a unit test checks), so the simulator
 * ships it without a schema library. Scenario files (parsing and validating JSON with zod) are in the
 * schema entry, `./schema.ts`. See README.md in this folder for the model, the API and the file format.
 */
export type {
  CascadeCore,
  DegradationCore,
  Graph,
  NodeStatus,
  Rule,
  RuleKind,
  Scenario,
  ScenarioEdge,
  ScenarioInput,
  ScenarioNode,
} from './types.ts';
export { MAX_EDGES, MAX_NODES } from './types.ts';
export { ScenarioError, formatPath, type ErrorPath, type ScenarioIssue } from './errors.ts';
export { compile } from './compile.ts';
export {
  cascade,
  cascadeIndices,
  createWorkspace,
  runCascade,
  type CascadeResult,
  type IndexCascadeResult,
  type Workspace,
} from './cascade.ts';
export { degradedIndices, evaluate, type Outcome } from './outcome.ts';
export { explain, type ExplainOptions, type Explanation } from './explain.ts';
export { edgeSensitivity, type EdgeSensitivity, type StatusChange } from './sensitivity.ts';
export { blastRadius, blastRadiusCounts, type BlastRadiusEntry } from './blast-radius.ts';
export {
  createMonteCarlo,
  monteCarlo,
  type FailureGroup,
  type MonteCarloOptions,
  type MonteCarloProgress,
  type MonteCarloResult,
  type MonteCarloRun,
  type NodeFailureEstimate,
  type TypeFailureEstimate,
} from './monte-carlo.ts';
export { createRandom, isSeed, SEED_RULE, type Random } from './random.ts';
export { applyMitigation, applyMitigations, type Mitigation, type MitigationChange } from './mitigations.ts';
export { EVIDENCE_GRADES, type EvidenceGrade } from './evidence-grades.ts';
export { LAYERS, NODE_ID_PATTERN, NODE_TYPES, NODE_TYPE_NAMES, layerOf, type Layer, type NodeType } from './node-types.ts';
export { toMitigation, toScenario } from './scenario-from-file.ts';
export type { ParseOptions, ScenarioFile, ScenarioFileMitigation, UserScenarioFile } from './scenario-file.ts';
export { formatFraction, toRational } from './rational.ts';
export { graphByteLength } from './memory.ts';
