/**
 * Legend: shape per layer, colour per type present, how states are marked, and how the evidence grade
 * of each edge is drawn (line pattern and a letter, never colour alone), with the switch that shows or
 * hides the edges no source reports.
 */
import { layerOf, LAYERS } from '../../../engine/contagion/index.ts';
import { GRADE_TEXT, GRADES, type Grade } from '../evidence.ts';
import { LAYER_NAMES, shapePath, typeName } from '../node-appearance.ts';
import { EvidenceMark } from './GraphSvg.tsx';

interface EvidenceLegend {
  /** does the scenario grade its edges? */
  graded: boolean;
  showUnreported: boolean;
  /** how many edges no source reports (hidden when showUnreported is off) */
  unreported: number;
  onShowUnreported: (on: boolean) => void;
}

export function Legend({ nodes, colours, evidence }: { nodes: readonly { type: string; layer?: string }[]; colours: ReadonlyMap<string, string>; evidence: EvidenceLegend }) {
  const layers = LAYERS.filter((l) => nodes.some((n) => layerOf(n) === l));
  const types = [...colours.keys()];
  const layerOfType = (t: string) => layerOf(nodes.find((n) => n.type === t) ?? { type: t });
  return (
    <div className="sim-legend" aria-label="Legend">
      <ul>
        {types.map((t) => (
          <li key={t}>
            <svg width="22" height="22" viewBox="-12 -12 24 24" aria-hidden="true">
              <path d={shapePath(layerOfType(t), 200)} fill={colours.get(t)} className="sim-shape" />
            </svg>
            {typeName(t)} <span className="sim-muted">({LAYER_NAMES[layerOfType(t)].toLowerCase()})</span>
          </li>
        ))}
        <li>
          <svg width="22" height="22" viewBox="-12 -12 24 24" aria-hidden="true">
            <g className="sim-node is-down">
              <path d={shapePath('product', 200)} className="sim-shape" fill="#888" />
              <path d="M-5,-5 L5,5 M5,-5 L-5,5" className="sim-glyph" />
            </g>
          </svg>
          Down (cross, red outline, “DOWN”)
        </li>
        <li>
          <svg width="22" height="22" viewBox="-12 -12 24 24" aria-hidden="true">
            <g className="sim-node is-degraded">
              <path d={shapePath('product', 200)} className="sim-shape" fill="#888" />
            </g>
          </svg>
          Degraded (dashed outline, “!”)
        </li>
        <li>
          <svg width="22" height="22" viewBox="-16 -16 32 32" aria-hidden="true">
            <circle r={13} className="sim-seed-ring" />
          </svg>
          Failed by you
        </li>
        <li>
          <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
            <line x1="2" y1="6" x2="30" y2="6" className="sim-edge hot" />
          </svg>
          Failure travels along an arrow, from a dependency to what depends on it
        </li>
        <li>
          <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
            <line x1="2" y1="6" x2="26" y2="6" className="sim-edge" />
            <path d="M24,2 L31,6 L24,10" className="sim-arrow-open" />
          </svg>
          Open arrowhead: a soft dependency, which degrades what depends on it without failing it
        </li>
      </ul>
      <EvidenceKey {...evidence} />
      <p className="sim-muted">{layers.map((l) => LAYER_NAMES[l]).join(' · ')}: bottom to top.</p>
    </div>
  );
}

function EvidenceKey({ graded, showUnreported, unreported, onShowUnreported }: EvidenceLegend) {
  if (!graded) return <p className="sim-muted" data-testid="sim-evidence-key">This scenario gives no evidence grades, so every edge and component in it is unstated: no source is claimed for any of them.</p>;
  return (
    <div className="sim-evidence-key" data-testid="sim-evidence-key">
      <ul aria-label="Evidence for each edge">
        {GRADES.map((g: Grade) => (
          <li key={g}>
            <svg width="44" height="16" viewBox="0 0 44 16" aria-hidden="true">
              <line x1="2" y1="8" x2="42" y2="8" className={`sim-edge ev-${g}`} />
              {g !== 'reported' && <EvidenceMark grade={g} x={22} y={8} />}
            </svg>
            {g === 'reported' ? 'Solid' : g === 'inferred' ? 'Dashed, I' : g === 'assumed' ? 'Dotted, A' : 'Dash-dot, ?'}: {GRADE_TEXT[g]}
          </li>
        ))}
      </ul>
      <label className="sim-toggle">
        <input type="checkbox" checked={showUnreported} onChange={(e) => onShowUnreported(e.target.checked)} data-testid="sim-show-unreported" /> Show the {unreported} edge{unreported === 1 ? '' : 's'} no source reports
        {showUnreported ? '' : ' (hidden from the drawing; the model still uses them)'}
      </label>
    </div>
  );
}
