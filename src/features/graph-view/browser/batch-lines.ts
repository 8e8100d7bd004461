/**
 * Many SVG <line> elements are slow to repaint on every pan frame. Above a threshold, the lines are
 * merged into one <path> per class (same look, same category-filter classes), and the separate
 * <line>s are kept out of the document, to be shown on top only while their node is highlighted.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
export const BATCH_LINES_ABOVE = 600;

export function batchLines(linksGroup: Element, lines: readonly SVGLineElement[]): SVGGElement {
  const byClass = new Map<string, string[]>();
  for (const line of lines) {
    const cls = line.getAttribute('class') ?? '';
    const d = `M${line.getAttribute('x1')} ${line.getAttribute('y1')}L${line.getAttribute('x2')} ${line.getAttribute('y2')}`;
    (byClass.get(cls) ?? byClass.set(cls, []).get(cls)!).push(d);
  }
  const paths = [...byClass].map(([cls, segments]) => {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('class', `${cls} is-batch`);
    path.setAttribute('d', segments.join(''));
    return path;
  });
  linksGroup.replaceChildren(...paths);
  const overlay = document.createElementNS(SVG_NS, 'g');
  overlay.setAttribute('class', 'gv-links');
  linksGroup.after(overlay);
  return overlay;
}
