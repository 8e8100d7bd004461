/**
 * One catalogue scenario with its build-time drawing, fetched by the simulator when a reader picks it
 * (or a link names it): the tool page carries only the scenario it opens on, not all of them.
 */
import type { GetStaticPaths } from 'astro';
import { presetDrawing } from '../../../../features/simulator/layout/preset-drawings.ts';
import { loadScenarios } from '../../../../lib/scenarios.ts';
import type { ScenarioFile } from '../../../../engine/contagion/index.ts';

export const getStaticPaths = (() => loadScenarios().map((scenario) => ({ params: { id: scenario.id }, props: { scenario } }))) satisfies GetStaticPaths;

export async function GET({ props }: { props: { scenario: ScenarioFile } }) {
  const drawing = await presetDrawing(props.scenario);
  return new Response(JSON.stringify({ scenario: props.scenario, drawing }), { headers: { 'content-type': 'application/json' } });
}
