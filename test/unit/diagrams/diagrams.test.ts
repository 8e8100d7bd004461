// The twelve term diagrams: one per central term, accessible SVG without inline styles, words for
// everything drawn, and the figures they quote checked against closed forms worked by hand.
import { describe, expect, test } from 'vitest';
import { DIAGRAMS } from '../../../src/diagrams/index.ts';
import { graphPanel, wrapLabel } from '../../../src/diagrams/drawing.ts';
import { renderSvg } from '../../../src/diagrams/render-svg.ts';
import { scenarioDiagram } from '../../../src/diagrams/scenario-drawing.ts';
import { loadTermFiles } from '../content-files.ts';

const CENTRAL = [
  'infrastructure-outage-contagion',
  'single-point-of-failure',
  'correlated-failure',
  'common-cause-failure',
  'k-of-n-redundancy',
  'blast-radius',
  'failure-domain',
  'cascading-failure',
  'systemic-risk-and-contagion',
  'rpc-provider',
  'cdn-dependency',
  'availability-and-the-nines',
];

describe('term diagrams', () => {
  test('there is one for each of the twelve central terms, and each term exists', () => {
    expect(new Set(DIAGRAMS.keys())).toEqual(new Set(CENTRAL));
    const slugs = new Set(loadTermFiles().map((t) => t.slug));
    for (const slug of CENTRAL) expect(slugs.has(slug), slug).toBe(true);
  });

  test.each(CENTRAL)('%s: the page SVG has a title and description, no inline style, and ids of its own', (slug) => {
    const d = DIAGRAMS.get(slug)!;
    const svg = renderSvg(d, 'page');
    expect(svg).toMatch(new RegExp(`^<svg [^>]*role="img" aria-labelledby="dg-${slug}-title dg-${slug}-desc">`));
    expect(svg).toContain(`<title id="dg-${slug}-title">`);
    expect(svg).toContain(`<desc id="dg-${slug}-desc">`);
    expect(svg).not.toMatch(/\sstyle=/);
    // every id inside is prefixed, so a page with the diagram and anything else cannot clash
    for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) expect(id!.startsWith(`dg-${slug}-`)).toBe(true);
    // the page look takes its colours from CSS, except node fills (the type palette)
    expect(svg).not.toMatch(/\s(stroke|opacity)="/);
    expect(d.caption.length).toBeGreaterThan(80);
    expect(d.alternative.length).toBeGreaterThan(0);
  });

  test.each(CENTRAL)('%s: the text alternative names every component drawn', (slug) => {
    const d = DIAGRAMS.get(slug)!;
    const words = d.alternative.join(' ');
    for (const item of d.items) if (item.kind === 'node') expect(words).toContain(item.lines.join(' '));
  });

  test('the image look carries no words and no class names, only drawn colours', () => {
    for (const d of DIAGRAMS.values()) {
      const svg = renderSvg(d, 'image');
      expect(svg).not.toContain('<text');
      expect(svg).not.toContain('class=');
    }
  });

  test('correlated failure: the figures quoted are the closed forms', () => {
    // Service up = region up and not both replicas down: q = 1 - 0.9999 (1 - 0.001^2) = 1.00999e-4,
    // times 31,536,000 s = 3,185 s = 53 min 5 s. Independent: each replica's marginal unavailability is
    // 1 - 0.999 * 0.9999 = 1.0999e-3, squared 1.20978e-6, times a year = 38.15 s.
    const caption = DIAGRAMS.get('correlated-failure')!.caption;
    const q = 1 - 0.9999 * (1 - 0.001 ** 2);
    expect(Math.round(q * 31_536_000)).toBe(3185);
    expect(caption).toContain('53 min 5 s');
    expect(caption).toContain('38.2 s');
  });

  test('the nines: a tenth of the downtime per nine, from 36.5 days to 5.26 minutes a year', () => {
    const caption = DIAGRAMS.get('availability-and-the-nines')!.caption;
    // 0.1 × 365 d = 36 d 12 h; 0.01 × 365 d = 3.65 d = 3 d 15.6 h; 0.001 → 8.76 h; 1e-4 → 52.56 min; 1e-5 → 5.256 min
    for (const s of ['90% is about 36 d 12 h', '99% is about 3 d 16 h', '99.9% is about 8 h 46 min', '99.99% is about 52 min 34 s', '99.999% is about 5 min 15 s']) expect(caption).toContain(s);
  });

  test('k-of-n: a 2-of-3 quorum survives one failure and not two, as the caption says', () => {
    expect(DIAGRAMS.get('k-of-n-redundancy')!.caption).toContain('one provider down and the reads are still served; two down and they are lost');
  });

  test('blast radius counts are the nodes reached, worked out by hand for this graph', () => {
    // region → indexer → explorer, region → rpc → {wallet, app back end → DEX front end}: 6 of 6;
    // indexer → explorer only: 1 of 6.
    expect(DIAGRAMS.get('blast-radius')!.caption).toContain('The indexer takes 1 of the other 6 components with it; the region everything runs in takes 6.');
  });

  test('cascading failure: one replica per wave, then the service', () => {
    const d = DIAGRAMS.get('cascading-failure')!;
    const badges = d.items.flatMap((i) => (i.kind === 'node' && i.badge ? [`${i.id}:${i.badge}`] : []));
    expect(badges).toEqual(['r1:start', 'r2:wave 1', 'r3:wave 2', 'r4:wave 3', 'service:wave 4']);
  });

  test('a panel refuses a node in no row and a row naming an unknown node', () => {
    const base = { nodes: [{ id: 'a', label: 'A', type: 'server' }], edges: [], seeds: ['a'], box: { x: 0, y: 0, w: 100, h: 100 } };
    expect(() => graphPanel({ ...base, rows: [[]] })).toThrow(/node "a" is in no row/);
    expect(() => graphPanel({ ...base, rows: [['a', 'b']] })).toThrow(/names a node the panel does not have/);
  });

  test('labels wrap at spaces within the width', () => {
    expect(wrapLabel('Exchange origin and matching engine', 16)).toEqual(['Exchange origin', 'and matching', 'engine']);
    expect(wrapLabel('Wallet')).toEqual(['Wallet']);
  });

  test('a scenario file is drawn with its trigger down', () => {
    const d = scenarioDiagram({
      id: 'tiny',
      nodes: [
        { id: 'cdn', label: 'CDN', type: 'cdn' },
        { id: 'site', label: 'Site', type: 'frontend' },
      ],
      edges: [{ from: 'site', to: 'cdn' }],
      trigger: { seeds: ['cdn'], description: 'the CDN fails' },
    } as never);
    const nodes = d.items.filter((i) => i.kind === 'node');
    expect(nodes.map((n) => (n.kind === 'node' ? `${n.id}:${n.status}` : ''))).toEqual(['cdn:down', 'site:down']);
  });
});
