/**
 * How the calculator writes durations, nines and ratios. Fixed English formats (no locale), so the
 * server rendering and the browser's agree to the character.
 */

/** Seconds as the two largest units that matter: "8 h 46 min", "4 min 23 s", "0.86 s". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  if (seconds <= 0) return '0 s';
  if (seconds < 1) return `${Number(seconds.toPrecision(2))} s`;
  if (seconds < 60) return `${Math.round(seconds * 10) / 10} s`;
  const units: [string, number][] = [
    ['d', 86_400],
    ['h', 3600],
    ['min', 60],
    ['s', 1],
  ];
  const whole = Math.round(seconds);
  const first = units.findIndex(([, size]) => whole >= size);
  const [bigName, bigSize] = units[first]!;
  const [smallName, smallSize] = units[first + 1]!;
  let big = Math.floor(whole / bigSize);
  let small = Math.round((whole - big * bigSize) / smallSize);
  if (small * smallSize >= bigSize) {
    big += 1;
    small = 0;
  }
  return small === 0 ? `${big} ${bigName}` : `${big} ${bigName} ${small} ${smallName}`;
}

/** -log10(unavailability) to one decimal: "3.0"; "∞" for a system that never fails. */
export function formatNines(nines: number): string {
  return Number.isFinite(nines) ? nines.toFixed(1) : '∞';
}

/** A ratio of two unavailabilities: "12×", "1.3×", "0.50×". */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '∞×';
  return `${ratio >= 10 ? Math.round(ratio) : ratio >= 1 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
}

/** A share as a percentage to at most one decimal: 0.4567 -> "45.7%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
