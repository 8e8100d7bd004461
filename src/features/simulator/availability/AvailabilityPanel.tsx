/**
 * Availability of each service, correlated vs independent: from each component's own availability (a
 * default per type, which the reader can change, or a figure for that component alone), each service's
 * availability as the service-availability engine computes it (shared dependencies become failure
 * domains, evaluated exactly), beside the naive
 * product that treats every dependency as independent. Where the engine cannot be exact it says why and
 * gives its Monte Carlo estimate with the interval. Each service opens in the redundancy calculator.
 * Loaded with its panel, so none of this is in the first download.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { dependencyIndex, serviceAvailability, translateService, type ServiceAvailability } from '../../../engine/service-availability/index.ts';
import { calculatorLink } from '../../shared/calculator-edits.ts';
import { TextField } from '../fields.tsx';
import { typeName } from '../node-appearance.ts';
import type { SimScenario } from '../simulation.ts';
import { readAvailabilityInputs, typeText, type AvailabilityTexts } from './availability-inputs.ts';
import { ComponentOverrides } from './ComponentOverrides.tsx';

interface Props {
  scenario: SimScenario;
  /** address of the redundancy calculator */
  calculatorUrl?: string;
}

/** The calculator shows a model in place of one strategy of a preset group; this one, as a single chain. */
const CALCULATOR_GROUP = 'rpc-access';
const CALCULATOR_STRATEGY = 'single-endpoint';
/** Fewer trials than the engine's default: the estimate runs in the page, on each change. */
const TRIALS = 20_000;

const percent = (a: number) => `${(a * 100).toFixed(4)}%`;

export default function AvailabilityPanel({ scenario, calculatorUrl = '/tools/redundancy/' }: Props) {
  const [texts, setTexts] = useState<AvailabilityTexts>({ byType: {}, byNode: {} });
  const inputs = readAvailabilityInputs(scenario, texts, typeName);
  const key = JSON.stringify({ byType: inputs.byType, byNode: inputs.byNode });
  const setType = (type: string, text: string) => setTexts((t) => ({ ...t, byType: { ...t.byType, [type]: text } }));
  const setOwn = (id: string, text: string) => setTexts((t) => ({ ...t, byNode: { ...t.byNode, [id]: text } }));
  const clearOwn = (id: string) => setTexts((t) => ({ ...t, byNode: Object.fromEntries(Object.entries(t.byNode).filter(([k]) => k !== id)) }));

  // A bad field keeps its text and shows its message; no figures are shown until it is fixed, rather than
  // figures computed from a number the reader did not mean.
  const { invalid } = inputs;
  // On a large graph the figures take a while (a second or more): the fields answer first, and the table
  // says it is out of date until the new figures replace it.
  const shownScenario = useDeferredValue(scenario);
  const shownKey = useDeferredValue(key);
  const updating = shownScenario !== scenario || shownKey !== key;
  const report = useMemo(() => {
    try {
      const given = JSON.parse(shownKey) as { byType: Record<string, number>; byNode: Record<string, number> };
      return { ok: true as const, value: serviceAvailability(shownScenario, { ...given, monteCarlo: { trials: TRIALS } }) };
    } catch (e) {
      return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
    }
  }, [shownScenario, shownKey]);

  const links = useCalculatorLinks(shownScenario, report.ok ? report.value : null, calculatorUrl);
  const labelOf = (id: string) => shownScenario.nodes.find((n) => n.id === id)?.label ?? id;

  return (
    <div className="sim-availability" data-testid="sim-availability-body">
      <p className="sim-muted">
        Each component is up by itself with the availability of its type below, or with its own where you give it one; a service is up when its rule is met by dependencies that are up. A dependency shared along several paths fails on all of them at once: the correlated figure counts that exactly, the independent one multiplies as if it did not.
      </p>
      <fieldset>
        <legend>Availability of each type of component</legend>
        {inputs.types.map(({ type, text, result }) => (
          <TextField
            key={type}
            label={`${typeName(type)} (${type})`}
            value={text}
            onChange={(text) => setType(type, text)}
            error={result.ok ? null : result.error}
            hint={ownText(inputs.overrides.filter((o) => o.type === type).length)}
            inputMode="decimal"
            testId={`sim-availability-${type}`}
          />
        ))}
      </fieldset>
      <ComponentOverrides
        scenario={scenario}
        overrides={inputs.overrides}
        typeName={typeName}
        percent={percent}
        // A new override starts from the figure its type gives now, for the reader to change.
        onAdd={(id) => setOwn(id, typeText(texts, scenario.nodes.find((n) => n.id === id)!.type))}
        onText={setOwn}
        onClear={clearOwn}
      />
      {invalid.length > 0 ? (
        <p className="sim-muted" data-testid="sim-availability-waiting">
          Correct the availability of {invalid.join(', ')} above to see each service’s availability.
        </p>
      ) : !report.ok ? (
        <p className="sim-alert" role="alert">
          The availability could not be computed: {report.error}
        </p>
      ) : (
        <div className="sim-table-wrap">
        <table className="sim-table" data-testid="sim-availability-table" aria-busy={updating || undefined} data-updating={updating || undefined}>
          <caption>
            Availability of each service (services: components nothing else depends on)
            {updating && <span className="sim-muted"> (updating for your change…)</span>}
          </caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Correlated</th>
              <th scope="col">Independent</th>
              <th scope="col">How</th>
              <th scope="col">Model</th>
            </tr>
          </thead>
          <tbody>
            {report.value.services.map((s) => (
              <tr key={s.id} data-service={s.id}>
                <th scope="row">{labelOf(s.id)}</th>
                <td data-correlated={s.availability} data-low={s.method === 'monte-carlo' ? s.interval[0] : undefined} data-high={s.method === 'monte-carlo' ? s.interval[1] : undefined}>
                  {percent(s.availability)}
                  {s.method === 'monte-carlo' && (
                    <>
                      {' '}
                      <span className="sim-muted">
                        (99% interval {percent(s.interval[0])} to {percent(s.interval[1])})
                      </span>
                    </>
                  )}
                </td>
                <td data-independent={s.independent ?? ''}>{s.independent === null ? 'not defined (cycle)' : percent(s.independent)}</td>
                <td>{howText(s)}</td>
                <td>
                  {links.get(s.id) ? (
                    <a href={links.get(s.id)}>
                      Open {labelOf(s.id)} in the redundancy calculator
                    </a>
                  ) : (
                    <span className="sim-muted">{s.method === 'exact' || s.reason === 'exact-too-slow' ? 'Preparing the link…' : 'no series/parallel model to open'}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </div>
  );
}

/** The type field's hint, saying when some of its components have their own figure, which this one does not change. */
function ownText(own: number): string {
  if (own === 0) return 'e.g. 0.999 or 99.9%';
  return `e.g. 0.999 or 99.9%; ${own === 1 ? '1 component of this type has its own figure' : `${own} components of this type have their own figure`} below, which this one does not change`;
}

function howText(s: ServiceAvailability): string {
  const shared = s.sharedDependencies === 0 ? 'no shared dependency, so both agree' : `${s.sharedDependencies} shared ${s.sharedDependencies === 1 ? 'dependency' : 'dependencies'} counted as failure domains`;
  return s.method === 'exact' ? `Exact; ${shared}.` : `Not exact: ${s.note}.`;
}

/** The calculator's address for each service that has a series/parallel model, through its own URL encoding. */
function useCalculatorLinks(scenario: SimScenario, report: ReturnType<typeof serviceAvailability> | null, base: string): Map<string, string> {
  const [links, setLinks] = useState(new Map<string, string>());
  useEffect(() => {
    if (!report) return;
    let cancelled = false;
    const index = dependencyIndex(scenario);
    const own = Float64Array.from(report.components, (c) => c.availability);
    void Promise.all(
      report.services.map(async (s) => {
        const translation = translateService(index, index.index.get(s.id)!, own, 200_000);
        if (translation.kind !== 'system') return null;
        const label = scenario.nodes.find((n) => n.id === s.id)?.label ?? s.id;
        return [s.id, await calculatorLink(base, CALCULATOR_GROUP, CALCULATOR_STRATEGY, { ...translation.system, label: `${label} (from the simulator)` })] as const;
      }),
    ).then((pairs) => {
      if (!cancelled) setLinks(new Map(pairs.filter((p) => p !== null)));
    });
    return () => {
      cancelled = true;
    };
  }, [scenario, report, base]);
  return links;
}
