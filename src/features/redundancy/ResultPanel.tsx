/**
 * Everything the engine says about one strategy: availability and nines, expected downtime, the error
 * budget with its burn-rate alerts, the single best improvement, and the naive answer beside the
 * correlated one. When the strategy's fields do not parse, the last good result stays, marked stale.
 */
import { availabilityPercent, type AvailabilityResult } from '../../engine/availability/index.ts';
import { explainDifference } from './why-answers-differ.ts';
import { formatDuration, formatNines, formatRatio, formatShare } from './result-text.ts';

/** Significant digits of the unavailability carried into the displayed percentage. */
export const PERCENT_DIGITS = 4;

interface Props {
  result: AvailabilityResult;
  stale: boolean;
  testId: string;
}

const hours = (h: number) => (h >= 24 ? `${h / 24} d` : `${h} h`);

export function ResultPanel({ result, stale, testId }: Props) {
  const d = result.downtime;
  const budget = result.errorBudget;
  const best = result.bestImprovement;
  const mc = result.monteCarlo;
  return (
    <div className={`rc-result${stale ? ' rc-stale' : ''}`} data-testid={testId} data-stale={stale ? 'true' : 'false'} data-unavailability={result.unavailability}>
      {stale && (
        <p className="rc-stale-note" data-testid={`${testId}-stale`}>
          Stale: these are the results of the last valid numbers. Fix the marked field to update them.
        </p>
      )}
      <div className="rc-result-col">
        <p className="rc-headline">
          <span className="rc-big" data-testid={`${testId}-availability`}>
            {availabilityPercent(result.unavailability, PERCENT_DIGITS)}
          </span>{' '}
          available, <span data-testid={`${testId}-nines`}>{formatNines(result.nines)}</span> nines
          {result.method === 'monte-carlo' && ' (Monte Carlo estimate)'}
        </p>
        <table className="rc-downtime">
          <caption>Expected downtime ({d.description})</caption>
          <tbody>
            <tr>
              <th scope="row">Per year</th>
              <td data-testid={`${testId}-year`}>{formatDuration(d.perYearSeconds)}</td>
            </tr>
            <tr>
              <th scope="row">Per month</th>
              <td>{formatDuration(d.perMonthSeconds)}</td>
            </tr>
            <tr>
              <th scope="row">Per week</th>
              <td>{formatDuration(d.perWeekSeconds)}</td>
            </tr>
            <tr>
              <th scope="row">Per day</th>
              <td>{formatDuration(d.perDaySeconds)}</td>
            </tr>
          </tbody>
        </table>
      </div>

      <div className="rc-result-col">
        <div className="rc-naive">
          <p>
            <strong>Correlated:</strong> {formatDuration(d.perYearSeconds)} a year.{' '}
            {result.independent && (
              <>
                <strong>If every failure were independent:</strong> <span data-testid={`${testId}-independent`}>{formatDuration(result.independent.downtime.perYearSeconds)}</span> a year (
                {availabilityPercent(result.independent.unavailability, PERCENT_DIGITS)}
                ).
              </>
            )}
          </p>
          <p data-testid={`${testId}-why`}>{explainDifference(result)}</p>
        </div>

        {best && best.gainIfPerfect > 0 ? (
          <p className="rc-best" data-testid={`${testId}-best`}>
            <strong>Biggest single improvement:</strong> {best.label} ({best.kind === 'component' ? 'component' : best.kind === 'domain' ? 'failure domain' : 'common cause'}
            ). Making it never fail removes {formatShare(best.shareOfUnavailability)} of the expected downtime; one more nine on it removes{' '}
            {formatDuration((best.gainPerExtraNine * d.perYearSeconds) / Math.max(result.unavailability, Number.MIN_VALUE))} a year.
          </p>
        ) : (
          <p className="rc-best rc-hint">{result.importanceNote ? `Improvement ranking ${result.importanceNote}.` : 'No single part explains any downtime.'}</p>
        )}
      </div>

      <div className="rc-result-col">
        {budget && (
          <div className="rc-budget">
            <p>
              <strong>Error budget</strong> for {availabilityPercent(budget.budget, 6)} over {budget.windowDays} days: {formatDuration(budget.allowedDowntimeSeconds)} allowed,{' '}
              {formatDuration(budget.expectedDowntimeSeconds)} expected ({formatShare(budget.expectedBudgetConsumed)} of the budget).{' '}
              <strong className={budget.meetsSlo ? 'rc-ok' : 'rc-bad'}>{budget.meetsSlo ? 'Meets the target.' : 'Misses the target.'}</strong>
            </p>
            <table className="rc-burn rc-stack">
              <caption>Burn-rate alerts (SRE Workbook starting points)</caption>
              <thead>
                <tr>
                  <th scope="col">Alert</th>
                  <th scope="col">Windows</th>
                  <th scope="col">Burn rate</th>
                  <th scope="col">A full outage fires it after</th>
                </tr>
              </thead>
              <tbody>
                {budget.alerts.map((a) => (
                  <tr key={a.longWindowHours}>
                    <th scope="row">
                      {a.severity === 'page' ? 'Page' : 'Ticket'}: {formatShare(a.budgetConsumed)} of budget
                    </th>
                    <td data-label="Windows">
                      {hours(a.longWindowHours)} / {a.shortWindowMinutes >= 60 ? hours(a.shortWindowMinutes / 60) : `${a.shortWindowMinutes} min`}
                    </td>
                    <td data-label="Burn rate">{Math.round(a.burnRate * 10) / 10}</td>
                    <td data-label="A full outage fires it after">{a.fullOutageSecondsToFire === null ? 'never (threshold above 100% errors)' : formatDuration(a.fullOutageSecondsToFire)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        <p className="rc-method rc-hint" data-testid={`${testId}-method`}>
          How it was computed: {result.methodNote}.
          {mc && result.method === 'monte-carlo' && (
            <>
              {' '}
              99% interval of the availability: {availabilityPercent(mc.unavailabilityInterval[1], PERCENT_DIGITS)} to {availabilityPercent(mc.unavailabilityInterval[0], PERCENT_DIGITS)}.
            </>
          )}
          {result.correlation && result.independent && ` Correlated ÷ independent unavailability: ${formatRatio(result.correlation.unavailabilityRatio)}.`}
        </p>
      </div>
    </div>
  );
}
