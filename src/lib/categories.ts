/**
 * The glossary's categories. A term's `category` must be one of these keys;
 * the order here is the order of the category hubs on the site.
 */
export const CATEGORIES = {
  foundations: {
    title: 'Foundations',
    description: 'What contagion is, how failures spread through shared dependencies, and the models used to reason about it.',
  },
  infrastructure: {
    title: 'Infrastructure and access',
    description: 'Clouds, hosting, CDNs, RPC providers, oracles and the other shared components that blockchain services stand on.',
  },
  consensus: {
    title: 'Chains and consensus',
    description: 'Validators, sequencers, liveness, finality and the stake thresholds that decide when a chain stops.',
  },
  reliability: {
    title: 'Reliability engineering',
    description: 'Availability, redundancy, failure domains and the engineering practice that keeps services up.',
  },
  mitigation: {
    title: 'Mitigation and resilience',
    description: 'Designs and practices that stop one failure from becoming many.',
  },
  markets: {
    title: 'Markets and financial contagion',
    description: 'How outages and shocks move through prices, margin, liquidity and stablecoins.',
  },
  transactions: {
    title: 'Keys, signing and transactions',
    description: 'Wallet infrastructure, signatures, nonces and transaction ordering, where operational failures turn into stuck or lost funds.',
  },
} as const satisfies Record<string, { title: string; description: string }>;

export type CategoryKey = keyof typeof CATEGORIES;
export const CATEGORY_KEYS = Object.keys(CATEGORIES) as [CategoryKey, ...CategoryKey[]];
