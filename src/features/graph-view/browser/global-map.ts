/**
 * The global map's behaviour, on top of the server-rendered SVG (which already works as links):
 * pan and zoom with d3-zoom (it writes a transform attribute, allowed by the CSP), a roving
 * tabindex so Tab enters the map once and arrow keys move between nodes, neighbour highlighting
 * on hover and focus, and the ?stress= mode.
 */
import { attachPanZoom } from '../../shared/pan-zoom.ts';
import { directionOfKey, nearestInDirection, type Placed } from '../arrow-navigation.ts';
import { stressCopies, tileMap } from './stress-tiles.ts';
import { BATCH_LINES_ABOVE, batchLines } from './batch-lines.ts';

const root = document.querySelector<HTMLElement>('[data-gv]');
const svg = root?.querySelector<SVGSVGElement>('[data-gv-svg]');
const view = svg?.querySelector<SVGGElement>('[data-gv-view]');
const nodesGroup = svg?.querySelector('[data-gv-nodes]');
const linksGroup = svg?.querySelector('[data-gv-links]');
if (root && svg && view && nodesGroup && linksGroup) setUp(root, svg, view, nodesGroup, linksGroup);

function setUp(root: HTMLElement, svg: SVGSVGElement, view: SVGGElement, nodesGroup: Element, linksGroup: Element) {
  const status = root.querySelector<HTMLElement>('[data-gv-status]');
  const copies = stressCopies(location.search);
  if (copies > 1) {
    const size = tileMap(svg, nodesGroup, linksGroup, copies);
    if (status) status.textContent = `Stress mode: ${size.nodes.toLocaleString('en')} nodes and ${size.lines.toLocaleString('en')} lines (${copies} copies of the map).`;
  }

  const nodes = [...nodesGroup.querySelectorAll<SVGAElement>('[data-gv-node]')];
  const nodeById = new Map(nodes.map((n) => [n.dataset.gvNode!, n]));
  const placed = new Map(nodes.map((n) => [n, { id: n.dataset.gvNode!, x: Number(n.dataset.x), y: Number(n.dataset.y) } satisfies Placed]));
  const neighbours = new Map<string, Set<string>>();
  const linesOf = new Map<string, SVGLineElement[]>();
  const lines = [...linksGroup.querySelectorAll<SVGLineElement>('line')];
  // With many lines, draw them as a few paths; a highlighted node's own lines go on an overlay.
  const overlay = lines.length > BATCH_LINES_ABOVE ? batchLines(linksGroup, lines) : undefined;
  for (const line of lines) {
    const { a, b } = line.dataset as { a: string; b: string };
    for (const [p, q] of [[a, b], [b, a]] as const) {
      (neighbours.get(p) ?? neighbours.set(p, new Set()).get(p)!).add(q);
      (linesOf.get(p) ?? linesOf.set(p, []).get(p)!).push(line);
    }
  }

  // Pan and zoom (see pan-zoom.ts for which gestures do what).
  const dense = copies > 1;
  const panZoom = attachPanZoom(svg, [0.25, 16], (transform) => {
    view.setAttribute('transform', transform.toString());
    // Labels hidden while the map is small (stress mode; phones, graph-view.css) show once zoomed in far
    // enough: in stress mode from 2.5×, otherwise once a 13-unit label is drawn at least 9 px high.
    const readable = (13 * transform.k * svg.clientWidth) / Number(svg.dataset.width) >= 9;
    svg.classList.toggle('is-zoomed', dense ? transform.k >= 2.5 : readable);
  });
  const toolbar = root.querySelector<HTMLElement>('[data-gv-toolbar]');
  const zoomBy = (k: number) => panZoom.zoomBy(k);
  toolbar?.addEventListener('click', (e) => {
    const action = (e.target as Element).closest<HTMLElement>('[data-gv-zoom]')?.dataset.gvZoom;
    if (action === 'in') zoomBy(1.4);
    else if (action === 'out') zoomBy(1 / 1.4);
    else if (action === 'reset') panZoom.reset();
  });

  // Which nodes the category filter leaves visible (the filter itself is CSS; see graph-view.css).
  const filters = [...root.querySelectorAll<HTMLInputElement>('[data-gv-filter]')];
  const hiddenGroups = () => new Set(filters.filter((f) => !f.checked).map((f) => f.dataset.gvFilter));
  const visibleNodes = () => {
    const hidden = hiddenGroups();
    return nodes.filter((n) => !hidden.has(n.dataset.group));
  };

  // Roving tabindex: exactly one node is in the tab order, the last one focused.
  let current = nodes[0];
  const makeCurrent = (node: SVGAElement | undefined) => {
    if (current) current.setAttribute('tabindex', '-1');
    current = node;
    current?.setAttribute('tabindex', '0');
  };
  for (const n of nodes) n.setAttribute('tabindex', '-1');
  makeCurrent(current);
  root.addEventListener('change', () => {
    clearLit();
    if (current && hiddenGroups().has(current.dataset.group)) makeCurrent(visibleNodes()[0]);
  });

  // Highlight a node, its neighbours and the lines between them.
  let lit: Element[] = [];
  function clearLit() {
    for (const el of lit) {
      el.classList.remove('is-lit');
      if (overlay && el instanceof SVGLineElement) el.remove();
    }
    lit = [];
    svg.classList.remove('has-lit');
  }
  function light(node: SVGAElement) {
    clearLit();
    const id = node.dataset.gvNode!;
    lit = [node, ...[...(neighbours.get(id) ?? [])].map((m) => nodeById.get(m)!).filter(Boolean), ...(linesOf.get(id) ?? [])];
    for (const el of lit) {
      el.classList.add('is-lit');
      if (overlay && el instanceof SVGLineElement) overlay.append(el);
    }
    svg.classList.add('has-lit');
  }
  // Listeners go on the frame, not the SVG: Chromium makes an SVG element with focus listeners a tab stop.
  const frame = svg.parentElement!;
  const nodeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGAElement>('[data-gv-node]') : null);
  frame.addEventListener('pointerover', (e) => {
    const node = nodeOf(e.target);
    if (node) light(node);
  });
  frame.addEventListener('pointerout', (e) => {
    if (nodeOf(e.target) && !nodeOf(e.relatedTarget)) {
      const focused = nodeOf(document.activeElement);
      if (focused) light(focused);
      else clearLit();
    }
  });
  frame.addEventListener('focusin', (e) => {
    const node = nodeOf(e.target);
    if (!node) return;
    makeCurrent(node);
    light(node);
    keepInView(node);
  });
  frame.addEventListener('focusout', (e) => {
    if (!nodeOf(e.relatedTarget)) clearLit();
  });

  /** Pan (never zoom) so a focused node that is outside the visible part of the map comes to the centre. */
  function keepInView(node: SVGAElement) {
    const box = svg.getBoundingClientRect();
    const r = node.getBoundingClientRect();
    const margin = 24;
    if (r.left < box.left + margin || r.right > box.right - margin || r.top < box.top + margin || r.bottom > box.bottom - margin) {
      const p = placed.get(node)!;
      panZoom.centreOn(p.x, p.y);
    }
  }

  const focusNode = (node: SVGAElement | undefined) => node?.focus({ preventScroll: true });
  frame.addEventListener('keydown', (e) => {
    const node = nodeOf(e.target);
    if (!node) return;
    const direction = directionOfKey(e.key);
    if (direction) {
      e.preventDefault();
      const id = node.dataset.gvNode!;
      const next = nearestInDirection(placed.get(node)!, visibleNodes().map((n) => placed.get(n)!), direction, (m) => neighbours.get(id)?.has(m) ?? false);
      if (next) focusNode(nodeById.get(next.id));
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const shown = visibleNodes();
      focusNode(e.key === 'Home' ? shown[0] : shown.at(-1));
    } else if (e.key === 'Enter') {
      // Handled here rather than left to the browser: SVG links differ across engines.
      e.preventDefault();
      location.assign(node.href.baseVal);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      root.querySelector<HTMLElement>('[data-gv-exit]')?.focus();
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      zoomBy(1.4);
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      zoomBy(1 / 1.4);
    }
  });
}
