/**
 * A clamped logarithmic scale: `low` maps to `start`, `high` to `end`, each tenfold step between them to
 * the same distance, and anything outside [low, high] to the nearer end. All the calculator's chart
 * needs; d3-scale's scaleLog would also bring d3-interpolate (about 9 KB gzip) for the same three lines.
 */
export function logScale(low: number, high: number, start: number, end: number): (value: number) => number {
  const from = Math.log(low);
  const span = Math.log(high) - from;
  return (value) => {
    const t = span > 0 ? (Math.log(value) - from) / span : 0.5;
    return start + Math.min(1, Math.max(0, t)) * (end - start);
  };
}
