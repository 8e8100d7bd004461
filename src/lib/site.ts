/** Site-wide constants. */
export const SITE_URL = 'https://contagion-atlas.org';
export const SITE_TITLE = 'Contagion Atlas';
export const SITE_DESCRIPTION =
  'The open reference on infrastructure outage contagion: how one cloud region, RPC provider, CDN or oracle failure spreads across blockchain and DeFi services.';
export const TERM_BASE = '/terms/';
export const termUrl = (slug: string) => `${TERM_BASE}${slug}/`;
export const INCIDENT_BASE = '/incidents/';
export const incidentUrl = (slug: string) => `${INCIDENT_BASE}${slug}/`;
/** the simulator opened on one scenario (the tool reads ?sim=) */
export const simulatorUrl = (scenario: string) => `/tools/simulator/?sim=${encodeURIComponent(scenario)}`;
/**
 * The public repository the site is built from (e.g. 'https://github.com/owner/name'), for the commit
 * links of each page's "History". No public address exists yet, and a guessed one would ship broken
 * links: until it is set, History names each commit by its short revision without linking it.
 */
export const REPOSITORY_URL: string | undefined = undefined;
export const commitUrl = (revision: string) => (REPOSITORY_URL ? `${REPOSITORY_URL}/commit/${revision}` : undefined);
/** All commits that changed one file of the repository (a path such as content/terms/blast-radius.mdx). */
export const fileHistoryUrl = (file: string) => (REPOSITORY_URL ? `${REPOSITORY_URL}/commits/main/${file}` : undefined);
