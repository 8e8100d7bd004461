/**
 * The calculator's state in the page URL, so a shared link restores what the reader saw:
 *   ?group=<preset group>&time=calendar|gregorian&slo=<target>&edits=<compressed JSON>
 * `edits` maps strategy ids to the reader's edited systems (deflate-raw + base64url, as the simulator
 * does). Everything read back is checked: the group and time against the known ones, the SLO with the
 * field parser, and every edited system with the engine's own reader (parseSystem, which needs no zod).
 * Anything bad is reported and replaced by the preset, never trusted.
 */
import { AvailabilityError, parseSystem, type SystemDescription, type TimeConvention } from '../../engine/availability/index.ts';
import type { PresetGroup } from '../../lib/preset-schema.ts';
import { decodeModel } from '../shared/compressed-json.ts';
import { parseSlo } from './calculator-fields.ts';

export interface ShareState {
  group: string;
  convention: TimeConvention;
  slo: number;
}

export interface ReadShare {
  state: Partial<ShareState>;
  /** the encoded edits, still to be decoded and validated */
  edits: string | null;
  problems: string[];
}

/** More than this many characters of edits is not a link this calculator wrote. */
const MAX_EDITS_LENGTH = 100_000;

export function readShareParams(params: URLSearchParams, groups: readonly PresetGroup[]): ReadShare {
  const problems: string[] = [];
  const state: Partial<ShareState> = {};
  const group = params.get('group');
  if (group !== null) {
    if (groups.some((g) => g.id === group)) state.group = group;
    else problems.push('The link names a preset that does not exist; showing the first preset instead.');
  }
  const time = params.get('time');
  if (time !== null) {
    if (time === 'calendar' || time === 'gregorian') state.convention = time;
    else problems.push('The link’s time convention is neither “calendar” nor “gregorian”; using the 365-day year.');
  }
  const slo = params.get('slo');
  if (slo !== null) {
    const parsed = parseSlo(slo, { typedByReader: false });
    if (parsed.ok) state.slo = parsed.value;
    else problems.push(`The link’s SLO could not be used (${parsed.error}); using the default target.`);
  }
  let edits = params.get('edits');
  if (edits !== null && (edits.length > MAX_EDITS_LENGTH || !/^[A-Za-z0-9_-]+$/.test(edits))) {
    problems.push('The edits in the link are not in the form this calculator writes; showing the presets unedited.');
    edits = null;
  }
  return { state, edits, problems };
}

export function writeShareParams(params: URLSearchParams, state: ShareState, edits: string | null): void {
  params.set('group', state.group);
  params.set('time', state.convention);
  params.set('slo', String(state.slo));
  if (edits) params.set('edits', edits);
  else params.delete('edits');
}

export { encodeEdits } from '../shared/calculator-edits.ts';

/**
 * Decodes and validates edits for one group. Unknown strategies and invalid systems are dropped with a
 * message each; the rest are returned as parsed by the engine.
 */
export async function decodeEdits(encoded: string, group: PresetGroup): Promise<{ edits: Map<string, SystemDescription>; problems: string[] }> {
  const edits = new Map<string, SystemDescription>();
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(await decodeModel(encoded, 500_000));
  } catch {
    return { edits, problems: ['The edits in the link could not be read (the link may be cut short); showing the presets unedited.'] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { edits, problems: ['The edits in the link are not a set of systems; showing the presets unedited.'] };
  }
  for (const [id, system] of Object.entries(data)) {
    const strategy = group.strategies.find((s) => s.id === id);
    if (!strategy) {
      problems.push(`The link edits a strategy this preset does not have (“${id.slice(0, 40)}”); ignored.`);
      continue;
    }
    try {
      edits.set(id, parseSystem(system));
    } catch (e) {
      const detail = e instanceof AvailabilityError ? e.message : 'not a system description';
      problems.push(`The link’s version of “${strategy.label}” is not valid (${detail.slice(0, 200)}); showing the preset instead.`);
    }
  }
  return { edits, problems };
}
