// Cross-check of the exact method against brute-force enumeration of all 2^(components + domains +
// common causes) states (reference.ts) on many random small systems: nesting, k-of-n, weighted
// thresholds (inclusive and strict), nested and shared domains, beta-factor groups.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate, type Block, type ProbabilityFields } from '../../../../src/engine/availability/index.ts';
import { probabilityOf } from '../../../../src/engine/availability/probability.ts';
import { betaIndependentPart, bruteForce, closeRel, systemArb } from './reference.ts';

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
        const walk = (b: typeof system.root, beta?: { beta: number; qC: number }): typeof system.root => {
          if (b.type !== 'component') {
            // A beta group's common cause is folded back into each member: its marginal is its
            // independent part times the common cause's availability.
            const group = 'beta' in b && b.beta ? { beta: b.beta, qC: b.beta * Math.min(...b.parts.map((p) => probabilityOf(p as Block & ProbabilityFields).q)) } : undefined;
            return { ...b, parts: b.parts.map((p) => walk(p, group)), ...('beta' in b ? { beta: 0 } : {}) } as typeof b;
          }
          const marginal = beta ? betaIndependentPart(probabilityOf(b), beta.beta).a * (1 - beta.qC) : undefined;
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
          return marginal === undefined ? { ...b, domains: own } : { type: 'component', availability: marginal, domains: own };
        };
        const privateSystem = { root: walk(system.root), domains: copies };
        fc.pre(copies.length + 12 <= 20); // small enough to enumerate
        const ref = bruteForce(privateSystem);
        const result = evaluate(system, { importance: false });
        expect(closeRel(result.independent!.unavailability, ref.q, 1e-12)).toBe(true);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
