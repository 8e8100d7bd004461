/**
 * Which incidents illustrate which term, worked out from each incident's own data rather than kept by
 * hand, so that the term pages ("Case studies") and the incident pages ("Terms this incident
 * illustrates") are two views of one relation. An incident illustrates a term when
 *
 *  1. it names the term in its `related` list (the author's judgement), or
 *  2. its account links to the term (a [[wiki-link]] in its prose), or
 *  3. a component of the kind the term is about failed in it: its scenario's record of what happened
 *     (`expected.down` and `expected.degraded`) holds a node of that type (a CDN for cdn-dependency,
 *     an RPC provider for rpc-provider, and so on: COMPONENT_TERMS), or
 *  4. for the central term, infrastructure outage contagion: the failure spread beyond the layer it
 *     started in, that is the incident's `layers` (where things failed) are two or more. A fault that
 *     stayed in one layer is not contagion: CrowdStrike's 2024 update crashed Windows hosts, and
 *     neither chains nor venues went down with it (the central term calls it a negative control).
 *
 * Pure, so the pages and the tests share one definition.
 */
import type { Layer, NodeType } from '../engine/contagion/index.ts';

export const CENTRAL_TERM = 'infrastructure-outage-contagion';

/** The term about each kind of component: when one failed in an incident, the incident illustrates it. */
export const COMPONENT_TERMS: Partial<Record<NodeType, string>> = {
  cloud_region: 'failure-domain',
  cloud_az: 'failure-domain',
  cdn: 'cdn-dependency',
  client_software: 'client-diversity',
  sequencer: 'sequencer',
  rpc_provider: 'rpc-provider',
  rpc_aggregator: 'rpc-provider',
  oracle_feed: 'oracle',
};

export interface CaseStudySource {
  id: string;
  start: Date;
  /** the incident's `related` terms, in the author's order */
  related: readonly string[];
  /** the terms its prose links to */
  linked?: readonly string[];
  /** the layers in which something failed */
  layers?: readonly Layer[];
  /** the types of the scenario's components that were down or degraded in the incident */
  failedTypes?: readonly NodeType[];
}

/** Why an incident is listed under a term, most deliberate first. */
export type Reason = 'related' | 'linked' | 'component' | 'spread';

/** Newest first; ties by id so the order never depends on file order. */
export const byNewest = (a: { id: string; start: Date }, b: { id: string; start: Date }) => +b.start - +a.start || a.id.localeCompare(b.id);

/** The terms one incident illustrates, each once, with the first reason that holds: `related` in the author's order first. */
export function illustratedTerms(incident: CaseStudySource): Map<string, Reason> {
  const out = new Map<string, Reason>();
  const add = (term: string | undefined, reason: Reason) => {
    if (term !== undefined && !out.has(term)) out.set(term, reason);
  };
  for (const t of incident.related) add(t, 'related');
  for (const t of incident.linked ?? []) add(t, 'linked');
  for (const type of incident.failedTypes ?? []) add(COMPONENT_TERMS[type], 'component');
  if (new Set(incident.layers ?? []).size >= 2) add(CENTRAL_TERM, 'spread');
  return out;
}

/** For every term, the incidents that illustrate it, newest first. */
export function caseStudiesByTerm(incidents: readonly CaseStudySource[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const incident of [...incidents].sort(byNewest)) {
    for (const term of illustratedTerms(incident).keys()) {
      const list = out.get(term) ?? [];
      list.push(incident.id);
      out.set(term, list);
    }
  }
  return out;
}

/** The types of a scenario's components that were down or degraded in the real incident (its `expected`). */
export function failedTypes(scenario: { nodes: readonly { id: string; type: NodeType }[]; expected: { down: readonly string[]; degraded: readonly string[] } }): NodeType[] {
  const failed = new Set([...scenario.expected.down, ...scenario.expected.degraded]);
  return [...new Set(scenario.nodes.filter((n) => failed.has(n.id)).map((n) => n.type))];
}
