/** Dates as the pages show them, in UTC so a build anywhere prints the same day. */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const longDate = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "7 May 2026", or "19–20 October 2025" when the incident spans days. */
export function dateRange(start: Date, end?: Date): string {
  if (!end || isoDate(end) === isoDate(start)) return longDate(start);
  const sameMonth = start.getUTCFullYear() === end.getUTCFullYear() && start.getUTCMonth() === end.getUTCMonth();
  return sameMonth ? `${start.getUTCDate()}–${longDate(end)}` : `${longDate(start)} – ${longDate(end)}`;
}
