/**
 * The plain sentence under the two answers: why the correlated (shared-domain) answer differs from the
 * naive one that treats every failure as independent. Built from the engine's result; no maths here.
 */
import type { AvailabilityResult } from '../../engine/availability/index.ts';
import { formatRatio } from './result-text.ts';

/** Names of the shared domains that explain most downtime, most important first. */
function sharedDomains(result: AvailabilityResult): string[] {
  return (result.importance ?? [])
    .filter((e) => e.kind === 'domain' && e.dependents > 1 && e.gainIfPerfect > 0)
    .slice(0, 3)
    .map((e) => e.label);
}

function list(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'a failure domain';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function explainDifference(result: AvailabilityResult): string {
  const ratio = result.correlation?.unavailabilityRatio;
  if (ratio === undefined) return 'The independent answer cannot be computed exactly for a model this large, so only the correlated answer is shown.';
  const shared = sharedDomains(result);
  if (Math.abs(ratio - 1) < 0.01) {
    return 'The two answers agree: no failure domain is shared by parts that stand in for each other, so assuming independent failures changes nothing here.';
  }
  if (ratio > 1) {
    return `The correlated answer expects ${formatRatio(ratio)} the downtime of the naive one: ${list(shared)} ${shared.length > 1 ? 'are' : 'is'} shared by parts meant to back each other up, so one failure there takes them all down at once — the case that multiplying independent figures assumes away.`;
  }
  return `Here the naive answer is too gloomy: parts that are all needed anyway share ${list(shared)}, and the naive answer counts each failure of it once per part instead of once.`;
}
