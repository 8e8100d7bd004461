/**
 * Availability and the nines: the downtime a year each added nine allows, on a logarithmic axis, so that
 * "every nine divides the downtime by ten" is a constant step. Downtimes from the availability engine
 * (365-day year, as in the providers' own tables).
 */
import { expectedDowntime } from '../engine/availability/index.ts';
import { formatDuration } from './tool-look.ts';
import { text, type BarItem, type Diagram, type Item } from './drawing.ts';

const LEVELS = [
  { percent: '90%', name: 'one nine', unavailability: 0.1 },
  { percent: '99%', name: 'two nines', unavailability: 0.01 },
  { percent: '99.9%', name: 'three nines', unavailability: 0.001 },
  { percent: '99.99%', name: 'four nines', unavailability: 0.0001 },
  { percent: '99.999%', name: 'five nines', unavailability: 0.00001 },
];
const TICKS: [string, number][] = [
  ['1 min', 60],
  ['1 hour', 3600],
  ['1 day', 86_400],
  ['1 month', 30 * 86_400],
];

const AXIS_X = 190;
const AXIS_W = 300;
const MIN = Math.log10(60);
const MAX = Math.log10(40 * 86_400);
const xOf = (seconds: number) => Math.round((AXIS_X + ((Math.log10(seconds) - MIN) / (MAX - MIN)) * AXIS_W) * 10) / 10;
const TOP = 44;
const ROW = 44;

const rows = LEVELS.map((l) => ({ ...l, seconds: expectedDowntime(l.unavailability, 'calendar').perYearSeconds }));
const items: Item[] = [text(AXIS_X, 22, 'Expected downtime a year (logarithmic axis, 365-day year)', 'heading', 'start')];
rows.forEach((r, i) => {
  const y = TOP + i * ROW;
  const bar: BarItem = { kind: 'bar', x: AXIS_X, y: y + 6, w: xOf(r.seconds) - AXIS_X, h: 20, tone: i === 2 ? 'danger' : 'neutral' };
  items.push(text(20, y + 15, r.percent, 'heading', 'start'), text(20, y + 30, r.name, 'note', 'start'), bar, text(bar.x + bar.w + 8, y + 21, formatDuration(r.seconds), 'note', 'start'));
});
const axisY = TOP + rows.length * ROW + 4;
for (const [label, seconds] of TICKS) items.push(text(xOf(seconds), axisY + 14, label, 'note'), { kind: 'bar', x: xOf(seconds) - 0.5, y: TOP, w: 1, h: axisY - TOP, tone: 'neutral' });

export const diagram: Diagram = {
  slug: 'availability-and-the-nines',
  width: 640,
  height: axisY + 26,
  title: 'Downtime a year allowed by 90% to 99.999% availability',
  caption: `Each added nine divides the downtime allowed by ten: ${rows.map((r) => `${r.percent} is about ${formatDuration(r.seconds)}`).join(', ')} a year (365-day year). On a logarithmic axis that is one equal step per nine.`,
  alternative: rows.map((r) => `${r.percent} (${r.name}): about ${formatDuration(r.seconds)} of downtime a year.`),
  items,
};
