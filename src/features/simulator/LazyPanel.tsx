/**
 * A collapsible panel whose contents load on first opening: the Monte Carlo, editor and import/export
 * panels are most of the simulator's code but few readers open them, so they stay out of the first
 * download. Once opened, the contents stay mounted while the panel is closed, so a running simulation
 * and anything typed into a field survive closing and reopening it.
 */
import { Suspense, lazy, useMemo, useState, type ComponentType } from 'react';

interface Props<P extends object> {
  summary: string;
  className: string;
  testId: string;
  load: () => Promise<{ default: ComponentType<P> }>;
  props: P;
}

export function LazyPanel<P extends object>({ summary, className, testId, load, props }: Props<P>) {
  const [opened, setOpened] = useState(false);
  const Body = useMemo(() => lazy(load), [load]);
  return (
    <details className={`sim-panel ${className}`} data-testid={testId} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && (
        <Suspense fallback={<p className="sim-muted">Loading…</p>}>
          <Body {...props} />
        </Suspense>
      )}
    </details>
  );
}
