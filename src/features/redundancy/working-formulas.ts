/**
 * The symbolic side of "Show the working": one formula per kind of step, typeset by KaTeX at build time
 * (RedundancyCalculator.astro passes each to the island as a named slot, so no KaTeX JavaScript ships and
 * the HTML is not repeated in the island's props). The reader's numbers are written beside them live.
 * KaTeX positions glyphs with style attributes, which the CSP forbids; src/lib/typeset.ts turns them into
 * classes, whose rules are committed in working-formulas.css (a unit test keeps the two in step).
 */
export const WORKING_FORMULAS = {
  /** a part on its own: its own figure times every domain it lives in */
  fPart: String.raw`A_i^{\text{alone}} = A_i \prod_{d \ni i} A_d`,
  fSeries: String.raw`A = \prod_{i=1}^{n} A_i`,
  fAny: String.raw`U = \prod_{i=1}^{n} U_i, \quad A = 1 - U`,
  fBinomial: String.raw`A = \sum_{j=k}^{n} \binom{n}{j}\, a^{j} (1-a)^{n-j}`,
  fKOfN: String.raw`A = \sum_{j=k}^{n} P(\text{exactly } j \text{ parts up})`,
  fThreshold: String.raw`A = P\Big(\sum_{i\ \text{up}} w_i \ \ge\ s \sum_{i} w_i\Big)`,
  fTotal: String.raw`A = \sum_{s} P(s)\, A(\text{system} \mid s)`,
} as const;

export type WorkingFormula = keyof typeof WORKING_FORMULAS;
