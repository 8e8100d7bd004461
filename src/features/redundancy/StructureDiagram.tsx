/** A strategy's structure as a small SVG block diagram (layout in structure-diagram.ts; colours in CSS). */
import type { SystemDescription } from '../../engine/availability/index.ts';
import { layoutStructure } from './structure-diagram.ts';

export function StructureDiagram({ system, title, testId }: { system: SystemDescription; title: string; testId: string }) {
  const d = layoutStructure(system);
  return (
    <div className="rc-diagram" data-testid={testId}>
      <svg viewBox={`0 0 ${d.width} ${d.height}`} width={d.width} height={d.height} role="img" aria-label={title} className="rc-diagram-svg">
        {d.lines.map((l, i) => (
          <line key={`l${i}`} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} className="rc-dia-line" />
        ))}
        {d.rules.map((r, i) => (
          <text key={`r${i}`} x={r.x} y={r.y} className="rc-dia-rule">
            {r.text}
          </text>
        ))}
        {d.boxes.map((b, i) => (
          <g key={`b${i}`} className={b.kind === 'more' ? 'rc-dia-more' : 'rc-dia-box'}>
            <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={4} />
            {b.lines.map((line, j) => (
              <text key={j} x={b.x + 6} y={b.y + 6 + 12 + j * 15} className="rc-dia-text">
                {line}
              </text>
            ))}
            {b.sub.map((line, j) => (
              <text key={`s${j}`} x={b.x + 6} y={b.y + 6 + 12 + b.lines.length * 15 + j * 13} className="rc-dia-sub">
                {line}
              </text>
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
