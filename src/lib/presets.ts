/**
 * The redundancy calculator's presets: every content/presets/*.json file, validated at build time (a bad
 * file fails the build, naming the file and the field) and put in the calculator's order. Bundled with
 * import.meta.glob, as the scenarios are (see scenarios.ts), because prerendering runs from dist/.
 */
import { orderPresetGroups, parsePresetFile, type PresetGroup } from './preset-schema.ts';

const RAW = import.meta.glob<string>('../../content/presets/*.json', { query: '?raw', import: 'default', eager: true });

let cached: PresetGroup[] | undefined;

export function loadPresetGroups(): PresetGroup[] {
  cached ??= orderPresetGroups(Object.keys(RAW).map((key) => parsePresetFile(RAW[key]!, `content/presets/${key.slice(key.lastIndexOf('/') + 1)}`)));
  return cached;
}
