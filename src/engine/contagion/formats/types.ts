/**
 * Public types of the format layer: which formats exist, what an import returns, and the options.
 */
import type { UserScenarioFile } from '../scenario-file.ts';

export const FORMAT_NAMES = ['json', 'jaeger', 'backstage', 'dot', 'mermaid', 'csv', 'graphml'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Formats a scenario can be written to (Jaeger and Backstage describe systems we only read). */
export const EXPORT_FORMATS = ['json', 'dot', 'mermaid', 'graphml', 'csv'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

/**
 * Which way an edge points, for formats whose arrows do not say: `from-depends-on-to` (the default: `a -> b`
 * means a needs b, as in package, build and call graphs) or `to-depends-on-from` (`a -> b` means b needs a,
 * as in data-flow and "feeds into" diagrams). Jaeger, Backstage and our JSON carry their meaning and ignore it.
 */
export type Direction = 'from-depends-on-to' | 'to-depends-on-from';
export const DIRECTIONS: readonly Direction[] = ['from-depends-on-to', 'to-depends-on-from'];

/** Formats whose edges can be read either way (the UI offers a toggle for these). */
export const DIRECTED_AMBIGUOUS: readonly FormatName[] = ['dot', 'mermaid', 'csv', 'graphml'];

export interface ImportOptions {
  /** See Direction; default 'from-depends-on-to'. */
  direction?: Direction;
  /**
   * What to do with groups (DOT clusters, Mermaid subgraphs, yEd group nodes, Backstage systems):
   * 'report' (default) lists them in `groups` only; 'dependencies' also adds one node per group that
   * every member depends on, so failing the group fails its members (a shared failure domain).
   */
  groups?: 'report' | 'dependencies';
  /** Used in messages and as the scenario id when the file does not give one. */
  fileName?: string;
}

/** The evidence grade of a node or an edge (scenario files; see the contagion README). Absent = unstated. */
export type EvidenceGrade = 'reported' | 'inferred' | 'assumed';
export const EVIDENCE_GRADES: readonly EvidenceGrade[] = ['reported', 'inferred', 'assumed'];

/** Evidence fields, optional everywhere an import produces them. */
export interface Graded {
  evidence?: EvidenceGrade;
  sources?: string[];
  note?: string;
}

export type ImportedNode = UserScenarioFile['nodes'][number] & Graded;
export type ImportedEdge = UserScenarioFile['edges'][number] & Graded;
export type ImportedScenario = Omit<UserScenarioFile, 'nodes' | 'edges'> & { nodes: ImportedNode[]; edges: ImportedEdge[] };

/** Something dropped or guessed. Repeated warnings of one kind are counted, located at the first. */
export interface ImportWarning {
  code: WarningCode;
  message: string;
  line?: number;
  column?: number;
  /** How many times it happened (the message describes the first). */
  count: number;
}

export type WarningCode =
  | 'self-loop'
  | 'duplicate-edge'
  | 'unknown-attribute'
  | 'unknown-value'
  | 'type-guessed'
  | 'trigger-guessed'
  | 'ids-changed'
  | 'undirected'
  | 'dropped'
  | 'option-ignored'
  | 'group';

/** A group of nodes the file draws together (cluster, subgraph, group node, Backstage system). */
export interface ImportedGroup {
  /** A scenario id (the group's node id when groups are 'dependencies'). */
  id: string;
  label: string;
  /** Scenario node ids. */
  members: string[];
  line: number;
  column: number;
}

export interface ImportResult {
  format: FormatName;
  scenario: ImportedScenario;
  warnings: ImportWarning[];
  groups: ImportedGroup[];
}
