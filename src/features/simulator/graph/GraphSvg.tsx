/**
 * The dependency graph as SVG: layered rows, shapes per layer, colours per type, and node states
 * marked by outline, glyph and text. Each node is a keyboard button (Enter or Space fails or restores
 * it). Pan and zoom with d3-zoom (../../shared/pan-zoom.ts), which sets a transform attribute (allowed
 * under the site's CSP, unlike inline styles).
 */
import { useEffect, useRef } from 'react';
import { usePanZoom } from './use-pan-zoom.ts';
import type { Layout } from '../layered-positions.ts';
import { NAME_OFFSET, NODE_GEOMETRY, nameWidth, reservedLines, wrapLabel } from '../layout/node-box.ts';
import { LAYER_NAMES, shapePath } from '../node-appearance.ts';
import type { ShownStatus } from '../simulation.ts';
import type { Grade } from '../evidence.ts';

export interface GraphSvgProps {
  id: string;
  title: string;
  layout: Layout;
  nodes: readonly { id: string; label: string; type: string; grade?: Grade }[];
  edges: readonly { from: string; to: string; kind?: 'hard' | 'soft'; grade?: Grade }[];
  status: ReadonlyMap<string, ShownStatus>;
  seeds: ReadonlySet<string>;
  colours: ReadonlyMap<string, string>;
  onToggle?: (id: string) => void;
  /** bump to reset the pan/zoom */
  resetKey?: number;
  /** edit mode (../editor/PictureEditor.tsx): onToggle then selects, and a click on empty space adds */
  editing?: { selected: string | null; onBackgroundClick: () => void };
}

const STATUS_WORD: Record<ShownStatus, string> = { up: 'up', down: 'down', degraded: 'degraded' };

/** A route as an SVG path, and the middle of its longest segment (where an evidence mark goes: on a
 * straight run of the line, between the layers, never on a bend or a node). */
function routePath(points: readonly number[]): { d: string; mid: [number, number] } {
  let d = `M${points[0]},${points[1]}`;
  let best = -1;
  let mid: [number, number] = [points[0]!, points[1]!];
  for (let i = 2; i + 1 < points.length; i += 2) {
    d += ` L${points[i]},${points[i + 1]}`;
    const len = Math.hypot(points[i]! - points[i - 2]!, points[i + 1]! - points[i - 1]!);
    if (len > best) {
      best = len;
      mid = [(points[i]! + points[i - 2]!) / 2, (points[i + 1]! + points[i - 1]!) / 2];
    }
  }
  return { d, mid };
}

export function GraphSvg({ id, title, layout, nodes, edges, status, seeds, colours, onToggle, resetKey = 0, editing }: GraphSvgProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const viewRef = useRef<SVGGElement>(null);
  const panZoom = usePanZoom(svgRef, [0.3, 6], (transform) => viewRef.current?.setAttribute('transform', transform.toString()));

  useEffect(() => {
    panZoom.current?.reset();
  }, [resetKey, layout, panZoom]);
  const titleId = `${id}-title`;
  const side = layout.labelSide ?? 'below';
  const g = NODE_GEOMETRY;

  return (
    <div className="sim-graph">
      <div className="sim-zoom no-print" role="group" aria-label="Zoom">
        <button type="button" onClick={() => panZoom.current?.zoomBy(1.25)} aria-label="Zoom in">+</button>
        <button type="button" onClick={() => panZoom.current?.zoomBy(0.8)} aria-label="Zoom out">−</button>
        <button type="button" onClick={() => panZoom.current?.reset()}>Reset view</button>
        <span className="sim-hint">{layout.phone ? 'Pinch or use the buttons to zoom; one finger scrolls the page.' : 'Drag to pan; Ctrl + wheel or the buttons to zoom.'}</span>
      </div>
      <svg
        ref={svgRef}
        onClick={editing ? (e) => !(e.target as Element).closest('[data-node]') && editing.onBackgroundClick() : undefined}
        className={`sim-svg${editing ? ' is-editing' : ''}${layout.phone ? ' is-phone' : ''}`}
        data-touch-scrolls={layout.phone ? '' : undefined}
        viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-labelledby={titleId} data-graph-svg="">
        <title id={titleId}>{title}</title>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="sim-arrow" />
          </marker>
          <marker id={`${id}-arrow-hot`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="sim-arrow hot" />
          </marker>
          {/* Soft edges (they only degrade) end in an open arrowhead: the line's dash pattern is the evidence grade's. */}
          <marker id={`${id}-arrow-soft`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
            <path d="M1,1 L9,5 L1,9" className="sim-arrow-open" />
          </marker>
          <marker id={`${id}-arrow-soft-hot`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
            <path d="M1,1 L9,5 L1,9" className="sim-arrow-open hot" />
          </marker>
        </defs>
        <g ref={viewRef}>
          {layout.rows.map((r) => (
            <text key={r.layer} className="sim-row-label" x={8} y={r.y - 34}>
              {LAYER_NAMES[r.layer]}
            </text>
          ))}
          <g className="sim-edges">
            {edges.map((e) => {
              const a = layout.nodes.get(e.to); // dependency: failure travels from it…
              const b = layout.nodes.get(e.from); // …to the dependent
              if (!a || !b) return null;
              const hot = status.get(e.to) !== 'up';
              const grade = e.grade ?? 'none'; // none: an ungraded graph, drawn plain (the legend says so)
              const soft = e.kind === 'soft';
              const cls = `sim-edge ev-${grade}${soft ? ' soft' : ''}${hot ? ' hot' : ''}`;
              const marker = `url(#${id}-arrow${soft ? '-soft' : ''}${hot ? '-hot' : ''})`;
              const key = `${e.from}>${e.to}`;
              const route = layout.routes?.get(key);
              let line;
              let mid: [number, number];
              if (route && route.length >= 4) {
                // routed by the layout around every node box (layout/elk-drawing.ts, layout/narrow-drawing.ts)
                const r = routePath(route);
                mid = r.mid;
                line = <path d={r.d} className={cls} markerEnd={marker} />;
              } else {
                // the fast layering for big graphs has no routes: a straight line between the shapes
                const dx = b.x - a.x;
                const dy = b.y - a.y;
                const len = Math.hypot(dx, dy) || 1;
                const pad = 26;
                const x1 = a.x + (dx / len) * pad;
                const y1 = a.y + (dy / len) * pad;
                const x2 = b.x - (dx / len) * (pad + 4);
                const y2 = b.y - (dy / len) * (pad + 4);
                mid = [(x1 + x2) / 2, (y1 + y2) / 2];
                line = <line x1={x1} y1={y1} x2={x2} y2={y2} className={cls} markerEnd={marker} />;
              }
              return (
                <g key={key} className={`sim-edge-group ev-${grade}`} data-edge={key} data-evidence={grade}>
                  {line}
                  {grade !== 'reported' && grade !== 'none' && <EvidenceMark grade={grade as Grade} x={mid[0]} y={mid[1]} />}
                </g>
              );
            })}
          </g>
          <g className="sim-nodes">
            {nodes.map((n) => {
              const p = layout.nodes.get(n.id);
              if (!p) return null;
              const s = status.get(n.id) ?? 'up';
              const seed = seeds.has(n.id);
              const lines = wrapLabel(n.label, layout.wrap ?? 20);
              const graded = n.grade === 'inferred' || n.grade === 'assumed';
              // Beside the shape (the ELK and phone drawings): the lines, with the room the layout reserved
              // for the state word and grade (layout/node-box.ts), centred on the shape.
              const card = reservedLines(n.label, graded, layout.wrap ?? 20);
              const reserved = card.length;
              const half = Math.max(g.ringRadius, reserved * 7 + 6);
              const labelX = side === 'right' ? NAME_OFFSET : 0;
              const labelY = side === 'right' ? 4 - (reserved - 1) * 7 : g.firstBaseline;
              const action = editing ? 'press Enter to select it for editing' : onToggle ? (seed ? 'press Enter to restore it' : 'press Enter to make it fail') : '';
              const picked = editing?.selected === n.id;
              return (
                <g
                  key={n.id}
                  transform={`translate(${p.x},${p.y})`}
                  className={`sim-node is-${s}${seed ? ' is-seed' : ''}${picked ? ' is-selected' : ''}`}
                  data-node={n.id}
                  data-status={s}
                  role={onToggle ? 'button' : 'img'}
                  tabIndex={onToggle ? 0 : undefined}
                  aria-pressed={onToggle ? (editing ? picked : seed) : undefined}
                  // The name starts with the visible text (label, then DOWN or DEGRADED) so speech input can target it.
                  aria-label={`${n.label}${s === 'up' ? ', up' : ` ${STATUS_WORD[s]}`}${seed ? ' (failed by you)' : ''}${n.grade ? `; evidence: ${n.grade}` : ''}. ${action}`}
                  onClick={onToggle ? () => onToggle(n.id) : undefined}
                  onKeyDown={
                    onToggle
                      ? (e) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            onToggle(n.id);
                          }
                        }
                      : undefined
                  }
                >
                  {/* An invisible hit area over the shape and its label: the whole node is one big target. */}
                  {side === 'right' ? (
                    <rect className="sim-hit" x={-g.ringRadius} y={-half} width={g.ringRadius + NAME_OFFSET + nameWidth(card)} height={2 * half} />
                  ) : (
                    <rect className="sim-hit" x={-62} y={-30} width={124} height={30 + 20 + 14 * (lines.length + (s === 'up' ? 0 : 1) + (graded ? 1 : 0))} />
                  )}
                  {seed && <circle r={30} className="sim-seed-ring" />}
                  {picked && <circle r={36} className="sim-seed-ring sim-selected-ring" />}
                  <path d={shapePath(p.layer)} fill={colours.get(n.type) ?? '#888'} className="sim-shape" />
                  {s === 'down' && <path d="M-9,-9 L9,9 M9,-9 L-9,9" className="sim-glyph" />}
                  {s === 'degraded' && (
                    <text className="sim-glyph-text" y={6} textAnchor="middle">
                      !
                    </text>
                  )}
                  <text className="sim-label" x={labelX} y={labelY} textAnchor={side === 'right' ? 'start' : 'middle'}>
                    {lines.map((l, i) => (
                      <tspan key={i} x={labelX} dy={i ? 14 : 0}>
                        {i < lines.length - 1 ? `${l} ` : l}
                      </tspan>
                    ))}
                    {graded && (
                      <tspan x={labelX} dy={14} className="sim-node-grade">
                        {` (${n.grade})`}
                      </tspan>
                    )}
                    {s !== 'up' && (
                      <tspan x={labelX} dy={14} className="sim-state-word">
                        {` ${s.toUpperCase()}`}
                      </tspan>
                    )}
                  </text>
                </g>
              );
            })}
          </g>
        </g>
      </svg>
    </div>
  );
}

/** The letter on an edge that no source reports: I (inferred), A (assumed), ? (no grade given). */
export const GRADE_LETTER: Record<Grade, string> = { reported: '', inferred: 'I', assumed: 'A', unstated: '?' };

export function EvidenceMark({ grade, x, y }: { grade: Grade; x: number; y: number }) {
  return (
    <g className="sim-ev-mark" transform={`translate(${x},${y})`} aria-hidden="true">
      <circle r={7} />
      <text y={4} textAnchor="middle">
        {GRADE_LETTER[grade]}
      </text>
    </g>
  );
}
