/**
 * The term diagrams, by term slug. A term page draws the one for its slug, right after its short
 * definition; the OpenGraph image of that term draws it too.
 */
import type { Diagram } from './drawing.ts';
import { diagram as availability } from './availability-and-the-nines.ts';
import { diagram as blastRadius } from './blast-radius.ts';
import { diagram as cascading } from './cascading-failure.ts';
import { diagram as cdn } from './cdn-dependency.ts';
import { diagram as commonCause } from './common-cause-failure.ts';
import { diagram as correlated } from './correlated-failure.ts';
import { diagram as failureDomain } from './failure-domain.ts';
import { diagram as contagion } from './infrastructure-outage-contagion.ts';
import { diagram as kOfN } from './k-of-n-redundancy.ts';
import { diagram as rpc } from './rpc-provider.ts';
import { diagram as spof } from './single-point-of-failure.ts';
import { diagram as systemic } from './systemic-risk-and-contagion.ts';

export type { Diagram } from './drawing.ts';

export const DIAGRAMS: ReadonlyMap<string, Diagram> = new Map(
  [contagion, spof, correlated, commonCause, kOfN, blastRadius, failureDomain, cascading, systemic, rpc, cdn, availability].map((d) => [d.slug, d]),
);

export function diagramFor(slug: string): Diagram | undefined {
  return DIAGRAMS.get(slug);
}
