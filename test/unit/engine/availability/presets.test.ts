// The calculator's presets: valid plain data, sourced or marked illustrative, and telling the stories
// they are there to tell (ordering of strategies checked against closed forms where they are simple).
import { describe, expect, test } from 'vitest';
import type { Block } from '../../../../src/engine/availability/index.ts';
import { PRESET_GROUPS } from '../../content-files.ts';
import { evaluate, systemSchema } from '../../../../src/engine/availability/schema.ts';

const q = (group: string, strategy: string) => {
  const s = PRESET_GROUPS.find((g) => g.id === group)!.strategies.find((x) => x.id === strategy)!;
  return evaluate(s.system, { importance: false }).unavailability;
};

describe('presets', () => {
  test('the calculator needs these groups, each with strategies to compare', () => {
    expect(PRESET_GROUPS.map((g) => g.id)).toEqual(['rpc-access', 'validator-placement', 'stake-hosting', 'frontend-cdn', 'exchange-hyperscaler']);
    for (const group of PRESET_GROUPS) {
      expect(group.title.length).toBeGreaterThan(0);
      expect(group.question.length).toBeGreaterThan(0);
      expect(group.strategies.length).toBeGreaterThanOrEqual(2);
      expect(new Set(group.strategies.map((s) => s.id)).size).toBe(group.strategies.length);
    }
  });

  test('every preset is valid, plain JSON, and evaluates exactly', () => {
    for (const group of PRESET_GROUPS) {
      for (const strategy of group.strategies) {
        expect(systemSchema.safeParse(strategy.system).success).toBe(true);
        expect(JSON.parse(JSON.stringify(strategy.system))).toEqual(strategy.system);
        const r = evaluate(strategy.system);
        expect(r.method).toBe('exact');
        expect(r.unavailability).toBeGreaterThan(0);
        expect(r.bestImprovement).not.toBeNull();
      }
    }
  });

  test('every number carries a note saying where it comes from or that it is illustrative', () => {
    for (const group of PRESET_GROUPS) {
      for (const strategy of group.strategies) {
        const walk = (b: Block): void => {
          if (b.type === 'component') expect(b.note, `${group.id}/${strategy.id}/${b.id}`).toMatch(/SLA|illustrative|region's figure/);
          else b.parts.forEach(walk);
        };
        walk(strategy.system.root);
        for (const d of strategy.system.domains ?? []) expect(d.note, d.id).toMatch(/SLA|illustrative/);
      }
    }
  });

  test('RPC: three providers beat three regions of one provider, which beat three endpoints in one region', () => {
    const one = q('rpc-access', 'single-endpoint');
    const sameRegion = q('rpc-access', 'three-endpoints-one-region');
    const threeRegions = q('rpc-access', 'three-regions-one-provider');
    const threeProviders = q('rpc-access', 'three-providers');
    expect(one).toBeGreaterThan(sameRegion);
    expect(sameRegion).toBeGreaterThan(threeRegions);
    expect(threeRegions).toBeGreaterThan(threeProviders);
    // Three regions of one provider cannot beat the provider itself.
    expect(threeRegions).toBeGreaterThan(1 - 0.99999);
    // Three providers share nothing: the independent product of 1 - 0.995 * 0.9999 * 0.99999.
    const each = 0.005 + 0.995 * (0.0001 + 0.9999 * 0.00001); // 1 - 0.995 x 0.9999 x 0.99999 without cancellation
    expect(Math.abs(threeProviders - each ** 3) / each ** 3).toBeLessThan(1e-12);
  });

  test('validators: 2 + 2 is no better than one location, and 1 + 1 + 1 + 1 is best', () => {
    const one = q('validator-placement', 'one-location');
    const split = q('validator-placement', 'split-two-two');
    const spread = q('validator-placement', 'spread-four');
    expect(split).toBeGreaterThan(one);
    expect(spread).toBeLessThan(one);
    // Closed form for one location: it is down, or it is up and 2+ of 4 validators (0.99 each) are down.
    const twoOrMoreDown = 6 * 0.99 ** 2 * 0.01 ** 2 + 4 * 0.99 * 0.01 ** 3 + 0.01 ** 4;
    expect(Math.abs(one - (0.001 + 0.999 * twoOrMoreDown)) / one).toBeLessThan(1e-12);
  });

  test('stake: one host above a third is worse than seven hosts; correlation is what matters', () => {
    const big = evaluate(PRESET_GROUPS[2]!.strategies[1]!.system, { importance: true });
    expect(big.unavailability).toBeGreaterThan(q('stake-hosting', 'seven-hosts'));
    expect(big.bestImprovement!.id).toBe('big-host');
    expect(big.correlation!.unavailabilityRatio).toBeGreaterThan(1000);
  });

  test('front end: a second CDN removes most of the CDN downtime', () => {
    expect(q('frontend-cdn', 'two-cdns')).toBeLessThan(q('frontend-cdn', 'one-cdn') / 3);
  });

  test('exchange: each step helps, and what is left is shared by both regions', () => {
    const zone = q('exchange-hyperscaler', 'single-zone');
    const zones = q('exchange-hyperscaler', 'two-zones');
    const regions = q('exchange-hyperscaler', 'two-regions');
    expect(zone).toBeGreaterThan(zones);
    expect(zones).toBeGreaterThan(regions);
    // Failover and the provider are in series with everything: 1 - 0.99999^2 is a floor.
    expect(regions).toBeGreaterThan(1 - 0.99999 ** 2);
  });
});
