/** One incident's feed record. */
import type { GetStaticPaths } from 'astro';
import { getIncidents, type IncidentEntry } from '../../../lib/incidents.ts';
import { incidentRecord, jsonResponse } from '../../../feed/records.ts';

export const getStaticPaths = (async () => {
  const { incidents } = await getIncidents();
  return incidents.map((incident) => ({ params: { slug: incident.id }, props: { incident } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { incident: IncidentEntry } }) {
  return jsonResponse(incidentRecord(props.incident));
}
