/** Every term, for other glossaries (schema: src/feed/schema.ts, README). */
import { getGlossary } from '../../lib/glossary.ts';
import { jsonResponse, termsFeed } from '../../feed/records.ts';

export async function GET() {
  const { terms } = await getGlossary();
  return jsonResponse(termsFeed(terms));
}
