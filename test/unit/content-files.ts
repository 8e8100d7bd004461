/** Loads every term, incident and calculator preset file from content/ for tests, validated as the build validates them. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildTermIndex, readFrontmatter, termFiles } from '../../src/lib/term-index.ts';
import { termSchema, type TermData } from '../../src/lib/term-schema.ts';
import { incidentSchema, type IncidentData } from '../../src/lib/incident-schema.ts';
import { orderPresetGroups, parsePresetFile, type PresetGroup } from '../../src/lib/preset-schema.ts';

export const TERMS_DIR = fileURLToPath(new URL('../../content/terms/', import.meta.url));
export const INCIDENTS_DIR = fileURLToPath(new URL('../../content/incidents/', import.meta.url));
export const SCENARIOS_DIR = fileURLToPath(new URL('../../content/scenarios/', import.meta.url));
export const PRESETS_DIR = fileURLToPath(new URL('../../content/presets/', import.meta.url));

export interface TermFile {
  slug: string;
  file: string;
  body: string;
  raw: Record<string, unknown>;
  parsed: ReturnType<typeof termSchema.safeParse>;
  data: TermData | undefined;
}

export function loadTermFiles(): TermFile[] {
  return termFiles(TERMS_DIR).map((file) => {
    const text = readFileSync(file, 'utf8');
    const raw = readFrontmatter(file);
    const parsed = termSchema.safeParse(raw);
    return {
      slug: file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, ''),
      file: file.replace(/^.*content[\\/]/, 'content/'),
      body: text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''),
      raw,
      parsed,
      data: parsed.success ? parsed.data : undefined,
    };
  });
}

export const termIndex = () => buildTermIndex(TERMS_DIR);

export interface IncidentFile {
  slug: string;
  file: string;
  body: string;
  parsed: ReturnType<ReturnType<typeof incidentSchema>['safeParse']>;
  data: IncidentData | undefined;
}

export const scenarioIds = () => new Set(readdirSync(SCENARIOS_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')));

/** Incidents validated as the build validates them: related terms and scenario must exist. */
export function loadIncidentFiles(): IncidentFile[] {
  const schema = incidentSchema({ terms: new Set(termIndex().entries.keys()), scenarios: scenarioIds() });
  return termFiles(INCIDENTS_DIR).map((file) => {
    const text = readFileSync(file, 'utf8');
    const parsed = schema.safeParse(readFrontmatter(file));
    return {
      slug: file.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, ''),
      file: file.replace(/^.*content[\\/]/, 'content/'),
      body: text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''),
      parsed,
      data: parsed.success ? parsed.data : undefined,
    };
  });
}

/** The calculator's preset groups, read and validated as the build reads them, in the calculator's order. */
export function loadPresetGroups(): PresetGroup[] {
  const files = readdirSync(PRESETS_DIR).filter((f) => f.endsWith('.json')).sort();
  return orderPresetGroups(files.map((f) => parsePresetFile(readFileSync(PRESETS_DIR + f, 'utf8'), `content/presets/${f}`)));
}

export const PRESET_GROUPS: readonly PresetGroup[] = loadPresetGroups();
