/**
 * Stress mode for the global map (/graph/?stress=10): the server-rendered map repeated as N tiles,
 * with the same links inside each copy and one bridge between neighbouring copies, so the page can
 * be checked with ten times the nodes without a second build. Only the DOM is copied: no layout runs.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export function stressCopies(search: string): number {
  const n = Number.parseInt(new URLSearchParams(search).get('stress') ?? '', 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), 50) : 1;
}

export function tileMap(svg: SVGSVGElement, nodesGroup: Element, linksGroup: Element, copies: number) {
  const width = Number(svg.dataset.width);
  const height = Number(svg.dataset.height);
  const cols = Math.ceil(Math.sqrt(copies));
  const rows = Math.ceil(copies / cols);
  const nodes = [...nodesGroup.querySelectorAll<SVGAElement>('[data-gv-node]')];
  const lines = [...linksGroup.querySelectorAll<SVGLineElement>('line')];
  const nodeFragment = document.createDocumentFragment();
  const lineFragment = document.createDocumentFragment();
  const copyId = (id: string, k: number) => (k === 0 ? id : `${id}~${k}`);
  for (let k = 1; k < copies; k++) {
    const ox = (k % cols) * width;
    const oy = Math.floor(k / cols) * height;
    for (const node of nodes) {
      const clone = node.cloneNode(true) as SVGAElement;
      const x = Number(node.dataset.x) + ox;
      const y = Number(node.dataset.y) + oy;
      clone.dataset.gvNode = copyId(node.dataset.gvNode!, k);
      clone.dataset.x = String(x);
      clone.dataset.y = String(y);
      clone.firstElementChild!.setAttribute('transform', `translate(${x},${y})`);
      clone.setAttribute('aria-label', `${node.getAttribute('aria-label')} (copy ${k + 1})`);
      nodeFragment.append(clone);
    }
    for (const line of lines) {
      const clone = line.cloneNode(true) as SVGLineElement;
      for (const [attr, off] of [['x1', ox], ['x2', ox], ['y1', oy], ['y2', oy]] as const) {
        clone.setAttribute(attr, String(Number(line.getAttribute(attr)) + off));
      }
      clone.dataset.a = copyId(line.dataset.a!, k);
      clone.dataset.b = copyId(line.dataset.b!, k);
      lineFragment.append(clone);
    }
    // A bridge from this copy's first node to the previous copy's, so the tiles form one graph.
    const first = nodes[0]!;
    const bridge = document.createElementNS(SVG_NS, 'line');
    const prevOx = ((k - 1) % cols) * width;
    const prevOy = Math.floor((k - 1) / cols) * height;
    bridge.setAttribute('x1', String(Number(first.dataset.x) + ox));
    bridge.setAttribute('y1', String(Number(first.dataset.y) + oy));
    bridge.setAttribute('x2', String(Number(first.dataset.x) + prevOx));
    bridge.setAttribute('y2', String(Number(first.dataset.y) + prevOy));
    bridge.setAttribute('class', `gv-link gv-c-${first.dataset.group}`);
    bridge.dataset.a = copyId(first.dataset.gvNode!, k);
    bridge.dataset.b = copyId(first.dataset.gvNode!, k - 1);
    lineFragment.append(bridge);
  }
  nodesGroup.append(nodeFragment);
  linksGroup.append(lineFragment);
  svg.setAttribute('viewBox', `0 0 ${cols * width} ${rows * height}`);
  svg.classList.add('is-dense');
  return { nodes: nodes.length * copies, lines: linksGroup.childElementCount };
}
