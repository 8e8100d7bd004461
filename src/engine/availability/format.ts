/**
 * Availability as a percentage string computed from the unavailability, so 1 - 1e-12 prints as
 * "99.9999999999%" rather than "100%": the digits are produced in decimal from q, never from 1 - q.
 */

/**
 * 100 * (1 - q) as text, with q's contribution carried to `significant` digits:
 * 0.001 -> "99.9%", 1e-9 -> "99.9999999%", 0.00025 -> "99.975%", 1.234e-7 -> "99.9999877%" (three
 * significant digits of 100 q = 0.00001234).
 */
export function availabilityPercent(unavailability: number, significant = 3): string {
  const q = unavailability;
  if (!(q >= 0 && q <= 1)) return 'NaN%';
  if (q === 0) return '100%';
  if (q === 1) return '0%';
  // 100 q = m * 10^e with m an integer of `significant` digits.
  const e = Math.floor(Math.log10(100 * q)) - (significant - 1);
  let m = Math.round((100 * q) / 10 ** e);
  let exp = e;
  while (m % 10 === 0 && m > 0) {
    m /= 10;
    exp++;
  }
  // 100 - m * 10^exp in exact decimal arithmetic with `scale` fractional digits.
  const scale = Math.max(0, -exp);
  const hundred = 100n * 10n ** BigInt(scale);
  const part = BigInt(m) * 10n ** BigInt(Math.max(0, exp + scale));
  const value = hundred - part;
  if (value <= 0n) return '0%';
  const digits = value.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}
