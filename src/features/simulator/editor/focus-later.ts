/** What moves the focus to the first element matching `selector` inside `container`, after the next paint (when React has redrawn). */
export const focusLater = (container: Element | null | undefined, selector: string) => () =>
  void requestAnimationFrame(() => container?.querySelector<HTMLElement | SVGElement>(selector)?.focus());
