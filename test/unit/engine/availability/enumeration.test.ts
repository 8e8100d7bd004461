// Cross-check of the exact method against brute-force enumeration of all 2^(components + domains +
// common causes) states (reference.ts) on many random small systems: nesting, k-of-n, weighted
// thresholds (inclusive and strict), nested and shared domains, beta-factor groups.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../../src/engine/availability/schema.ts';
import { bruteForce, closeRel, systemArb } from './reference.ts';

describe('exact method equals brute-force enumeration', () => {
  test('random systems agree to 1e-12 relative, availability and unavailability both', () => {
    fc.assert(
      fc.property(systemArb(13), (system) => {
        const ref = bruteForce(system);
        const result = evaluate(system, { importance: false });
        expect(result.method).toBe('exact');
        expect(closeRel(result.unavailability, ref.q, 1e-12)).toBe(true);
        expect(closeRel(result.availability, ref.a, 1e-12)).toBe(true);
      }),
      { numRuns: 250, seed: 20_240_611 },
    );
  });

  test('the independent answer equals brute force on the same system with every domain copied per component', () => {
    fc.assert(
      fc.property(systemArb(12, 3), (system) => {
        // Private copies: each component gets its own copy of each domain it uses (with the ancestors).
        const domains = system.domains ?? [];
        const byId = new Map(domains.map((d) => [d.id, d]));
        const copies: typeof domains = [];
        let n = 0;
        const walk = (b: typeof system.root): typeof system.root => {
          // A beta group's common cause is folded back into each member, whose marginal is then its own q.
          if (b.type !== 'component') return { ...b, parts: b.parts.map(walk), ...('beta' in b ? { beta: 0 } : {}) } as typeof b;
          // The component's closure (its domains and their ancestors), copied once, parents kept inside the copy.
          const closure = new Set<string>();
          for (const id of b.domains ?? []) for (let d = byId.get(id); d; d = d.parent === undefined ? undefined : byId.get(d.parent)) closure.add(d.id);
          const prefix = `c${n++}-`;
          const own: string[] = [];
          for (const id of closure) {
            const d = byId.get(id)!;
            copies.push({ ...d, id: prefix + id, ...(d.parent === undefined ? {} : { parent: prefix + d.parent }) });
            own.push(prefix + id);
          }
          return { ...b, domains: own };
        };
        const privateSystem = { root: walk(system.root), domains: copies };
        if (copies.length + 12 > 20) return; // too big to enumerate; skip this case
        const ref = bruteForce(privateSystem);
        if (ref.variables > 18) return;
        const result = evaluate(system, { importance: false });
        expect(closeRel(result.independent!.unavailability, ref.q, 1e-12)).toBe(true);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
