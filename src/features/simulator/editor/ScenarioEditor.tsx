/**
 * Build your own scenario: add and remove components and dependencies, change a component's rule,
 * start from scratch or generate a large random graph. Every field is checked as it is typed; every
 * change is checked with the engine's compile() (and the file format's cross-reference checks) before
 * it is handed to the simulator, and a problem is shown next to the form instead.
 */
import { memo, useMemo, useState, type ReactNode } from 'react';
import { NODE_TYPE_NAMES, type NodeType } from '../../../engine/contagion/index.ts';
import { typeName } from '../node-appearance.ts';
import { CheckField, SelectField, TextField } from '../fields.tsx';
import type { SimScenario } from '../simulation.ts';
import { RANDOM_DEFAULT_NODES, RANDOM_MAX_NODES, RANDOM_MIN_NODES, randomScenario } from '../random-scenario.ts';
import {
  addEdge,
  addNode,
  checkScenario,
  draftOf,
  edgeProblem,
  emptyScenario,
  hardDependencyCount,
  ownScenario,
  removeEdge,
  removeNode,
  ruleFromDraft,
  setRule,
  type RuleDraft,
  type SimNode,
} from './scenario-edits.ts';
import { formatCount, parseLabel, parseNodeId, parseSeed, parseWeight, parseWhole } from '../simulator-fields.ts';

type Section = 'start' | 'add-node' | 'add-edge' | 'change';
type Model = Pick<SimScenario, 'nodes' | 'edges'>;

const RULE_KINDS: { value: RuleDraft['kind']; label: string }[] = [
  { value: 'all', label: 'Needs every dependency (fails when any one fails)' },
  { value: 'any', label: 'Redundant: needs any one (fails when all fail)' },
  { value: 'atLeast', label: 'Quorum: needs at least k healthy dependencies' },
  { value: 'threshold', label: 'Weighted: fails when the failed share of weight reaches a fraction' },
];
const TYPE_OPTIONS = NODE_TYPE_NAMES.map((t) => ({ value: t, label: `${typeName(t)} (${t})` }));
const LIST_LIMIT = 50;

/** The editor's contents; the simulator shows them in a panel that loads them on first opening. */
export default function ScenarioEditor({ scenario, onChange }: { scenario: SimScenario; onChange: (next: SimScenario) => void }) {
  return <EditorBody scenario={scenario} onChange={onChange} />;
}

function EditorBody({ scenario, onChange }: { scenario: SimScenario; onChange: (next: SimScenario) => void }) {
  const [error, setError] = useState<{ section: Section; message: string } | null>(null);
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState('');
  const ids = useMemo(() => new Set(scenario.nodes.map((n) => n.id)), [scenario.nodes]);
  const current = ids.has(selected) ? selected : (scenario.nodes[0]?.id ?? '');

  /** Checks the edited model as the reader's scenario and hands it over; false (and a message) if it does not compile. */
  const apply = (section: Section, model: Model, done: string): boolean => {
    const next = ownScenario(scenario, model);
    return handOver(section, next, done);
  };
  const handOver = (section: Section, next: SimScenario, done: string): boolean => {
    let problem: string | null;
    try {
      problem = checkScenario(next);
    } catch (e) {
      problem = (e as Error).message;
    }
    if (problem) {
      setError({ section, message: problem });
      setStatus('');
      return false;
    }
    setError(null);
    setStatus(done);
    onChange(next);
    return true;
  };
  const errorFor = (section: Section): ReactNode =>
    error?.section === section ? (
      <p className="sim-alert" role="alert" data-testid="sim-editor-error">
        {error.message}
      </p>
    ) : null;

  return (
    <div className="sim-editor-body">
      <p className="sim-muted">
        Changes apply at once and make this your own scenario: the real incident&rsquo;s story, sources, recorded outcome and mitigations are set aside. Pick a scenario from
        the list at the top to go back to it.
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="sim-editor-status">
        {status}
      </p>
      <StartOver onStart={handOver} errorFor={errorFor} />
      <AddNode scenario={scenario} ids={ids} apply={apply} errorFor={errorFor} onAdded={setSelected} />
      <AddEdge scenario={scenario} apply={apply} errorFor={errorFor} />
      <ChangeNode scenario={scenario} current={current} onSelect={setSelected} apply={apply} errorFor={errorFor} />
    </div>
  );
}

interface SectionProps {
  apply: (section: Section, model: Model, done: string) => boolean;
  errorFor: (section: Section) => ReactNode;
}

/** Every editor form: no browser validation bubbles (the fields say what is wrong), no page reload. */
function EditorForm({ onSubmit, children }: { onSubmit: () => void; children: ReactNode }) {
  return (
    <form
      className="sim-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** A form's submit button, in the field row beside the fields it submits. */
function SubmitButton({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <div className="sim-field sim-field-button">
      <button type="submit" data-testid={testId}>
        {children}
      </button>
    </div>
  );
}

function StartOver({ onStart, errorFor }: { onStart: (section: Section, next: SimScenario, done: string) => boolean; errorFor: SectionProps['errorFor'] }) {
  const [sizeText, setSizeText] = useState(String(RANDOM_DEFAULT_NODES));
  const [seedText, setSeedText] = useState('1');
  const size = parseWhole(sizeText, RANDOM_MIN_NODES, RANDOM_MAX_NODES, 'a number of components');
  const seed = parseSeed(seedText);
  const [tried, setTried] = useState(false);
  return (
    <fieldset className="sim-fieldset">
      <legend>Start over</legend>
      <div className="sim-actions">
        <button type="button" onClick={() => onStart('start', emptyScenario(), 'Started an empty scenario: add components below or on the picture.')} data-testid="sim-editor-empty">
          Start from an empty scenario
        </button>
        <span className="sim-field-hint">No components: add them below, or switch on “Edit on the picture” and click the drawing.</span>
      </div>
      <EditorForm
        onSubmit={() => {
          setTried(true);
          if (!size.ok || !seed.ok) return;
          onStart('start', randomScenario(size.value, seed.value), `Generated a random graph of ${formatCount(size.value)} components.`);
        }}
      >
        <div className="sim-form-row">
          <TextField
            label="Components in the random graph"
            value={sizeText}
            onChange={setSizeText}
            error={size.ok ? null : size.error}
            hint="10 to 20,000; above 1,500 it is drawn on a canvas"
            inputMode="numeric"
            testId="sim-random-size"
          />
          <TextField label="Random seed" value={seedText} onChange={setSeedText} error={seed.ok ? null : seed.error} hint="same size and seed, same graph" inputMode="numeric" testId="sim-random-seed" />
          <SubmitButton testId="sim-random-generate">Generate a random large graph</SubmitButton>
        </div>
        {tried && (!size.ok || !seed.ok) && <p className="sim-field-error">Correct the fields marked above first.</p>}
        <p className="sim-field-hint">
          Three layers: infrastructure, services and products. Each service or product depends on 1 to 3 components below it, with a random rule.
        </p>
      </EditorForm>
      {errorFor('start')}
    </fieldset>
  );
}

function RuleFields({ draft, onChange, dependencies, kError, fractionError, prefix }: { draft: RuleDraft; onChange: (d: RuleDraft) => void; dependencies: number; kError: string | null; fractionError: string | null; prefix: string }) {
  return (
    <>
      <SelectField label="Rule" value={draft.kind} onChange={(kind) => onChange({ ...draft, kind: kind as RuleDraft['kind'] })} options={RULE_KINDS} testId={`${prefix}-rule`} />
      {draft.kind === 'atLeast' && (
        <TextField
          label="k: healthy dependencies needed"
          value={draft.k}
          onChange={(k) => onChange({ ...draft, k })}
          error={kError}
          hint={dependencies > 0 ? `1 to ${dependencies}` : undefined}
          inputMode="numeric"
          testId={`${prefix}-k`}
        />
      )}
      {draft.kind === 'threshold' && (
        <>
          <TextField
            label="Failed share at which it fails"
            value={draft.fraction}
            onChange={(fraction) => onChange({ ...draft, fraction })}
            error={fractionError}
            hint="0 to 1: 0.5, 50% or 1/3"
            inputMode="decimal"
            testId={`${prefix}-fraction`}
          />
          <CheckField label="Only above the share (strict)" checked={draft.strict} onChange={(strict) => onChange({ ...draft, strict })} testId={`${prefix}-strict`} />
        </>
      )}
    </>
  );
}

function AddNode({ scenario, ids, apply, errorFor, onAdded }: SectionProps & { scenario: SimScenario; ids: ReadonlySet<string>; onAdded: (id: string) => void }) {
  const [idText, setIdText] = useState('');
  const [labelText, setLabelText] = useState('');
  const [type, setType] = useState<NodeType>('cloud_region');
  const [draft, setDraft] = useState<RuleDraft>(draftOf(undefined));
  const [tried, setTried] = useState(false);
  const id = parseNodeId(idText, ids);
  const label = parseLabel(labelText);
  const rule = ruleFromDraft(draft, 0);
  // Untouched empty fields wait for a first attempt before they complain.
  const idError = id.ok ? null : idText !== '' || tried ? id.error : null;
  const labelError = label.ok ? null : labelText !== '' || tried ? label.error : null;
  return (
    <fieldset className="sim-fieldset">
      <legend>Add a component</legend>
      <EditorForm
        onSubmit={() => {
          setTried(true);
          if (!id.ok || !label.ok || !rule.rule) return;
          const node: SimNode = { id: id.value, label: label.value, type };
          if (rule.rule.kind !== 'all') node.rule = rule.rule;
          if (apply('add-node', addNode(scenario, node), `Added ${label.value}.`)) {
            setIdText('');
            setLabelText('');
            setTried(false);
            onAdded(id.value);
          }
        }}
      >
        <div className="sim-form-row">
          <TextField label="Id" value={idText} onChange={setIdText} error={idError} hint="lowercase, e.g. aws_use1" testId="sim-add-id" />
          <TextField label="Name" value={labelText} onChange={setLabelText} error={labelError} hint="shown in the graph" testId="sim-add-label" />
          <SelectField label="Type" value={type} onChange={(t) => setType(t as NodeType)} options={TYPE_OPTIONS} testId="sim-add-type" />
          <RuleFields draft={draft} onChange={setDraft} dependencies={0} kError={rule.kError} fractionError={rule.fractionError} prefix="sim-add" />
          <SubmitButton testId="sim-add-node">Add component</SubmitButton>
        </div>
      </EditorForm>
      {errorFor('add-node')}
    </fieldset>
  );
}

/** A select of every node; memoised so typing elsewhere does not re-render thousands of options. */
const NodeSelect = memo(function NodeSelect({ label, value, onChange, nodes, testId, hint }: { label: string; value: string; onChange: (id: string) => void; nodes: readonly SimNode[]; testId: string; hint?: string }) {
  const options = useMemo(() => nodes.map((n) => ({ value: n.id, label: n.label === n.id ? n.id : `${n.label} (${n.id})` })), [nodes]);
  return <SelectField label={label} value={value} onChange={onChange} options={options} testId={testId} hint={hint} />;
});

function AddEdge({ scenario, apply, errorFor }: SectionProps & { scenario: SimScenario }) {
  const [fromPick, setFrom] = useState('');
  const [toPick, setTo] = useState('');
  const [weightText, setWeightText] = useState('1');
  const [kind, setKind] = useState<'hard' | 'soft'>('hard');
  const [tried, setTried] = useState(false);
  const has = (id: string) => scenario.nodes.some((n) => n.id === id);
  const from = has(fromPick) ? fromPick : (scenario.nodes[scenario.nodes.length - 1]?.id ?? '');
  const to = has(toPick) ? toPick : (scenario.nodes[0]?.id ?? '');
  const weight = parseWeight(weightText);
  const problem = edgeProblem(scenario, from, to);
  return (
    <fieldset className="sim-fieldset">
      <legend>Add a dependency</legend>
      <EditorForm
        onSubmit={() => {
          setTried(true);
          if (!weight.ok || problem) return;
          const edge: SimScenario['edges'][number] = { from, to };
          if (weight.value !== 1) edge.weight = weight.value;
          if (kind === 'soft') edge.kind = 'soft';
          const name = (id: string) => scenario.nodes.find((n) => n.id === id)?.label ?? id;
          if (apply('add-edge', addEdge(scenario, edge), `${name(from)} now depends on ${name(to)}.`)) setTried(false);
        }}
      >
        <div className="sim-form-row">
          <NodeSelect label="Component" value={from} onChange={setFrom} nodes={scenario.nodes} testId="sim-edge-from" hint="the one that depends" />
          <NodeSelect label="Depends on" value={to} onChange={setTo} nodes={scenario.nodes} testId="sim-edge-to" hint="its dependency" />
          <TextField label="Weight" value={weightText} onChange={setWeightText} error={weight.ok ? null : weight.error} hint="0 or more; read by weighted rules" inputMode="decimal" testId="sim-edge-weight" />
          <SelectField
            label="Kind"
            value={kind}
            onChange={(k) => setKind(k as 'hard' | 'soft')}
            options={[
              { value: 'hard', label: 'Hard: its failure spreads' },
              { value: 'soft', label: 'Soft: its failure only degrades' },
            ]}
            testId="sim-edge-kind"
          />
          <SubmitButton testId="sim-add-edge">Add dependency</SubmitButton>
        </div>
        {problem && (tried || from === to) && <p className="sim-field-error">{problem}</p>}
      </EditorForm>
      {errorFor('add-edge')}
    </fieldset>
  );
}

function ChangeNode({ scenario, current, onSelect, apply, errorFor }: SectionProps & { scenario: SimScenario; current: string; onSelect: (id: string) => void }) {
  const node = scenario.nodes.find((n) => n.id === current);
  return (
    <fieldset className="sim-fieldset">
      <legend>Change or remove a component</legend>
      <div className="sim-form-row">
        <NodeSelect label="Component" value={current} onChange={onSelect} nodes={scenario.nodes} testId="sim-change-node" />
      </div>
      {node && <NodeDetails key={node.id} scenario={scenario} node={node} apply={apply} onSelect={onSelect} />}
      {errorFor('change')}
    </fieldset>
  );
}

function NodeDetails({ scenario, node, apply, onSelect }: { scenario: SimScenario; node: SimNode; apply: SectionProps['apply']; onSelect: (id: string) => void }) {
  const [draft, setDraft] = useState<RuleDraft>(() => draftOf(node.rule));
  const [tried, setTried] = useState(false);
  const dependencies = hardDependencyCount(scenario, node.id);
  const rule = ruleFromDraft(draft, dependencies);
  const name = (id: string) => scenario.nodes.find((n) => n.id === id)?.label ?? id;
  const out = scenario.edges.filter((e) => e.from === node.id);
  const inbound = scenario.edges.filter((e) => e.to === node.id);
  const touching = out.length + inbound.length;
  const edgeText = (e: SimScenario['edges'][number]) => `${e.kind === 'soft' ? 'soft' : 'hard'}${e.weight !== undefined && e.weight !== 1 ? `, weight ${e.weight}` : ''}`;
  return (
    <div className="sim-node-details">
      <p>
        {typeName(node.type)}, {dependencies === 1 ? '1 hard dependency' : `${dependencies} hard dependencies`}, {inbound.length === 1 ? '1 dependent' : `${formatCount(inbound.length)} dependents`}.
      </p>
      <EditorForm
        onSubmit={() => {
          setTried(true);
          if (!rule.rule) return;
          if (apply('change', setRule(scenario, node.id, rule.rule), `Changed the rule of ${node.label}.`)) setTried(false);
        }}
      >
        <div className="sim-form-row">
          <RuleFields draft={draft} onChange={setDraft} dependencies={dependencies} kError={rule.kError} fractionError={rule.fractionError} prefix="sim-change" />
          <SubmitButton testId="sim-apply-rule">Apply rule</SubmitButton>
        </div>
        {tried && !rule.rule && <p className="sim-field-error">Correct the rule first.</p>}
      </EditorForm>

      <h4 className="sim-subhead">Depends on</h4>
      {out.length === 0 ? (
        <p className="sim-muted">Nothing: it fails only when you fail it.</p>
      ) : (
        <EdgeList
          edges={out}
          text={(e) => `${name(e.to)} (${edgeText(e)})`}
          removeLabel={(e) => `Remove the dependency of ${node.label} on ${name(e.to)}`}
          onRemove={(e) => apply('change', removeEdge(scenario, e.from, e.to), `${node.label} no longer depends on ${name(e.to)}.`)}
        />
      )}
      <h4 className="sim-subhead">Depended on by</h4>
      {inbound.length === 0 ? (
        <p className="sim-muted">Nothing depends on it.</p>
      ) : (
        <EdgeList
          edges={inbound}
          text={(e) => `${name(e.from)} (${edgeText(e)})`}
          removeLabel={(e) => `Remove the dependency of ${name(e.from)} on ${node.label}`}
          onRemove={(e) => apply('change', removeEdge(scenario, e.from, e.to), `${name(e.from)} no longer depends on ${node.label}.`)}
        />
      )}
      <div className="sim-actions">
        <button
          type="button"
          className="sim-danger"
          onClick={() => {
            const rest = scenario.nodes.find((n) => n.id !== node.id);
            if (apply('change', removeNode(scenario, node.id), `Removed ${node.label}${touching ? ` and its ${touching} ${touching === 1 ? 'dependency' : 'dependencies'}` : ''}.`) && rest) onSelect(rest.id);
          }}
          data-testid="sim-remove-node"
        >
          Remove {node.label}
          {touching ? ` and its ${formatCount(touching)} ${touching === 1 ? 'dependency' : 'dependencies'}` : ''}
        </button>
      </div>
    </div>
  );
}

function EdgeList({
  edges,
  text,
  removeLabel,
  onRemove,
}: {
  edges: SimScenario['edges'];
  text: (e: SimScenario['edges'][number]) => string;
  removeLabel: (e: SimScenario['edges'][number]) => string;
  onRemove: (e: SimScenario['edges'][number]) => void;
}) {
  const shown = edges.slice(0, LIST_LIMIT);
  return (
    <>
      <ul className="sim-edge-list">
        {shown.map((e) => (
          <li key={`${e.from}>${e.to}`}>
            <span>{text(e)}</span>{' '}
            <button type="button" onClick={() => onRemove(e)} aria-label={removeLabel(e)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      {edges.length > shown.length && <p className="sim-muted">Showing {LIST_LIMIT} of {formatCount(edges.length)}.</p>}
    </>
  );
}
