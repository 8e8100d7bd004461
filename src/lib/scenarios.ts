/**
 * The simulator's scenario catalogue: every content/scenarios/*.json file, fully validated by the
 * engine's parseScenarioFile at build time (a bad file fails the build, naming the file and field).
 * The files are bundled with import.meta.glob (not read with fs at render time) because prerendering
 * runs from dist/, where a path relative to this module no longer points at content/.
 */
import { parseScenarioFile, type ScenarioFile } from '../engine/contagion/schema.ts';

const RAW = import.meta.glob<string>('../../content/scenarios/*.json', { query: '?raw', import: 'default', eager: true });

let cached: ScenarioFile[] | undefined;

export function loadScenarios(): ScenarioFile[] {
  if (cached) return cached;
  cached = Object.keys(RAW)
    .sort()
    .map((key) => {
      const file = key.slice(key.lastIndexOf('/') + 1);
      const parsed = parseScenarioFile(RAW[key]!, `content/scenarios/${file}`);
      if (`${parsed.id}.json` !== file) throw new Error(`content/scenarios/${file}: id "${parsed.id}" must match the file name`);
      return parsed;
    });
  return cached;
}

export function getScenario(id: string): ScenarioFile {
  const found = loadScenarios().find((s) => s.id === id);
  if (!found) throw new Error(`No scenario "${id}" in content/scenarios (known: ${loadScenarios().map((s) => s.id).join(', ')})`);
  return found;
}
