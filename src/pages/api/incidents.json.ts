/** Every incident case study (schema: src/feed/schema.ts, README). */
import { getIncidents } from '../../lib/incidents.ts';
import { incidentsFeed, jsonResponse } from '../../feed/records.ts';

export async function GET() {
  const { incidents } = await getIncidents();
  return jsonResponse(incidentsFeed(incidents));
}
