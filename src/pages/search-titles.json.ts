// The typo-tolerant search's title index (src/lib/title-index.ts), fetched on first use of search.
import type { APIRoute } from 'astro';
import { getGlossary } from '../lib/glossary.ts';
import { getIncidents } from '../lib/incidents.ts';
import { titleEntries } from '../lib/title-index.ts';

export const GET: APIRoute = async () => {
  const { terms } = await getGlossary();
  const { incidents } = await getIncidents();
  const entries = titleEntries({ terms: terms.map((t) => ({ id: t.id, ...t.data })), incidents: incidents.map((i) => ({ id: i.id, ...i.data })) });
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
