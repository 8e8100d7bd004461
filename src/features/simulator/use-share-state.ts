/**
 * The simulator's state in the page address (full tool only): restored once from a shared link, with
 * a notice for anything the link names that this scenario does not have, then kept in step with every
 * change. Also gives the relative link the embedded simulator offers to the full tool.
 */
import { useEffect, useRef, type Dispatch } from 'react';
import { modelForLink } from './link-model.ts';
import type { SimScenario } from './simulation.ts';
import type { SimulatorAction, SimulatorState } from './simulator-state.ts';
import { readShareParams, reconcile, writeShareParams } from './simulator-url.ts';

interface Options {
  embedded: boolean;
  /** a preset by id, fetched if need be; null if the catalogue has no such id */
  loadPreset: (id: string) => Promise<SimScenario | null>;
  firstPreset: SimScenario;
  /** the scenario on screen */
  file: SimScenario;
  toolUrl: string;
}

export function useShareState(state: SimulatorState, dispatch: Dispatch<SimulatorAction>, { embedded, loadPreset, firstPreset, file, toolUrl }: Options): () => string {
  const restored = useRef(false);

  // Restore from the URL once, on the full tool page only.
  useEffect(() => {
    if (embedded || restored.current) return;
    restored.current = true;
    const parsed = readShareParams(new URLSearchParams(location.search));
    // A plain visit (no shared state in the address) already shows what the server rendered: restoring
    // it would only cost a second render of the whole island during page load.
    if (!parsed.model && !parsed.problems.length && Object.keys(parsed.state).length === 0) return;
    const problems = [...parsed.problems];
    void (async () => {
      let custom: SimScenario | null = null;
      let preset = firstPreset;
      if (parsed.model) {
        try {
          const { decodeModel } = await import('../shared/compressed-json.ts');
          const text = await decodeModel(parsed.model);
          const { parseScenarioFile } = await import('../../engine/contagion/schema.ts');
          custom = parseScenarioFile(text, 'the shared link', { userImport: true });
        } catch (e) {
          problems.push(`The scenario in this link could not be used (${(e as Error).message.split('\n')[0]}); showing a preset instead.`);
        }
      }
      if (!custom && parsed.state.scenario && parsed.state.scenario !== firstPreset.id) {
        try {
          const named = await loadPreset(parsed.state.scenario);
          if (named) preset = named;
          else problems.push(`The link names a scenario that does not exist (“${parsed.state.scenario}”); showing “${firstPreset.title}” instead.`);
        } catch (e) {
          problems.push(`${(e as Error).message} Showing “${firstPreset.title}” instead.`);
        }
      }
      const presetId = preset.id;
      const base = custom ?? preset;
      const known = { nodes: new Set(base.nodes.map((n) => n.id)), mitigations: new Set((base.mitigations ?? []).map((m) => m.id)) };
      const fixed = reconcile(parsed.state, known);
      problems.push(...fixed.problems);
      dispatch({
        type: 'restore-link',
        custom,
        presetId,
        failed: fixed.failed ?? [...(base.trigger?.seeds ?? [])],
        mitigations: fixed.mitigations ?? [],
        step: parsed.state.step === undefined ? 0 : parsed.state.step,
        notices: problems,
      });
    })();
    // Once, on load: later changes of the state are written to the URL by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [embedded, loadPreset, firstPreset, dispatch]);

  // Keep the URL in step with the state (tool page only). A reader's own scenario is encoded once, not
  // on every click; one too large for a link stays out of the address (a 20,000-node import made a
  // multi-megabyte URL and each replaceState cost over a second), and the share control says to export
  // it as a file instead (link-model.ts).
  const { custom, failed, mitigations, step } = state;
  useEffect(() => {
    if (embedded || !restored.current) return;
    let cancelled = false;
    void (async () => {
      const model = custom ? await modelForLink(custom) : null;
      if (cancelled) return;
      const url = new URL(location.href);
      writeShareParams(url.searchParams, { scenario: file.id, failed, mitigations, step }, model);
      history.replaceState(null, '', url);
    })();
    return () => {
      cancelled = true;
    };
  }, [embedded, custom, file.id, failed, mitigations, step]);

  // A relative address, so it can be rendered on the server (no `location` there) and works on any host.
  return () => {
    const params = new URLSearchParams();
    writeShareParams(params, { scenario: file.id, failed, mitigations, step }, null);
    return `${toolUrl}?${params}`;
  };
}
