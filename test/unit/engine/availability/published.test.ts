// Published worked examples, reproduced with the engine. Expected values are the published figures (or
// their closed forms), never the engine's own output.
//
// Sources:
//  [AWS] AWS Well-Architected Framework, Reliability Pillar, "Availability": "Calculating availability
//        with hard dependencies" (99.99% x 99.99% x 99.99% = 99.97%) and "Calculating availability with
//        redundant components" (two independent 99.9% components: 99.9999%). Amazon Web Services,
//        https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/availability.html
//  [AZ]  Microsoft Azure Well-Architected Framework, "Using business metrics to design resilient Azure
//        applications" (ms.date 2021-11-11), sections "Composite SLAs" (App Service 99.95% x SQL Database
//        99.99% = 99.94%; database or queue = 1 - 0.0001 x 0.001 = 99.99999%; web app and (database or
//        queue) ~ 99.95%), "SLAs for multiregion deployments" (single region 99.95%: two regions
//        99.999975%, four regions 99.999999%) and its downtime table (99.9%: 10.1 min/week, 43.2
//        min/month, 8.76 h/year; 99.99%: 1.01 min, 4.32 min, 52.56 min; 99.999%: 6 s, 25.9 s, 5.26 min).
//        Microsoft, https://learn.microsoft.com/azure/architecture/framework/resiliency/business-metrics
//  [CSA] Ben Treynor, Mike Dahlin, Vivek Rau, Betsy Beyer, "The Calculus of Service Availability",
//        ACM Queue 15(2), 2017 (also CACM 60(9), 2017), https://queue.acm.org/detail.cfm?id=3096459 :
//        availability = MTTF / (MTTF + MTTR); the rule of the extra 9; worked 99.99% year: 0.01% of
//        525,600 minutes is about 53 minutes, five critical dependencies at 99.999% take about 26
//        minutes, leaving about 27 minutes for the service; three 20-minute outages (60 minutes) are
//        already over budget.
//  [TMR] Triple modular redundancy / 2-out-of-3 system with component reliability R: R_sys = 3R^2 - 2R^3,
//        0.972 at R = 0.9 (standard textbook closed form; e.g. Wikipedia, "Triple modular redundancy";
//        also k-out-of-n binomial sums: 2-of-4 at 0.9 is 0.9963, 3-of-5 at 0.8 is 0.942).
//  [SRE] Betsy Beyer et al. (eds.), The Site Reliability Workbook, O'Reilly/Google, 2018, chapter 5
//        "Alerting on SLOs", recommended starting parameters: page at 2% of budget in 1 hour (burn rate
//        14.4, 5-minute short window), page at 5% in 6 hours (6, 30 minutes), ticket at 10% in 3 days
//        (1, 6 hours), for a 30-day SLO window. https://sre.google/workbook/alerting-on-slos/
//  [BETA] Beta-factor common cause model as used by IEC 61508 (lambda_CCF = beta * lambda): worked example
//        "2-of-3 voting, p = 1e-3, beta = 0.05: P(system fail) ~ beta p + 3 (1 - beta)^2 p^2 ~ 5.3e-5",
//        FTA Studio, "Common-cause failure: Beta-factor vs Multiple Greek Letter",
//        https://fta-studio.pages.dev/guides/common-cause-failure-beta-vs-mgl
import { describe, expect, test } from 'vitest';
import { errorBudget, expectedDowntime, type Block, type SystemDescription } from '../../../../src/engine/availability/index.ts';
import { evaluate } from '../../../../src/engine/availability/schema.ts';

const comp = (availability: number, domains: string[] = []): Block => ({ type: 'component', availability, domains });
const series = (...parts: Block[]): Block => ({ type: 'series', parts });
const anyOf = (...parts: Block[]): Block => ({ type: 'k-of-n', k: 1, parts });
const sys = (root: Block, domains: SystemDescription['domains'] = []): SystemDescription => ({ root, domains });
/** A percentage rounded to `digits` decimals, as the sources print them. */
const pct = (x: number, digits: number): string => (x * 100).toFixed(digits);

describe('[AWS] Reliability Pillar', () => {
  test('hard dependencies: 99.99% invoking 99.99% and 99.99% is 99.97%', () => {
    const r = evaluate(sys(series(comp(0.9999), comp(0.9999), comp(0.9999))));
    expect(pct(r.availability, 2)).toBe('99.97');
    expect(r.availability).toBeCloseTo(0.9999 ** 3, 15);
  });

  test('redundant components: two independent 99.9% components give 99.9999%', () => {
    const r = evaluate(sys(anyOf(comp(0.999), comp(0.999))));
    expect(pct(r.availability, 4)).toBe('99.9999');
    // Closed form 1 - (1 - 0.999)^2: unavailability exactly 1e-6.
    expect(Math.abs(r.unavailability - 1e-6) / 1e-6).toBeLessThan(1e-15);
  });

  test('the same two copies in one Availability Zone are only as good as the zone', () => {
    // Not a published figure: the correlated counterpart of the example above, in closed form.
    const r = evaluate(sys(anyOf(comp(0.999, ['az']), comp(0.999, ['az'])), [{ id: 'az', availability: 0.999 }]));
    expect(r.unavailability).toBeCloseTo(0.001 + 0.999 * 1e-6, 17);
    expect(r.independent!.unavailability).toBeCloseTo((1 - 0.999 * 0.999) ** 2, 17);
  });
});

describe('[AZ] Azure composite SLAs', () => {
  test('App Service 99.95% and SQL Database 99.99% in series: 99.94%', () => {
    const r = evaluate(sys(series(comp(0.9995), comp(0.9999))));
    expect(pct(r.availability, 2)).toBe('99.94');
  });

  test('database or queue: 1 - 0.0001 x 0.001 = 99.99999%; web app and (database or queue) ~ 99.95%', () => {
    const dbOrQueue = evaluate(sys(anyOf(comp(0.9999), comp(0.999))));
    expect(pct(dbOrQueue.availability, 5)).toBe('99.99999');
    expect(Math.abs(dbOrQueue.unavailability - 1e-7) / 1e-7).toBeLessThan(1e-15);
    const total = evaluate(sys(series(comp(0.9995), anyOf(comp(0.9999), comp(0.999)))));
    expect(pct(total.availability, 2)).toBe('99.95');
  });

  test('multiregion: 99.95% per region gives 99.999975% in two regions and 99.999999% in four', () => {
    const two = evaluate(sys(anyOf(comp(0.9995), comp(0.9995))));
    expect(pct(two.availability, 6)).toBe('99.999975');
    expect(Math.abs(two.unavailability - 2.5e-7) / 2.5e-7).toBeLessThan(1e-15);
    const four = evaluate(sys(anyOf(comp(0.9995), comp(0.9995), comp(0.9995), comp(0.9995))));
    // (1 - 0.9995)^4 = 6.25e-14, which the source prints truncated as 99.999999%.
    expect(Math.abs(four.unavailability - 6.25e-14) / 6.25e-14).toBeLessThan(1e-14);
    expect(String(four.availability * 100).startsWith('99.999999')).toBe(true);
  });

  test('downtime table (365-day year, 30-day month)', () => {
    const minutes = (s: number) => s / 60;
    const d999 = expectedDowntime(0.001, 'calendar');
    expect(minutes(d999.perWeekSeconds).toFixed(1)).toBe('10.1');
    expect(minutes(d999.perMonthSeconds).toFixed(1)).toBe('43.2');
    expect((d999.perYearSeconds / 3600).toFixed(2)).toBe('8.76');
    const d9999 = expectedDowntime(0.0001, 'calendar');
    expect(minutes(d9999.perWeekSeconds).toFixed(2)).toBe('1.01');
    expect(minutes(d9999.perMonthSeconds).toFixed(2)).toBe('4.32');
    expect(minutes(d9999.perYearSeconds).toFixed(2)).toBe('52.56');
    const d99999 = expectedDowntime(0.00001, 'calendar');
    expect(d99999.perWeekSeconds.toFixed(0)).toBe('6');
    expect(d99999.perMonthSeconds.toFixed(1)).toBe('25.9');
    expect(minutes(d99999.perYearSeconds).toFixed(2)).toBe('5.26');
  });
});

describe('[CSA] The Calculus of Service Availability', () => {
  const minutesPerYear = (r: { downtime: { perYearSeconds: number } }) => r.downtime.perYearSeconds / 60;

  test('availability = MTTF / (MTTF + MTTR)', () => {
    const r = evaluate(sys({ type: 'component', mtbf: 8760 - 0.876, mttr: 0.876 }));
    expect(r.availability).toBeCloseTo(0.9999, 15);
  });

  test('a 99.99% year allows about 53 minutes; five 99.999% critical dependencies use about 26 of them', () => {
    expect(Math.round(expectedDowntime(0.0001).perYearSeconds / 60)).toBe(53);
    const deps = evaluate(sys(series(...Array.from({ length: 5 }, () => comp(0.99999)))));
    expect(Math.round(minutesPerYear(deps))).toBe(26);
  });

  test('what is left for the service: 0.005% of the year, about 26.3 minutes (the paper rounds 53 - 26 = 27)', () => {
    const deps = evaluate(sys(series(...Array.from({ length: 5 }, () => comp(0.99999)))), { slo: 0.9999, sloWindowDays: 365 });
    const leftMinutes = deps.errorBudget!.headroom * 525_600;
    expect(leftMinutes).toBeCloseTo(26.28, 1);
    expect(Math.round(0.0001 * 525_600) - Math.round(deps.downtime.perYearSeconds / 60)).toBe(27);
    // A service that keeps within what is left meets 99.99% together with its dependencies.
    const own = (0.99 * leftMinutes) / 525_600;
    const r = evaluate(sys(series({ type: 'component', unavailability: own }, ...Array.from({ length: 5 }, () => comp(0.99999)))), { slo: 0.9999 });
    expect(r.errorBudget!.meetsSlo).toBe(true);
  });

  test('three complete 20-minute outages a year are already over a 99.99% budget', () => {
    const budget = errorBudget(60 / 525_600, 0.9999, 365);
    expect(budget.meetsSlo).toBe(false);
    expect(budget.allowedDowntimeSeconds / 60).toBeCloseTo(52.56, 10);
  });

  test('rule of the extra 9: N critical dependencies at 1 - x leave at most 1 - x and at least 1 - N x', () => {
    for (const [n, x] of [[5, 1e-5], [10, 1e-4], [3, 1e-3]] as const) {
      const r = evaluate(sys(series(...Array.from({ length: n }, () => ({ type: 'component', unavailability: x }) as Block))));
      expect(r.unavailability).toBeGreaterThanOrEqual(x);
      expect(r.unavailability).toBeLessThanOrEqual(n * x);
      // Closed form 1 - (1 - x)^n, relative to the last few bits.
      const closed = -Math.expm1(n * Math.log1p(-x));
      expect(Math.abs(r.unavailability - closed) / closed).toBeLessThan(1e-14);
    }
  });
});

describe('[TMR] k-out-of-n textbook examples', () => {
  const kOfN = (k: number, n: number, p: number) => evaluate(sys({ type: 'k-of-n', k, parts: Array.from({ length: n }, () => comp(p)) }));
  const binomialAtLeast = (k: number, n: number, p: number) => {
    let s = 0;
    for (let j = k; j <= n; j++) {
      let c = 1;
      for (let i = 1; i <= j; i++) c = (c * (n - j + i)) / i;
      s += c * p ** j * (1 - p) ** (n - j);
    }
    return s;
  };

  test('2-out-of-3 at 0.9 is 0.972 = 3R^2 - 2R^3', () => {
    const r = kOfN(2, 3, 0.9);
    expect(r.availability.toFixed(3)).toBe('0.972');
    expect(r.availability).toBeCloseTo(3 * 0.81 - 2 * 0.729, 15);
  });

  test('2-out-of-4 at 0.9 is 0.9963 and 3-out-of-5 at 0.8 is 0.942', () => {
    expect(kOfN(2, 4, 0.9).availability.toFixed(4)).toBe('0.9963');
    expect(kOfN(3, 5, 0.8).availability.toFixed(3)).toBe('0.942');
  });

  test('k-of-n equals the binomial sum for many k, n, p', () => {
    for (const n of [1, 2, 5, 9]) {
      for (let k = 1; k <= n; k++) {
        for (const p of [0.5, 0.9, 0.99]) expect(kOfN(k, n, p).availability).toBeCloseTo(binomialAtLeast(k, n, p), 13);
      }
    }
  });
});

describe('[SRE] multiwindow, multi-burn-rate alerting', () => {
  const budget = errorBudget(0, 0.999, 30);

  test('2% in 1 h, 5% in 6 h and 10% in 3 d are burn rates 14.4, 6 and 1 for a 30-day window', () => {
    expect(budget.alerts.map((a) => a.burnRate)).toEqual([expect.closeTo(14.4, 12), expect.closeTo(6, 12), expect.closeTo(1, 12)]);
    expect(budget.alerts.map((a) => a.severity)).toEqual(['page', 'page', 'ticket']);
    expect(budget.alerts.map((a) => a.shortWindowMinutes)).toEqual([5, 30, 360]);
  });

  test('a 99.9% SLO allows 43.2 minutes in 30 days; burning at 14.4 empties it in about 2 days', () => {
    expect(budget.allowedDowntimeSeconds / 60).toBeCloseTo(43.2, 10);
    expect(budget.alerts[0]!.timeToExhaustSeconds / 86_400).toBeCloseTo(30 / 14.4, 12);
    // A total outage fires the 1-hour page once it has used 2% of the budget: 0.02 * 43.2 min = 51.84 s.
    expect(budget.alerts[0]!.fullOutageSecondsToFire).toBeCloseTo(51.84, 9);
  });
});

describe('[BETA] beta-factor common cause', () => {
  test('2-of-3 voting, p = 1e-3, beta = 0.05: about 5.3e-5, dominated by the common cause', () => {
    const p = 1e-3;
    const beta = 0.05;
    const r = evaluate(sys({ type: 'k-of-n', k: 2, beta, parts: [0, 1, 2].map(() => ({ type: 'component', unavailability: p }) as Block) }));
    expect(r.unavailability.toExponential(1)).toBe('5.3e-5');
    // The source's first-order formula; the exact model differs only at higher order.
    const approx = beta * p + 3 * (1 - beta) ** 2 * p ** 2;
    expect(Math.abs(r.unavailability - approx) / approx).toBeLessThan(1e-3);
    // Without beta the same voter fails about 3p^2 = 3e-6 of the time.
    expect(r.independent!.unavailability).toBeCloseTo(3 * p ** 2 - 2 * p ** 3, 18);
  });
});
