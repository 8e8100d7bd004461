/** One term's feed record, for a glossary that links a single entry (and for the preview script). */
import type { GetStaticPaths } from 'astro';
import { getGlossary, type TermEntry } from '../../../lib/glossary.ts';
import { jsonResponse, termRecord } from '../../../feed/records.ts';

export const getStaticPaths = (async () => {
  const { terms } = await getGlossary();
  return terms.map((term) => ({ params: { slug: term.id }, props: { term } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { term: TermEntry } }) {
  return jsonResponse(termRecord(props.term));
}
