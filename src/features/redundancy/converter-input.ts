/**
 * The availability and downtime converter's one field, read as typed (pure: the page renders its first
 * state with it on the server, and browser/downtime-converter.ts on every keystroke). It accepts:
 *  - an availability: 99.9%, 0.999, or 99.9 (a bare number above 1 and up to 100 is a percentage);
 *  - nines: "three nines", "3 nines", "4.5 nines" (n nines is an unavailability of 10^-n);
 *  - a downtime per period: "43 min a month", "8h 45m per year", "1 h/week", "30 s each day"
 *    (units d, h, min or m, s, ms; periods day, week, month, year).
 * Anything else is an error saying what can be typed; the text itself is never rewritten. Downtime and
 * availability both go through the engine (expectedDowntime, unavailabilityFromDowntime, complement).
 */
import {
  availabilityPercent,
  complement,
  DOWNTIME_PERIODS,
  expectedDowntime,
  ninesOf,
  unavailabilityFromDowntime,
  type DowntimePeriod,
} from '../../engine/availability/index.ts';
import { bad, ok, type Parsed } from '../shared/number-fields.ts';
import { parseAvailability } from './calculator-fields.ts';
import { formatDuration, formatNines } from './result-text.ts';

/** The converter's figures are in the calendar convention: a 365-day year and a 30-day month (the tooltip says so). */
const CONVENTION = 'calendar';
const DIGITS = 4;

export interface ConverterReading {
  /** the unavailability the text stands for */
  unavailability: number;
  /** how the text was read, in words */
  note: string;
}

export interface ConverterView {
  availability: string;
  nines: string;
  downtime: Record<DowntimePeriod, string>;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const NINES = /^(\d+(?:\.\d+)?|[a-z]+)\s*nines?$/;
const UNIT_SECONDS: [RegExp, number][] = [
  [/^(d|days?)$/, 86_400],
  [/^(h|hrs?|hours?)$/, 3600],
  [/^(m|mins?|minutes?)$/, 60],
  [/^(s|secs?|seconds?)$/, 1],
  [/^(ms|milliseconds?)$/, 0.001],
];
const PERIODS: [RegExp, DowntimePeriod][] = [
  [/^(d|day|daily)$/, 'day'],
  [/^(w|wk|week|weekly)$/, 'week'],
  [/^(mo|mon|month|monthly)$/, 'month'],
  [/^(y|yr|year|yearly|annually)$/, 'year'],
];
const DOWNTIME = /^(.*?)\s*(?:\/|\bper\b|\ba\b|\ban\b|\beach\b|\bevery\b)\s*([a-z]+)$/;
const DURATION_PART = /(\d+(?:\.\d+)?)\s*([a-z]+)/g;

const HELP = 'write an availability (99.9%, 0.999 or three nines) or a downtime with its period (43 min a month, 8 h 46 min a year)';

function readNines(text: string): Parsed<ConverterReading> | null {
  const m = NINES.exec(text);
  if (!m) return null;
  const word = NUMBER_WORDS.indexOf(m[1]!);
  const n = word >= 0 ? word : Number(m[1]);
  if (!Number.isFinite(n)) return bad(`“${m[1]}” is not a number of nines: ${HELP}.`);
  if (n <= 0) return bad('At least some nines: one nine is 90%.');
  if (n > 15) return bad('At most 15 nines: beyond that a double cannot tell the difference.');
  // A whole number of nines as a decimal literal, so three nines is exactly the double nearest 0.001.
  const q = Number.isInteger(n) ? Number(`1e-${n}`) : 10 ** -n;
  return ok({ unavailability: q, note: `Read as ${n} nines: ${availabilityPercent(q, DIGITS)} available.` });
}

function readDowntime(text: string): Parsed<ConverterReading> | null {
  const m = DOWNTIME.exec(text);
  if (!m) return null;
  const period = PERIODS.find(([re]) => re.test(m[2]!))?.[1];
  if (!period) return bad(`“${m[2]}” is not a period: use day, week, month or year, e.g. 43 min a month.`);
  const body = m[1]!.trim();
  let seconds = 0;
  let consumed = '';
  for (const [, value, unit] of body.matchAll(DURATION_PART)) {
    const size = UNIT_SECONDS.find(([re]) => re.test(unit!))?.[1];
    if (size === undefined) return bad(`“${unit}” is not a unit of time: use d, h, min, s or ms, e.g. 8 h 46 min a year.`);
    seconds += Number(value) * size;
    consumed += `${value}${unit}`;
  }
  if (consumed === '' || consumed !== body.replace(/\s+/g, '')) return bad(`“${body}” is not a duration: write a number and a unit, e.g. 43 min or 8 h 46 min.`);
  try {
    const q = unavailabilityFromDowntime(seconds, period, CONVENTION);
    return ok({ unavailability: q, note: `Read as ${formatDuration(seconds)} of downtime a ${period}: ${availabilityPercent(q, DIGITS)} available.` });
  } catch {
    return bad(`${formatDuration(seconds)} is longer than a ${period}: downtime cannot exceed the period.`);
  }
}

export function readConverterInput(raw: string): Parsed<ConverterReading> {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return bad(`Empty: ${HELP}.`);
  const special = readNines(text) ?? readDowntime(text);
  if (special) return special;
  if (/[a-z]/.test(text.replace(/e[+-]?\d+$/, ''))) return bad(`Could not read “${raw.trim()}”: ${HELP}.`);
  const a = parseAvailability(text);
  if (!a.ok) return bad(a.error);
  const q = complement(a.value);
  return ok({ unavailability: q, note: `${a.note ?? `Read as ${availabilityPercent(q, DIGITS)}.`} ${formatNines(ninesOf(q))} nines.` });
}

/** What the converter shows for an unavailability: availability, nines and downtime in every period. */
export function converterView(unavailability: number): ConverterView {
  const d = expectedDowntime(unavailability, CONVENTION);
  const seconds: Record<DowntimePeriod, number> = { day: d.perDaySeconds, week: d.perWeekSeconds, month: d.perMonthSeconds, year: d.perYearSeconds };
  return {
    availability: availabilityPercent(unavailability, DIGITS),
    nines: formatNines(ninesOf(unavailability)),
    downtime: Object.fromEntries(DOWNTIME_PERIODS.map((p) => [p, formatDuration(seconds[p])])) as Record<DowntimePeriod, string>,
  };
}
