/** Static oEmbed answers for every term and incident page (see src/features/embed/oembed.ts). */
import { getGlossary } from '../../../lib/glossary.ts';
import { getIncidents } from '../../../lib/incidents.ts';
import { incidentUrl, termUrl } from '../../../lib/site.ts';
import { toolInBody, type ToolState } from '../../../features/embed/embed-code.ts';
import { oembedAnswer } from '../../../features/embed/oembed.ts';
import { jsonResponse } from '../../../feed/records.ts';

interface Props {
  path: string;
  title: string;
  tool: ToolState | null;
}

export async function getStaticPaths() {
  const { terms } = await getGlossary();
  const { incidents } = await getIncidents();
  return [
    ...terms.map((t) => ({ params: { page: `terms/${t.id}` }, props: { path: termUrl(t.id), title: t.data.title, tool: toolInBody(t.body ?? '') } })),
    ...incidents.map((i) => ({
      params: { page: `incidents/${i.id}` },
      props: {
        path: incidentUrl(i.id),
        title: i.data.title,
        // an incident with a scenario replays it; otherwise whatever tool its prose embeds
        tool: i.data.scenario ? { tool: 'simulator' as const, params: new URLSearchParams({ sim: i.data.scenario }) } : toolInBody(i.body ?? ''),
      },
    })),
  ];
}

export function GET({ props }: { props: Props }) {
  return jsonResponse(oembedAnswer(props), 'application/json+oembed');
}
