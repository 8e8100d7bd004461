/**
 * A reader's own scenario compressed for a share link, made once per scenario object and shared by the
 * address bar (use-share-state.ts) and the share control (import-export/ImportExport.tsx), which warns
 * when the scenario is too large for a link. The work waits for an idle moment, so an import's first
 * drawing never waits for it.
 */
import type { SimScenario } from './simulation.ts';

/** Longest encoded scenario kept in a link: links far beyond this are refused by chat and mail tools. */
export const MAX_MODEL_IN_LINK = 100_000;

const made = new WeakMap<SimScenario, Promise<string | null>>();

/** The scenario encoded for a link, or null when it would be longer than MAX_MODEL_IN_LINK characters. */
export function modelForLink(scenario: SimScenario): Promise<string | null> {
  let pending = made.get(scenario);
  if (!pending) {
    // the compressor loads only when a reader's own scenario needs a link (not in the first download)
    pending = whenIdle().then(async () => (await import('../shared/compressed-json.ts')).encodeModel(JSON.stringify(scenario), MAX_MODEL_IN_LINK));
    made.set(scenario, pending);
  }
  return pending;
}

/** Resolves when the browser is idle (at the latest after two seconds); at once outside a browser. */
function whenIdle(): Promise<void> {
  if (typeof window === 'undefined') return Promise.resolve();
  return new Promise((ok) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => ok(), { timeout: 2000 });
    else setTimeout(ok, 200);
  });
}
