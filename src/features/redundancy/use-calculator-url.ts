/**
 * The calculator's state in the page address: read once from a shared link on the full tool (each
 * problem becomes a notice), then the address and the share link kept in step with every change. An
 * embed keeps no state in its own address but still offers a link to the full tool with its numbers.
 */
import { useEffect, useState, type Dispatch } from 'react';
import type { SystemDescription } from '../../engine/availability/index.ts';
import type { PresetGroup } from '../../lib/preset-schema.ts';
import { decodeEdits, encodeEdits, readShareParams, writeShareParams } from './calculator-url.ts';
import type { CalculatorAction, CalculatorState } from './calculator-state.ts';

export function useCalculatorUrl(state: CalculatorState, dispatch: Dispatch<CalculatorAction>, { groups, group, embedded, toolUrl }: { groups: readonly PresetGroup[]; group: PresetGroup; embedded: boolean; toolUrl: string }): string {
  const [shareHref, setShareHref] = useState(`${toolUrl}?group=${group.id}`);

  // Restore from the URL once (full tool only). Until then the preset is shown.
  useEffect(() => {
    if (embedded) return;
    const read = readShareParams(new URLSearchParams(location.search), groups);
    const target = groups.find((g) => g.id === read.state.group) ?? group;
    void (async () => {
      const decoded = read.edits ? await decodeEdits(read.edits, target) : { edits: new Map<string, SystemDescription>(), problems: [] };
      dispatch({
        type: 'restore-link',
        group: target,
        edits: decoded.edits,
        convention: read.state.convention,
        sloText: read.state.slo === undefined ? undefined : String(read.state.slo),
        notices: [...read.problems, ...decoded.problems],
      });
    })();
    // Once, on load: later changes are written to the URL by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Keep the URL (and the share link) in step with the state.
  const { restored, edited, lastGood, convention } = state;
  const slo = state.slo.value;
  useEffect(() => {
    if (!restored) return;
    let cancelled = false;
    void (async () => {
      // Only strategies the reader changed, each as its last valid system.
      const systems = new Map<string, SystemDescription>();
      for (const s of group.strategies) if (edited.has(s.id) && lastGood[s.id] && lastGood[s.id] !== s.system) systems.set(s.id, lastGood[s.id]!);
      const encoded = systems.size ? await encodeEdits(systems) : null;
      if (cancelled) return;
      const params = new URLSearchParams(embedded ? '' : location.search);
      writeShareParams(params, { group: group.id, convention, slo }, encoded);
      setShareHref(`${toolUrl}?${params}`);
      if (!embedded) history.replaceState(null, '', `${location.pathname}?${params}${location.hash}`);
    })();
    return () => {
      cancelled = true;
    };
  }, [restored, embedded, edited, lastGood, group, convention, slo, toolUrl]);

  return shareHref;
}
