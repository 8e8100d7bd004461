/**
 * The converter's browser side: read the field on every keystroke (converter-input.ts, the same code the
 * server rendered with), write the figures, say how the text was read or what is wrong with it (the last
 * readable figures stay, marked), and keep the text in the address as ?convert= so a link shares it. A
 * link's value is read and validated like typing; other parameters (the calculator's) are left alone.
 * The reader (with the engine code it shares with the calculator, about 40 KB) loads when the field is
 * pointed at, focused or typed in, or when the address carries a value: the page's first load runs only
 * this file.
 */
const PARAM = 'convert';
type Reader = typeof import('../converter-input.ts');

let reader: Promise<Reader> | undefined;
const load = (): Promise<Reader> => (reader ??= import('../converter-input.ts'));

export function startConverter(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('#dc-input')!;
  const reading = root.querySelector<HTMLElement>('#dc-reading')!;
  const error = root.querySelector<HTMLElement>('#dc-error')!;
  const result = root.querySelector<HTMLElement>('.dc-result')!;
  const fallback = root.dataset.default ?? '';
  const cell = (name: string) => root.querySelector<HTMLElement>(`[data-dc="${name}"]`)!;

  /** Shows what the field holds now (not when the event fired: the reader may have been loading). */
  const show = ({ readConverterInput, converterView }: Reader): void => {
    const parsed = readConverterInput(input.value);
    input.setAttribute('aria-invalid', parsed.ok ? 'false' : 'true');
    error.hidden = parsed.ok;
    reading.hidden = !parsed.ok;
    result.classList.toggle('dc-stale', !parsed.ok);
    if (!parsed.ok) {
      error.textContent = `${parsed.error} The figures are for the last value that could be read.`;
      return;
    }
    reading.textContent = parsed.value.note;
    const view = converterView(parsed.value.unavailability);
    cell('availability').textContent = view.availability;
    cell('nines').textContent = view.nines;
    for (const [period, text] of Object.entries(view.downtime)) cell(period).textContent = text;
  };

  const remember = (text: string): void => {
    const params = new URLSearchParams(location.search);
    if (text === fallback) params.delete(PARAM);
    else params.set(PARAM, text);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  for (const event of ['pointerenter', 'focus']) input.addEventListener(event, () => void load(), { once: true });
  input.addEventListener('input', () => {
    remember(input.value);
    void load().then(show);
  });
  const shared = new URLSearchParams(location.search).get(PARAM);
  if (shared === null) {
    root.dataset.ready = 'true';
    return;
  }
  input.value = shared.slice(0, 200);
  void load().then((r) => {
    show(r);
    root.dataset.ready = 'true';
  });
}
