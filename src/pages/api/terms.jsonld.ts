/** The whole glossary as one schema.org DefinedTermSet document (JSON-LD). */
import { getGlossary } from '../../lib/glossary.ts';
import { definedTermSetDocument } from '../../feed/defined-term-set.ts';
import { jsonResponse } from '../../feed/records.ts';

export async function GET() {
  const { terms } = await getGlossary();
  return jsonResponse(definedTermSetDocument(terms), 'application/ld+json');
}
