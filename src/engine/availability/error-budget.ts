/**
 * Error budget for an availability SLO, and what the model implies for multiwindow, multi-burn-rate
 * alerting as described in the Google SRE Workbook, chapter "Alerting on SLOs".
 *
 * Definitions (SLO window W, default 30 days; budget b = 1 - SLO):
 *  - allowed downtime in W: b * W; the model's expected downtime in W: Q * W;
 *  - burn rate: how fast the budget is spent relative to spending exactly all of it over W. An error rate
 *    e burns at e / b; the model's steady expected burn rate is Q / b (= the share of the budget it
 *    expects to consume over W).
 *  - an alert "budget share c consumed within a long window L" fires at burn rate c * W / L, i.e. when
 *    the error rate over L reaches c * W / L * b. The workbook's starting points for a 30-day SLO are
 *    2% in 1 hour (burn rate 14.4, page), 5% in 6 hours (6, page) and 10% in 3 days (1, ticket), each
 *    with a short window of 1/12 of the long one (5 min, 30 min, 6 h) that must agree.
 *  - For each alert we report how long a total outage (error rate 1) takes to make it fire from a clean
 *    window: c * b * W seconds (the short window fills sooner), or null when the threshold is above an
 *    error rate of 1 and the alert can never fire; and whether the model's steady expected error rate Q
 *    would by itself keep the alert firing.
 */
import { checkUnavailability, SECONDS_PER_DAY } from './downtime.ts';
import { checkEvaluateOptions } from './options.ts';

export interface BurnRateWindow {
  severity: 'page' | 'ticket';
  longWindowHours: number;
  shortWindowMinutes: number;
  /** Share of the SLO window's budget consumed within the long window, e.g. 0.02. */
  budgetConsumed: number;
}

/** The Google SRE Workbook's recommended starting parameters (chapter "Alerting on SLOs"). */
export const SRE_WORKBOOK_BURN_RATE_WINDOWS: readonly BurnRateWindow[] = [
  { severity: 'page', longWindowHours: 1, shortWindowMinutes: 5, budgetConsumed: 0.02 },
  { severity: 'page', longWindowHours: 6, shortWindowMinutes: 30, budgetConsumed: 0.05 },
  { severity: 'ticket', longWindowHours: 72, shortWindowMinutes: 360, budgetConsumed: 0.1 },
];

export interface BurnRateAlert extends BurnRateWindow {
  burnRate: number;
  /** Error rate (fraction of time or requests failing) over the long window at which the alert fires. */
  errorRateThreshold: number;
  /** How long the whole budget lasts at this burn rate. */
  timeToExhaustSeconds: number;
  /** Seconds of total outage, from a clean window, until the alert fires; null if it never can. */
  fullOutageSecondsToFire: number | null;
  /** Whether the model's steady expected error rate alone reaches the threshold. */
  steadyStateFires: boolean;
}

export interface ErrorBudget {
  slo: number;
  windowDays: number;
  /** 1 - SLO. */
  budget: number;
  allowedDowntimeSeconds: number;
  expectedDowntimeSeconds: number;
  /** Expected share of the budget consumed over the window: unavailability / budget (also the steady burn rate). */
  expectedBudgetConsumed: number;
  meetsSlo: boolean;
  /** budget - unavailability: negative when the model expects to miss the SLO. */
  headroom: number;
  /** Burn rate of a total outage: 1 / budget. */
  fullOutageBurnRate: number;
  /** How long a total outage takes to spend the whole budget: budget * window. */
  fullOutageExhaustSeconds: number;
  alerts: BurnRateAlert[];
}

export function errorBudget(
  unavailability: number,
  slo: number,
  windowDays = 30,
  windows: readonly BurnRateWindow[] = SRE_WORKBOOK_BURN_RATE_WINDOWS,
): ErrorBudget {
  checkUnavailability(unavailability);
  checkEvaluateOptions({ slo, sloWindowDays: windowDays, burnRateWindows: windows });
  const budget = 1 - slo;
  const windowSeconds = windowDays * SECONDS_PER_DAY;
  const alerts = windows.map((w): BurnRateAlert => {
    const longSeconds = w.longWindowHours * 3600;
    const burnRate = (w.budgetConsumed * windowSeconds) / longSeconds;
    const errorRateThreshold = burnRate * budget;
    return {
      ...w,
      burnRate,
      errorRateThreshold,
      timeToExhaustSeconds: windowSeconds / burnRate,
      fullOutageSecondsToFire: errorRateThreshold <= 1 ? errorRateThreshold * longSeconds : null,
      steadyStateFires: unavailability >= errorRateThreshold,
    };
  });
  return {
    slo,
    windowDays,
    budget,
    allowedDowntimeSeconds: budget * windowSeconds,
    expectedDowntimeSeconds: unavailability * windowSeconds,
    expectedBudgetConsumed: unavailability / budget,
    meetsSlo: unavailability <= budget,
    headroom: budget - unavailability,
    fullOutageBurnRate: 1 / budget,
    fullOutageExhaustSeconds: budget * windowSeconds,
    alerts,
  };
}
