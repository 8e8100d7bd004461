// Highlights the lines of the node under the pointer or focus on a term page's local map. The map
// works without this (its nodes are links); it only makes a busy two-step map easier to read.
for (const svg of document.querySelectorAll<SVGSVGElement>('[data-lm-svg]')) {
  const lines = [...svg.querySelectorAll<SVGLineElement>('line')];
  const show = (id?: string) => {
    svg.classList.toggle('has-lit', !!id);
    for (const l of lines) l.classList.toggle('is-lit', !!id && (l.dataset.a === id || l.dataset.b === id));
  };
  // Listeners on the wrapper, not the SVG: Chromium makes an SVG element with focus listeners a tab stop.
  const frame = svg.parentElement!;
  const nodeId = (e: Event) => (e.target as Element).closest<SVGElement>('[data-lm-node]')?.dataset.lmNode;
  frame.addEventListener('pointerover', (e) => show(nodeId(e)));
  frame.addEventListener('focusin', (e) => show(nodeId(e)));
  frame.addEventListener('pointerleave', () => show());
  frame.addEventListener('focusout', () => show());
}
