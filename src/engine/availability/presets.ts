/**
 * Preset comparisons for the redundancy calculator: each group asks one question and offers strategies
 * to compare side by side. Everything here is plain data (the small helpers only spell it out).
 *
 * Where the numbers come from. Sourced figures:
 *  - 99.5% for one compute instance and 99.99% for a region: the Amazon Compute Service Level Agreement
 *    (Instance-Level SLA and Region-Level SLA), AWS, version of 5 May 2022,
 *    https://aws.amazon.com/compute/sla/historical/ . An SLA is a commitment backed by service credits,
 *    not a measured availability; it is used here as the customary planning figure.
 *  - Stake shares in the Solana strategy: about 20% of stake on Hetzner, and about 65% on Hetzner,
 *    Equinix and AWS together in August 2022 (Decrypt, November 2022; the sources of
 *    content/scenarios/hetzner-solana-2022.json).
 * Every other number is illustrative (a typical figure, not a measurement) and says so in its `note`.
 */
import type { Block, FailureDomain, SystemDescription } from './types.ts';

export interface PresetStrategy {
  id: string;
  label: string;
  description: string;
  system: SystemDescription;
}

export interface PresetSource {
  title: string;
  publisher: string;
  year: number;
  url: string;
  note: string;
}

export interface PresetGroup {
  id: string;
  title: string;
  question: string;
  /** Where the numbers come from, in words. */
  note: string;
  sources: PresetSource[];
  strategies: PresetStrategy[];
}

const AWS_COMPUTE_SLA: PresetSource = {
  title: 'Amazon Compute Service Level Agreement (prior version)',
  publisher: 'Amazon Web Services',
  year: 2022,
  url: 'https://aws.amazon.com/compute/sla/historical/',
  note: 'Region-Level SLA 99.99% for deployments across two or more AZs; Instance-Level SLA 99.5% for a single EC2 instance',
};

const INSTANCE = 0.995; // AWS Instance-Level SLA
const REGION = 0.9999; // AWS Region-Level SLA
const PROVIDER_WIDE = 0.99999; // illustrative
const INSTANCE_NOTE = 'AWS Instance-Level SLA (99.5%), used as a typical single-server figure';
const REGION_NOTE = 'AWS Region-Level SLA (99.99%)';
const PROVIDER_NOTE = 'illustrative: provider-wide failures (global control plane, DNS, identity) about 5 minutes a year';

const component = (id: string, availability: number, domains: string[], note: string, label?: string): Block => ({
  type: 'component',
  id,
  ...(label ? { label } : {}),
  availability,
  domains,
  note,
});

const anyOf = (id: string, label: string, parts: Block[]): Block => ({ type: 'k-of-n', id, label, k: 1, parts });

const provider = (id: string, label: string): FailureDomain => ({ id, label, kind: 'provider', availability: PROVIDER_WIDE, note: PROVIDER_NOTE });
const region = (id: string, label: string, parent: string): FailureDomain => ({ id, label, kind: 'region', parent, availability: REGION, note: REGION_NOTE });

// --- RPC access -------------------------------------------------------------------------------------

const rpcDomains: FailureDomain[] = [
  provider('provider-a', 'Provider A'),
  region('a-region-1', 'Provider A, region 1', 'provider-a'),
  region('a-region-2', 'Provider A, region 2', 'provider-a'),
  region('a-region-3', 'Provider A, region 3', 'provider-a'),
  provider('provider-b', 'Provider B'),
  region('b-region-1', 'Provider B, region 1', 'provider-b'),
  provider('provider-c', 'Provider C'),
  region('c-region-1', 'Provider C, region 1', 'provider-c'),
];

const endpoint = (n: number, where: string): Block => component(`endpoint-${n}`, INSTANCE, [where], INSTANCE_NOTE, `RPC endpoint ${n}`);

const rpcAccess: PresetGroup = {
  id: 'rpc-access',
  title: 'RPC access: one provider, one region, or three providers',
  question: 'Your dApp needs one working RPC endpoint. What do three endpoints buy if they share a region, a provider, or nothing?',
  note: `Endpoints: ${INSTANCE_NOTE}. Regions: ${REGION_NOTE}. Providers: ${PROVIDER_NOTE}.`,
  sources: [AWS_COMPUTE_SLA],
  strategies: [
    {
      id: 'single-endpoint',
      label: 'One endpoint',
      description: 'A single RPC endpoint in one region of one provider.',
      system: { domains: rpcDomains, root: endpoint(1, 'a-region-1') },
    },
    {
      id: 'three-endpoints-one-region',
      label: 'Three endpoints, one region',
      description: 'Three endpoints, any one is enough, all in the same region of the same provider.',
      system: { domains: rpcDomains, root: anyOf('rpc', 'Any RPC endpoint', [endpoint(1, 'a-region-1'), endpoint(2, 'a-region-1'), endpoint(3, 'a-region-1')]) },
    },
    {
      id: 'three-regions-one-provider',
      label: 'Three regions, one provider',
      description: 'Three endpoints in three regions of the same provider: a provider-wide failure still takes all of them.',
      system: { domains: rpcDomains, root: anyOf('rpc', 'Any RPC endpoint', [endpoint(1, 'a-region-1'), endpoint(2, 'a-region-2'), endpoint(3, 'a-region-3')]) },
    },
    {
      id: 'three-providers',
      label: 'Three providers',
      description: 'Three endpoints with three different providers.',
      system: { domains: rpcDomains, root: anyOf('rpc', 'Any RPC endpoint', [endpoint(1, 'a-region-1'), endpoint(2, 'b-region-1'), endpoint(3, 'c-region-1')]) },
    },
  ],
};

// --- Validator quorum placement -------------------------------------------------------------------------

const VALIDATOR = 0.99;
const VALIDATOR_NOTE = 'illustrative: a validator node down about 3.7 days a year (crashes, upgrades, operator error)';
const LOCATION = 0.999;
const LOCATION_NOTE = 'illustrative: a hosting location (data centre or hosting company site) down about 8.8 hours a year';

const locations = (n: number): FailureDomain[] =>
  Array.from({ length: n }, (_, i) => ({ id: `location-${i + 1}`, label: `Location ${i + 1}`, kind: 'location', availability: LOCATION, note: LOCATION_NOTE }));

const quorum = (where: string[]): SystemDescription => ({
  domains: locations(new Set(where).size),
  root: {
    type: 'k-of-n',
    id: 'quorum',
    label: 'Consensus quorum (3 of 4 validators)',
    k: 3,
    parts: where.map((loc, i) => component(`validator-${i + 1}`, VALIDATOR, [loc], VALIDATOR_NOTE, `Validator ${i + 1}`)),
  },
});

const validatorPlacement: PresetGroup = {
  id: 'validator-placement',
  title: 'Validator quorum placement: 3 of 4 in one place, 2 + 2, or 1 + 1 + 1 + 1',
  question: 'A BFT network of four validators needs three to make progress. Where should the four run?',
  note: `Validators: ${VALIDATOR_NOTE}. Locations: ${LOCATION_NOTE}.`,
  sources: [],
  strategies: [
    { id: 'one-location', label: 'All four in one location', description: 'One location failure stops the quorum.', system: quorum(['location-1', 'location-1', 'location-1', 'location-1']) },
    { id: 'split-two-two', label: 'Two locations, two each', description: 'Either location failing removes two validators, more than the one the quorum can lose: two places to fail instead of one.', system: quorum(['location-1', 'location-1', 'location-2', 'location-2']) },
    { id: 'spread-four', label: 'Four locations, one each', description: 'A location failure costs one validator, which the quorum tolerates.', system: quorum(['location-1', 'location-2', 'location-3', 'location-4']) },
  ],
};

// --- Stake across hosting providers ------------------------------------------------------------------------

const HOST = 0.999;
const HOST_NOTE = 'illustrative: a hosting provider unavailable to its validators about 8.8 hours a year (outage or policy change)';

interface StakeSplit {
  host: string;
  label: string;
  validators: number;
  stakeEach: number;
}

const stakeSystem = (splits: StakeSplit[], note: string): SystemDescription => {
  const parts: Block[] = [];
  const weights: number[] = [];
  for (const s of splits) {
    for (let i = 1; i <= s.validators; i++) {
      parts.push(component(`${s.host}-validator-${i}`, VALIDATOR, [s.host], VALIDATOR_NOTE, `${s.label} validator ${i}`));
      weights.push(s.stakeEach);
    }
  }
  return {
    note,
    domains: splits.map((s) => ({ id: s.host, label: s.label, kind: 'provider', availability: HOST, note: HOST_NOTE })),
    root: { type: 'threshold', id: 'finality', label: 'Finality: more than two thirds of stake online', share: 2 / 3, comparison: 'more-than', weights, parts },
  };
};

const stakeHosting: PresetGroup = {
  id: 'stake-hosting',
  title: 'Stake across hosting providers against a two-thirds threshold',
  question: 'Blocks finalise only while more than two thirds of the stake is online. How concentrated can hosting be?',
  note: `Validators: ${VALIDATOR_NOTE}. Hosts: ${HOST_NOTE}. The first strategy's stake shares are sourced; the others are illustrative.`,
  sources: [
    {
      title: '¿Es Solana realmente descentralizada? (Hetzner, November 2022)',
      publisher: 'Decrypt',
      year: 2022,
      url: 'https://decrypt.co/es/113558/solana-realmente-descentralizada-censura-proveedor-servicios-debate',
      note: 'about 20% of stake on Hetzner; Hetzner, Equinix and AWS about 65% of stake in August 2022',
    },
  ],
  strategies: [
    {
      id: 'solana-2022',
      label: 'Solana, August 2022 (as sourced)',
      description: 'Hetzner about 20% of stake, Equinix and AWS together about 45%, every other host about 35%, in a few validators each.',
      system: stakeSystem(
        [
          { host: 'hetzner', label: 'Hetzner', validators: 2, stakeEach: 10 },
          { host: 'equinix-aws', label: 'Equinix and AWS', validators: 3, stakeEach: 15 },
          { host: 'other-hosts', label: 'Every other host', validators: 5, stakeEach: 7 },
        ],
        'Stake shares from Decrypt (November 2022); splitting each host into a few equal validators is illustrative.',
      ),
    },
    {
      id: 'one-host-above-a-third',
      label: 'One host above a third',
      description: 'One host carries 35% of the stake: its failure alone stops finality.',
      system: stakeSystem(
        [
          { host: 'big-host', label: 'Big host', validators: 5, stakeEach: 7 },
          { host: 'host-2', label: 'Host 2', validators: 5, stakeEach: 5 },
          { host: 'host-3', label: 'Host 3', validators: 5, stakeEach: 4 },
          { host: 'host-4', label: 'Host 4', validators: 4, stakeEach: 5 },
        ],
        'Illustrative stake split.',
      ),
    },
    {
      id: 'seven-hosts',
      label: 'Seven hosts, one seventh each',
      description: 'Two hosts down at once still leave more than two thirds (5/7) online.',
      system: stakeSystem(
        Array.from({ length: 7 }, (_, i) => ({ host: `host-${i + 1}`, label: `Host ${i + 1}`, validators: 2, stakeEach: 1 })),
        'Illustrative stake split.',
      ),
    },
  ],
};

// --- Front end behind one CDN or two ------------------------------------------------------------------------

const CDN = 0.9995;
const CDN_NOTE = 'illustrative: a CDN-wide outage about 4.4 hours a year';
const DNS_NOTE = 'illustrative: managed DNS, about 5 minutes a year';
const CONFIG_NOTE = 'illustrative: this site\'s own configuration on the CDN (bad deploys, expired certificates), about 53 minutes a year';

const cdnDomains: FailureDomain[] = [
  { id: 'cdn-a', label: 'CDN A', kind: 'cdn', availability: CDN, note: CDN_NOTE },
  { id: 'cdn-b', label: 'CDN B', kind: 'cdn', availability: CDN, note: CDN_NOTE },
  provider('cloud', 'Cloud provider'),
  region('origin-region', 'Origin region', 'cloud'),
];

const dns = component('dns', 0.99999, [], DNS_NOTE, 'DNS');
const origin = component('origin', REGION, ['origin-region'], 'static files in object storage, taken at the region\'s figure (AWS Region-Level SLA, 99.99%)', 'Origin');
const edge = (cdn: string, label: string) => component(`${cdn}-config`, 0.9999, [cdn], CONFIG_NOTE, label);

const frontEnd: PresetGroup = {
  id: 'frontend-cdn',
  title: 'A front end behind one CDN or two',
  question: 'The dApp\'s web front end is served through a CDN. What does a second CDN buy?',
  note: `CDNs: ${CDN_NOTE}. DNS: ${DNS_NOTE}. Origin region: ${REGION_NOTE}. Cloud provider: ${PROVIDER_NOTE}.`,
  sources: [AWS_COMPUTE_SLA],
  strategies: [
    {
      id: 'one-cdn',
      label: 'One CDN',
      description: 'DNS, one CDN, the origin: every part is needed.',
      system: { domains: cdnDomains, root: { type: 'series', id: 'front-end', label: 'Front end', parts: [dns, edge('cdn-a', 'CDN A edge'), origin] } },
    },
    {
      id: 'two-cdns',
      label: 'Two CDNs',
      description: 'DNS steers visitors to whichever of two CDNs is up; both pull from the same origin.',
      system: {
        domains: cdnDomains,
        root: { type: 'series', id: 'front-end', label: 'Front end', parts: [dns, anyOf('edge', 'Either CDN', [edge('cdn-a', 'CDN A edge'), edge('cdn-b', 'CDN B edge')]), origin] },
      },
    },
  ],
};

// --- Hyperscaler-dependent exchange --------------------------------------------------------------------------

const ZONE = 0.999;
const ZONE_NOTE = 'illustrative: an availability zone down about 8.8 hours a year';
const SERVICES = ['api-gateway', 'matching-engine', 'wallet-service', 'database'] as const;
const SERVICE_LABELS: Record<(typeof SERVICES)[number], string> = {
  'api-gateway': 'API gateway',
  'matching-engine': 'Matching engine',
  'wallet-service': 'Wallet service',
  database: 'Database',
};

const exchangeDomains: FailureDomain[] = [
  provider('hyperscaler', 'Hyperscaler'),
  region('east', 'Region east', 'hyperscaler'),
  { id: 'east-zone-1', label: 'East, zone 1', kind: 'zone', parent: 'east', availability: ZONE, note: ZONE_NOTE },
  { id: 'east-zone-2', label: 'East, zone 2', kind: 'zone', parent: 'east', availability: ZONE, note: ZONE_NOTE },
  region('west', 'Region west', 'hyperscaler'),
  { id: 'west-zone-1', label: 'West, zone 1', kind: 'zone', parent: 'west', availability: ZONE, note: ZONE_NOTE },
  { id: 'west-zone-2', label: 'West, zone 2', kind: 'zone', parent: 'west', availability: ZONE, note: ZONE_NOTE },
];

const stack = (prefix: string, zones: string[]): Block => ({
  type: 'series',
  id: `${prefix}stack`,
  label: `Exchange stack${prefix ? ` (${prefix.slice(0, -1)})` : ''}`,
  parts: SERVICES.map((service) =>
    zones.length === 1
      ? component(`${prefix}${service}`, INSTANCE, [zones[0]!], INSTANCE_NOTE, SERVICE_LABELS[service])
      : anyOf(`${prefix}${service}`, SERVICE_LABELS[service], zones.map((z, i) => component(`${prefix}${service}-${i + 1}`, INSTANCE, [z], INSTANCE_NOTE, `${SERVICE_LABELS[service]} ${i + 1}`))),
  ),
});

const exchange: PresetGroup = {
  id: 'exchange-hyperscaler',
  title: 'An exchange on one hyperscaler: one zone, two zones, or two regions',
  question: 'Every service of the exchange runs on one cloud provider. What do a second zone and a second region buy, and what is left?',
  note: `Servers: ${INSTANCE_NOTE}. Regions: ${REGION_NOTE}. Zones: ${ZONE_NOTE}. Provider: ${PROVIDER_NOTE}. Regional failover: illustrative (health-checked DNS failover, about 5 minutes a year).`,
  sources: [AWS_COMPUTE_SLA],
  strategies: [
    { id: 'single-zone', label: 'One zone', description: 'One server per service, all in one zone of one region.', system: { domains: exchangeDomains, root: stack('', ['east-zone-1']) } },
    { id: 'two-zones', label: 'Two zones', description: 'Each service on two servers in two zones of one region; one of each is enough.', system: { domains: exchangeDomains, root: stack('', ['east-zone-1', 'east-zone-2']) } },
    {
      id: 'two-regions',
      label: 'Two regions',
      description: 'The two-zone stack in two regions of the same provider, with DNS failover between them.',
      system: {
        domains: exchangeDomains,
        root: {
          type: 'series',
          id: 'exchange',
          label: 'Exchange',
          parts: [
            component('failover', 0.99999, [], 'illustrative: health-checked DNS failover, about 5 minutes a year', 'Regional failover'),
            anyOf('regions', 'Either region', [stack('east-', ['east-zone-1', 'east-zone-2']), stack('west-', ['west-zone-1', 'west-zone-2'])]),
          ],
        },
      },
    },
  ],
};

export const PRESET_GROUPS: readonly PresetGroup[] = [rpcAccess, validatorPlacement, stakeHosting, frontEnd, exchange];
