/**
 * Import and export of dependency graphs in the formats people already have them in. Each format is its
 * own module with its own parser library, loaded on first use, so a page pays for a format only when a
 * reader imports or exports a file in it. See README.md in the contagion engine ("Import and export").
 *
 *   const { scenario, warnings, groups } = await importScenario(text);          // format detected
 *   const result = await importScenario(text, 'dot', { direction: 'to-depends-on-from' });
 *   const text = await exportScenario(scenario, 'mermaid');
 *
 * Errors are FormatErrors (ScenarioErrors with `line` and `column`, from 1, and `issues`, each located).
 */
import { detectFormat } from './detect.ts';
import { FormatError } from './format-error.ts';
import { DIRECTIONS, EXPORT_FORMATS, FORMAT_NAMES, type ExportFormatName, type FormatName, type ImportedScenario, type ImportOptions, type ImportResult } from './types.ts';
import { ScenarioError } from '../errors.ts';

export { detectFormat } from './detect.ts';
export { FormatError, FORMAT_TITLES, type LocatedIssue } from './format-error.ts';
export * from './types.ts';

type Importer = (text: string, options?: ImportOptions) => ImportResult;
type Exporter = (scenario: ImportedScenario) => string;

/** Each format's importer, loaded on demand (one chunk per format in the browser). */
export const IMPORTERS: Record<FormatName, () => Promise<Importer>> = {
  json: () => import('./json.ts').then((m) => m.importJson),
  jaeger: () => import('./jaeger.ts').then((m) => m.importJaeger),
  backstage: () => import('./backstage.ts').then((m) => m.importBackstage),
  dot: () => import('./dot.ts').then((m) => m.importDot),
  mermaid: () => import('./mermaid.ts').then((m) => m.importMermaid),
  csv: () => import('./csv.ts').then((m) => m.importCsv),
  graphml: () => import('./graphml.ts').then((m) => m.importGraphml),
};

export const EXPORTERS: Record<ExportFormatName, () => Promise<Exporter>> = {
  json: () => import('./json.ts').then((m) => m.exportJson),
  dot: () => import('./dot-export.ts').then((m) => m.exportDot),
  mermaid: () => import('./mermaid-export.ts').then((m) => m.exportMermaid),
  graphml: () => import('./graphml-export.ts').then((m) => m.exportGraphml),
  csv: () => import('./csv.ts').then((m) => m.exportCsv),
};

/** The file extension and MIME type to save each export as. */
export const EXPORT_FILES: Record<ExportFormatName, { extension: string; mime: string }> = {
  json: { extension: 'json', mime: 'application/json' },
  dot: { extension: 'gv', mime: 'text/vnd.graphviz' },
  mermaid: { extension: 'mmd', mime: 'text/plain' },
  graphml: { extension: 'graphml', mime: 'application/graphml+xml' },
  csv: { extension: 'csv', mime: 'text/csv' },
};

function checkOptions(options: unknown): ImportOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new ScenarioError('import options must be an object', ['options']);
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!['direction', 'groups', 'fileName'].includes(key)) throw new ScenarioError(`unknown import option "${key}" (known: direction, groups, fileName)`, ['options', key]);
  }
  if (o.direction !== undefined && !(DIRECTIONS as readonly unknown[]).includes(o.direction)) {
    throw new ScenarioError(`direction must be ${DIRECTIONS.map((d) => `"${d}"`).join(' or ')}, got ${JSON.stringify(o.direction)}`, ['options', 'direction']);
  }
  if (o.groups !== undefined && o.groups !== 'report' && o.groups !== 'dependencies') {
    throw new ScenarioError(`groups must be "report" or "dependencies", got ${JSON.stringify(o.groups)}`, ['options', 'groups']);
  }
  if (o.fileName !== undefined && typeof o.fileName !== 'string') throw new ScenarioError('fileName must be text', ['options', 'fileName']);
  return o as ImportOptions;
}

/** Reads a scenario from text in any format; the format is detected when not given. */
export async function importScenario(text: string, format?: FormatName, options?: ImportOptions): Promise<ImportResult> {
  const checked = checkOptions(options);
  if (typeof text !== 'string') throw new ScenarioError('the text to import must be a string');
  if (format !== undefined && !(FORMAT_NAMES as readonly string[]).includes(format)) {
    throw new ScenarioError(`unknown format ${JSON.stringify(format)} (known: ${FORMAT_NAMES.join(', ')})`, ['format']);
  }
  const chosen = format ?? detectFormat(text);
  if (chosen === null) {
    const message =
      text.trim() === ''
        ? 'the text is empty'
        : 'the format could not be recognised: choose one (scenario JSON, Jaeger dependencies JSON, Backstage catalog YAML, DOT, Mermaid flowchart, CSV edge list or GraphML)';
    throw new FormatError('json', [{ path: '', message, line: 1, column: 1 }]);
  }
  const importer = await IMPORTERS[chosen]();
  return importer(text, checked);
}

/** Writes a scenario in one of the export formats. */
export async function exportScenario(scenario: ImportedScenario, format: ExportFormatName): Promise<string> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ScenarioError(`cannot export to ${JSON.stringify(format)}: choose one of ${EXPORT_FORMATS.join(', ')}`, ['format']);
  }
  const exporter = await EXPORTERS[format]();
  return exporter(scenario);
}
