/** Legend: shape per layer, colour per type present, and how states are marked. */
import { layerOf, LAYERS } from '../../../engine/contagion/index.ts';
import { LAYER_NAMES, shapePath, typeName } from '../node-appearance.ts';

export function Legend({ nodes, colours }: { nodes: readonly { type: string; layer?: string }[]; colours: ReadonlyMap<string, string> }) {
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
      </ul>
      <p className="sim-muted">{layers.map((l) => LAYER_NAMES[l]).join(' · ')}: bottom to top.</p>
    </div>
  );
}
