/**
 * Export the scenario for other tools: Graphviz DOT, Mermaid, GraphML (yEd, Gephi, NetworkX), a CSV edge
 * list or our JSON, downloaded or copied. The writer for a format loads when the reader first asks for
 * it; the text is shown read-only too, so it can be copied by hand when the clipboard is not allowed.
 */
import { useId, useRef, useState } from 'react';
import { EXPORT_FILES, EXPORT_FORMATS, FORMAT_TITLES, exportScenario, type ExportFormatName } from '../../../engine/contagion/formats/index.ts';
import { SelectField } from '../fields.tsx';
import type { SimScenario } from '../simulation.ts';
import { formatCount } from '../simulator-fields.ts';
import { downloadData, fileNameFor } from './picture-export.ts';

const PREVIEW_CHARS = 200_000;

/** What each export keeps (the engine README's table, in a sentence each). */
const KEEPS: Record<ExportFormatName, string> = {
  json: 'Everything.',
  dot: 'Everything: our fields as attributes, the rest of the scenario in the graph attribute atlas_scenario. Line breaks in labels are lost.',
  mermaid: 'Components, labels, soft (dotted) links and types as classes; everything else in %% atlas comments Mermaid ignores.',
  graphml: 'Everything, as declared keys; yEd shows them as properties.',
  csv: 'Only the dependencies (from, to, weight, kind, and notes and evidence when any has them): no labels, types, rules or lone components.',
};

export function ExportGraph({ scenario }: { scenario: SimScenario }) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormatName>('dot');
  const [made, setMade] = useState<{ format: ExportFormatName; scenario: SimScenario; text: string } | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const outRef = useRef<HTMLTextAreaElement>(null);

  const current = made && made.format === format && made.scenario === scenario ? made.text : null;

  const make = async (): Promise<string | null> => {
    if (current !== null) return current;
    setBusy(true);
    try {
      const text = await exportScenario(scenario, format);
      setMade({ format, scenario, text });
      return text;
    } catch (error) {
      setMessage({ text: `The ${FORMAT_TITLES[format]} export failed: ${(error as Error).message}`, error: true });
      return null;
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    const text = await make();
    if (text === null) return;
    const name = fileNameFor(scenario.id, EXPORT_FILES[format].extension);
    downloadData({ text, mime: EXPORT_FILES[format].mime }, name);
    setMessage({ text: `Downloaded ${name} (${formatCount(text.length)} characters).`, error: false });
  };

  const copy = async () => {
    const text = await make();
    if (text === null) return;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setMessage({ text: `Copied the ${FORMAT_TITLES[format]} text.`, error: false });
    } catch {
      setMessage({ text: 'Copying was not allowed: the text is selected below, press Ctrl+C (or ⌘C) to copy it.', error: false });
      requestAnimationFrame(() => {
        outRef.current?.focus();
        outRef.current?.select();
      });
    }
  };

  const preview = current !== null && current.length > PREVIEW_CHARS ? current.slice(0, PREVIEW_CHARS) : current;

  return (
    <section className="sim-io-section" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} className="sim-subhead">
        Export for other tools
      </h4>
      <SelectField
        label="Format"
        value={format}
        onChange={(v) => setFormat(v as ExportFormatName)}
        options={EXPORT_FORMATS.map((f) => ({ value: f, label: f === 'csv' ? 'CSV edge list' : FORMAT_TITLES[f] }))}
        hint={`Keeps: ${KEEPS[format]}`}
        testId="sim-export-format"
      />
      <div className="sim-actions">
        <button type="button" onClick={() => void download()} disabled={busy} data-testid="sim-export-download">
          Download
        </button>
        <button type="button" onClick={() => void copy()} disabled={busy} data-testid="sim-export-copy">
          Copy
        </button>
        <button type="button" onClick={() => void make()} disabled={busy || current !== null} data-testid="sim-export-show">
          Show the text
        </button>
        <span role="status" className={message?.error ? 'sim-field-error' : 'sim-muted'} data-testid="sim-export-format-status">
          {message?.text ?? ''}
        </span>
      </div>
      {preview !== null && (
        <div className="sim-field sim-field-wide">
          <label htmlFor={`${id}-out`}>{FORMAT_TITLES[format]} (read only)</label>
          <textarea ref={outRef} id={`${id}-out`} readOnly value={preview} rows={8} spellCheck={false} data-testid="sim-export-output" />
          {preview !== current && <span className="sim-field-hint">Showing the first {formatCount(PREVIEW_CHARS)} characters; the download and the copy have all of it.</span>}
        </div>
      )}
    </section>
  );
}
