/**
 * The catalogue of preset scenarios as the island holds it: the ones already here (the one the page
 * opened on, with its drawing) and the rest by id and title, fetched from the build's
 * /tools/simulator/presets/<id>.json when first chosen. Keeps the tool page's first download to one
 * scenario instead of every scenario (they were 140 KB of island properties to parse on hydration).
 */
import type { Drawing } from './layout/drawing.ts';
import type { SimScenario } from './simulation.ts';

export interface CatalogueEntry {
  id: string;
  title: string;
}

export interface LoadedPreset {
  scenario: SimScenario;
  drawing?: Drawing;
}

export const presetUrl = (toolUrl: string, id: string) => `${toolUrl}presets/${encodeURIComponent(id)}.json`;

/** Fetches one preset; rejects with a message a reader can act on. */
export async function fetchPreset(toolUrl: string, id: string): Promise<LoadedPreset> {
  let response: Response;
  try {
    response = await fetch(presetUrl(toolUrl, id));
  } catch {
    throw new Error(`The scenario “${id}” could not be loaded: the network request failed. Check the connection and choose it again.`);
  }
  if (!response.ok) throw new Error(`The scenario “${id}” could not be loaded (HTTP ${response.status}).`);
  const body = (await response.json()) as { scenario?: SimScenario; drawing?: Drawing };
  if (!body.scenario || body.scenario.id !== id || !Array.isArray(body.scenario.nodes)) throw new Error(`The scenario “${id}” came back malformed; reload the page and try again.`);
  return { scenario: body.scenario, drawing: body.drawing };
}
