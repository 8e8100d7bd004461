/**
 * Expected downtime: unavailability times the length of a period. The length of a "year" and a "month"
 * is a convention, so it is an explicit choice and every result says which one it used:
 *  - 'calendar': a 365-day year and a 30-day month (the convention of the Azure and AWS downtime
 *    tables: 99.9% is 8.76 hours a year and 43.2 minutes a month);
 *  - 'gregorian': the mean Gregorian year of 365.2425 days and a month of one twelfth of it
 *    (30.436875 days).
 * A week is 7 days and a day 86,400 seconds in both.
 */
import { shown } from '../issues.ts';
import { fieldError } from './errors.ts';

export type TimeConvention = 'calendar' | 'gregorian';

export interface TimeConventionInfo {
  id: TimeConvention;
  yearDays: number;
  monthDays: number;
  description: string;
}

export const TIME_CONVENTIONS: Readonly<Record<TimeConvention, TimeConventionInfo>> = {
  calendar: { id: 'calendar', yearDays: 365, monthDays: 30, description: '365-day year and 30-day month' },
  gregorian: { id: 'gregorian', yearDays: 365.2425, monthDays: 365.2425 / 12, description: '365.2425-day year and a month of one twelfth of a year (30.436875 days)' },
};

export const SECONDS_PER_DAY = 86_400;

export interface Downtime {
  convention: TimeConvention;
  /** The convention in words, for the UI: "365-day year and 30-day month". */
  description: string;
  perYearSeconds: number;
  perMonthSeconds: number;
  perWeekSeconds: number;
  perDaySeconds: number;
}

/** An unavailability argument of the public helpers: a number in [0, 1], or an AvailabilityError. */
export function checkUnavailability(unavailability: unknown): asserts unavailability is number {
  if (typeof unavailability !== 'number' || !(unavailability >= 0 && unavailability <= 1)) {
    throw fieldError(['unavailability'], `unavailability must be a number between 0 and 1, got ${shown(unavailability)}`);
  }
}

export function expectedDowntime(unavailability: number, convention: TimeConvention = 'calendar'): Downtime {
  checkUnavailability(unavailability);
  if (convention !== 'calendar' && convention !== 'gregorian') {
    throw fieldError(['options', 'timeConvention'], `timeConvention must be "calendar" or "gregorian", got ${shown(convention)}`);
  }
  const info = TIME_CONVENTIONS[convention];
  return {
    convention,
    description: info.description,
    perYearSeconds: unavailability * info.yearDays * SECONDS_PER_DAY,
    perMonthSeconds: unavailability * info.monthDays * SECONDS_PER_DAY,
    perWeekSeconds: unavailability * 7 * SECONDS_PER_DAY,
    perDaySeconds: unavailability * SECONDS_PER_DAY,
  };
}

/** -log10(unavailability): 3 for 99.9%. Infinity for a system that never fails. */
export function ninesOf(unavailability: number): number {
  checkUnavailability(unavailability);
  if (unavailability === 0) return Infinity;
  const n = -Math.log10(unavailability);
  return n === 0 ? 0 : n;
}

export type DowntimePeriod = 'day' | 'week' | 'month' | 'year';
export const DOWNTIME_PERIODS: readonly DowntimePeriod[] = ['day', 'week', 'month', 'year'];

/** Length of a day, week, month or year in seconds under a convention. */
export function periodSeconds(period: DowntimePeriod, convention: TimeConvention = 'calendar'): number {
  const info = TIME_CONVENTIONS[convention];
  if (!info) throw fieldError(['options', 'timeConvention'], `timeConvention must be "calendar" or "gregorian", got ${shown(convention)}`);
  const days = { day: 1, week: 7, month: info.monthDays, year: info.yearDays }[period];
  if (days === undefined) throw fieldError(['period'], `period must be "day", "week", "month" or "year", got ${shown(period)}`);
  return days * SECONDS_PER_DAY;
}

/**
 * The unavailability that expected downtime of `seconds` per `period` means: the inverse of
 * expectedDowntime (43.2 minutes a month is 0.001 under the calendar convention). Downtime longer than
 * the period is an error, not an unavailability above 1.
 */
export function unavailabilityFromDowntime(seconds: number, period: DowntimePeriod, convention: TimeConvention = 'calendar'): number {
  const length = periodSeconds(period, convention);
  if (typeof seconds !== 'number' || !(seconds >= 0)) throw fieldError(['downtime'], `downtime must be a number of seconds, 0 or more, got ${shown(seconds)}`);
  if (seconds > length) throw fieldError(['downtime'], `downtime of ${seconds} s is longer than a ${period} (${length} s)`);
  return seconds / length;
}
