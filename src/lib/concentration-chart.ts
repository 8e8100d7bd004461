/**
 * What ConcentrationChart.astro draws, worked out without Astro so it can be tested: one bar chart per
 * snapshot (newest first), its caption with the snapshot's date and source, and a warning when the
 * newest snapshot is more than a year older than the page's review date, so that an old figure is
 * never presented as the current one.
 */
import { MEASURES, asPercent, earliestDay, type ConcentrationDataset, type ConcentrationItem, type ConcentrationSnapshot } from './concentration-schema.ts';

export const GEOMETRY = { width: 640, labelRight: 182, barLeft: 190, barRight: 560, top: 8, rowHeight: 28, barHeight: 16, axisHeight: 26 } as const;

/** Below this, the items of a snapshot are taken to cover the whole (rounding in the source). */
const WHOLE = 99.95;

export interface ChartRow {
  label: string;
  /** percent */
  value: number;
  /** "about 20%", "more than 50%" */
  text: string;
  y: number;
  width: number;
  /** the share no item accounts for */
  rest: boolean;
  note?: string;
}

export interface SnapshotChart {
  key: string;
  date: string;
  dateText: string;
  latest: boolean;
  stale: boolean;
  rows: ChartRow[];
  ticks: { x: number; text: string }[];
  height: number;
  /** "Snapshot of November 2024; source: …" plus, when stale, the warning */
  caption: string;
  /** every value in words, for the SVG's description */
  description: string;
  sourceUrl: string;
  note?: string;
}

export interface ConcentrationChartModel {
  id: string;
  title: string;
  measureText: string;
  population: string;
  note?: string;
  snapshots: SnapshotChart[];
}

/** "2024-11" -> "November 2024", "2025-12-12" -> "12 December 2025", "2025" -> "2025". */
export function partialDateText(date: string): string {
  const parts = date.split('-');
  const day = earliestDay(date);
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 2) return day.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return day.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const longDate = (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Whether a snapshot is more than a year older than the review date. A partial date counts from its
 * first possible day ("2024" from 1 January 2024), so a vague date is judged old sooner, never later.
 */
export function isStale(snapshotDate: string, reviewed: Date): boolean {
  const start = earliestDay(snapshotDate);
  const yearLater = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), start.getUTCDate()));
  return reviewed.getTime() > yearLater.getTime();
}

/** "more than a year" or "about 3 years": how much older the snapshot is than the review. */
export function ageText(snapshotDate: string, reviewed: Date): string {
  const start = earliestDay(snapshotDate);
  const months = (reviewed.getUTCFullYear() - start.getUTCFullYear()) * 12 + (reviewed.getUTCMonth() - start.getUTCMonth()) - (reviewed.getUTCDate() < start.getUTCDate() ? 1 : 0);
  const years = Math.floor(months / 12);
  return years < 2 ? 'more than a year' : `about ${years} years`;
}

const number = (v: number) => String(Math.round(v * 100) / 100);

export function shareText(value: number, bound?: ConcentrationItem['bound']): string {
  const prefix = bound === 'about' ? 'about ' : bound === 'more-than' ? 'more than ' : bound === 'less-than' ? 'less than ' : '';
  return `${prefix}${number(value)}%`;
}

/** The rest of the whole that a snapshot's items leave unaccounted for, or null when they cover it. */
export function remainder(dataset: Pick<ConcentrationDataset, 'unit'>, snapshot: ConcentrationSnapshot): { value: number; bound?: ConcentrationItem['bound'] } | null {
  const total = snapshot.items.reduce((sum, item) => sum + asPercent(dataset.unit, item.share), 0);
  if (total >= WHOLE) return null;
  const value = Math.round((100 - total) * 10) / 10;
  // Items given as lower bounds ("more than 50%") leave at most the rest; "about" leaves about the rest.
  const bounds = new Set(snapshot.items.map((i) => i.bound));
  const bound = bounds.has('more-than') ? 'less-than' : bounds.has('about') || bounds.has('less-than') ? 'about' : undefined;
  return { value, bound };
}

function sourceText(snapshot: ConcentrationSnapshot): string {
  const s = snapshot.source;
  return `${s.publisher}, “${s.title}” (${partialDateText(s.date)})`;
}

export function concentrationChartModel(dataset: ConcentrationDataset, reviewed: Date): ConcentrationChartModel {
  const g = GEOMETRY;
  // Shares run from 0 to 100%: a linear map onto the bar area, with a tick every 20%.
  const x = (percent: number) => g.barLeft + (percent / 100) * (g.barRight - g.barLeft);
  const TICKS = [0, 20, 40, 60, 80, 100];
  const ordered = [...dataset.snapshots].sort((a, b) => earliestDay(b.date).getTime() - earliestDay(a.date).getTime());
  const snapshots = ordered.map((snapshot, index): SnapshotChart => {
    const latest = index === 0;
    const items = snapshot.items.map((item) => ({ label: item.label, value: asPercent(dataset.unit, item.share), bound: item.bound, rest: false, note: item.note }));
    const rest = remainder(dataset, snapshot);
    if (rest) items.push({ label: 'Others or not given', value: rest.value, bound: rest.bound, rest: true, note: 'The part of the whole the source does not break down.' });
    const rows = items.map((item, i): ChartRow => ({
      label: item.label,
      value: item.value,
      text: shareText(item.value, item.bound),
      y: g.top + i * g.rowHeight,
      width: Math.max(0, x(item.value) - g.barLeft),
      rest: item.rest,
      ...(item.note ? { note: item.note } : {}),
    }));
    const dateText = partialDateText(snapshot.date) + (snapshot.when ? ` (${snapshot.when})` : '');
    const stale = latest && isStale(snapshot.date, reviewed);
    const lead = latest ? `Snapshot of ${dateText}` : `Earlier snapshot of ${dateText}`;
    const warning = stale
      ? ` This is the latest snapshot found; it is ${ageText(snapshot.date, reviewed)} older than this page's review on ${longDate(reviewed)}, so the shares today may differ.`
      : '';
    return {
      key: `${dataset.id}-${snapshot.date}`,
      date: snapshot.date,
      dateText,
      latest,
      stale,
      rows,
      ticks: TICKS.map((t) => ({ x: x(t), text: `${t}%` })),
      height: g.top + rows.length * g.rowHeight + g.axisHeight,
      caption: `${lead}; source: ${sourceText(snapshot)}.${warning}`,
      description: `${MEASURES[dataset.measure]}, ${dateText}: ${rows.map((r) => `${r.label} ${r.text}`).join(', ')}.`,
      sourceUrl: snapshot.source.url,
      ...(snapshot.note ? { note: snapshot.note } : {}),
    };
  });
  return {
    id: dataset.id,
    title: dataset.title,
    measureText: MEASURES[dataset.measure],
    population: dataset.population,
    ...(dataset.note ? { note: dataset.note } : {}),
    snapshots,
  };
}
