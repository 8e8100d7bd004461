/** The feed's schemas as JSON Schema, generated from the zod schemas the site tests validate with. */
import { z } from 'zod';
import { incidentsFeedSchema, termsFeedSchema } from '../../../feed/schema.ts';
import { jsonResponse } from '../../../feed/records.ts';
import { SITE_URL } from '../../../lib/site.ts';

const SCHEMAS = { terms: termsFeedSchema, incidents: incidentsFeedSchema } as const;

export function getStaticPaths() {
  return Object.keys(SCHEMAS).map((feed) => ({ params: { feed } }));
}

export function GET({ params }: { params: { feed: keyof typeof SCHEMAS } }) {
  return jsonResponse({ $id: `${SITE_URL}/api/schema/${params.feed}.json`, ...z.toJSONSchema(SCHEMAS[params.feed]) });
}
