/**
 * Turning the user's numbers into an (availability, unavailability) pair without losing the small one.
 *
 * The engine carries both a = P(up) and q = P(down) everywhere and never computes one as 1 minus the
 * other in the middle of a calculation: 1 - 0.999 in binary floating point is 0.0010000000000000009, and
 * after a few such steps the "unavailability" of a well-replicated system is rounding noise. At the edge,
 * where a user typed 0.999, `complement` subtracts in decimal so that q is the double nearest to 0.001.
 */
import type { ProbabilityFields } from './types.ts';

export interface Prob {
  /** availability */
  a: number;
  /** unavailability */
  q: number;
}

/**
 * 1 - x for x in [0, 1], computed on the shortest decimal that round-trips to x (what the user typed),
 * so complement(0.999) is exactly the double nearest 0.001. For x < 0.5 plain subtraction is already
 * accurate to half an ulp of the result, so only [0.5, 1) takes the decimal route.
 */
export function complement(x: number): number {
  if (!(x >= 0.5 && x < 1)) return 1 - x;
  // Numbers in [0.5, 1) print in fixed notation: "0.ddd...".
  const text = x.toString();
  const digits = text.slice(2);
  if (!/^\d+$/.test(digits)) return 1 - x;
  const scale = 10n ** BigInt(digits.length);
  const rest = (scale - BigInt(digits)).toString().padStart(digits.length, '0');
  return Number(`0.${rest}`);
}

/** (a, q) from whichever of availability, unavailability or MTBF/MTTR the fields carry (validated). */
export function probabilityOf(fields: ProbabilityFields): Prob {
  if (fields.availability !== undefined) return { a: fields.availability, q: complement(fields.availability) };
  if (fields.unavailability !== undefined) return { a: complement(fields.unavailability), q: fields.unavailability };
  // Both quotients directly, so a tiny MTTR gives a tiny q with full relative precision; divided by the
  // larger of the two first, so that MTBF + MTTR cannot overflow (1e308 + 1e308 is Infinity).
  const larger = Math.max(fields.mtbf ?? 0, fields.mttr ?? 0);
  const mtbf = (fields.mtbf ?? 0) / larger;
  const mttr = (fields.mttr ?? 0) / larger;
  const total = mtbf + mttr;
  return { a: mtbf / total, q: mttr / total };
}
