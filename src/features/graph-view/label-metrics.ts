/**
 * The label sizes the CSS draws (graph-view.css .gv-label, local-map.css .lm-label), for placing
 * labels at build time. Keep the two in step: the browser test measures the drawn boxes.
 */
export const GLOBAL_LABEL = { fontSize: 13, lineHeight: 14, charWidth: 0.62, gap: 4 } as const;
export const LOCAL_LABEL = { fontSize: 14, lineHeight: 15, charWidth: 0.62, gap: 5 } as const;
