/**
 * Embedding the tools in other sites: the embed page for a tool state, the <iframe> code for it, and
 * the tool a term or incident page shows (for its oEmbed answer). Pure, so the islands' "share or
 * embed" control and the static oEmbed files write the same code.
 */
import { SITE_TITLE } from '../../lib/site.ts';

export type Tool = 'simulator' | 'redundancy';

export const TOOLS: Record<Tool, { name: string; page: string; embed: string; height: number }> = {
  simulator: { name: 'Contagion simulator', page: '/tools/simulator/', embed: '/embed/simulator/', height: 760 },
  redundancy: { name: 'Redundancy calculator', page: '/tools/redundancy/', embed: '/embed/redundancy/', height: 720 },
};

/** The embed page's address for a state (the tool's own URL parameters). */
export function embedUrl(origin: string, tool: Tool, search: string | URLSearchParams): string {
  const query = String(search).replace(/^\?/, '');
  return `${new URL(TOOLS[tool].embed, origin).href}${query ? `?${query}` : ''}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <iframe> a site pastes to show the tool in that state. */
export function iframeCode(src: string, tool: Tool, title?: string): string {
  const label = `${TOOLS[tool].name}${title ? `: ${title}` : ''} (${SITE_TITLE})`;
  return `<iframe src="${attr(src)}" title="${attr(label)}" width="100%" height="${TOOLS[tool].height}" loading="lazy"></iframe>`;
}

export interface ToolState {
  tool: Tool;
  /** the tool's URL parameters for that state */
  params: URLSearchParams;
}

const attrOf = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The first tool an MDX body embeds (<ContagionSimulator scenario="…" fail="…" /> or
 * <RedundancyCalculator group="…" />), as the state its embed page opens in; null when there is none.
 */
export function toolInBody(body: string): ToolState | null {
  const tag = /<(ContagionSimulator|RedundancyCalculator)\b[^>]*>/.exec(body);
  if (!tag) return null;
  if (tag[1] === 'ContagionSimulator') {
    const scenario = attrOf(tag[0], 'scenario');
    if (!scenario) return null;
    const params = new URLSearchParams({ sim: scenario });
    const fail = attrOf(tag[0], 'fail');
    if (fail) params.set('fail', fail.split(',').map((s) => s.trim()).join(','));
    return { tool: 'simulator', params };
  }
  const group = attrOf(tag[0], 'group');
  return { tool: 'redundancy', params: group ? new URLSearchParams({ group }) : new URLSearchParams() };
}
