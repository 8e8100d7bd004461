/**
 * A component's own availability (the chance it is up by itself, its dependencies aside) when the reader
 * gives none: by type. Two figures are sourced, the rest are illustrative planning figures and say so.
 *  - 99.99% for a cloud region and 99.5% for one server: the Amazon Compute Service Level Agreement
 *    (Region-Level and Instance-Level SLA), AWS, version of 5 May 2022,
 *    https://aws.amazon.com/compute/sla/historical/ (the figures the redundancy calculator's presets use;
 *    an SLA is a commitment backed by credits, not a measurement).
 */
import type { NodeType } from '../contagion/index.ts';

export interface AvailabilityDefault {
  availability: number;
  note: string;
}

const REGION_SLA = 'AWS Region-Level SLA (99.99%), Amazon Compute Service Level Agreement, 2022';
const INSTANCE_SLA = 'AWS Instance-Level SLA (99.5%), Amazon Compute Service Level Agreement, 2022';
const ILLUSTRATIVE = 'illustrative: a typical figure for planning, not a measurement; set your own';

const illustrative = (availability: number): AvailabilityDefault => ({ availability, note: ILLUSTRATIVE });

export const AVAILABILITY_DEFAULTS: Record<NodeType, AvailabilityDefault> = {
  cloud_region: { availability: 0.9999, note: REGION_SLA },
  cloud_az: illustrative(0.9995),
  cloud_service: illustrative(0.9995),
  hosting_provider: illustrative(0.9995),
  cdn: illustrative(0.9999),
  server: { availability: 0.995, note: INSTANCE_SLA },
  client_software: illustrative(0.9999),
  endpoint_agent: illustrative(0.9999),
  validator_set: illustrative(0.9999),
  chain: illustrative(0.9999),
  sequencer: illustrative(0.999),
  rpc_provider: illustrative(0.999),
  rpc_aggregator: illustrative(0.999),
  oracle_feed: illustrative(0.999),
  indexer: illustrative(0.999),
  backend: illustrative(0.999),
  wallet: illustrative(0.999),
  frontend: illustrative(0.999),
  explorer: illustrative(0.999),
  cex: illustrative(0.999),
  dex: illustrative(0.999),
  perp_venue: illustrative(0.999),
  lending_protocol: illustrative(0.999),
  other: illustrative(0.999),
};

/** For a type the table does not know (a scenario built elsewhere). */
export const FALLBACK_DEFAULT: AvailabilityDefault = illustrative(0.999);
