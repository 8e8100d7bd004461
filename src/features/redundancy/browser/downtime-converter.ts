/**
 * The converter's browser side: read the field on every keystroke (converter-input.ts, the same code the
 * server rendered with), write the figures, say how the text was read or what is wrong with it (the last
 * readable figures stay, marked), and keep the text in the address as ?convert= so a link shares it. A
 * link's value is read and validated like typing; other parameters (the calculator's) are left alone.
 */
import { DOWNTIME_PERIODS } from '../../../engine/availability/index.ts';
import { converterView, readConverterInput } from '../converter-input.ts';

const PARAM = 'convert';

export function startConverter(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('#dc-input')!;
  const reading = root.querySelector<HTMLElement>('#dc-reading')!;
  const error = root.querySelector<HTMLElement>('#dc-error')!;
  const result = root.querySelector<HTMLElement>('.dc-result')!;
  const fallback = root.dataset.default ?? '';
  const cell = (name: string) => root.querySelector<HTMLElement>(`[data-dc="${name}"]`)!;

  const show = (text: string): void => {
    const parsed = readConverterInput(text);
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
    for (const p of DOWNTIME_PERIODS) cell(p).textContent = view.downtime[p];
  };

  const remember = (text: string): void => {
    const params = new URLSearchParams(location.search);
    if (text === fallback) params.delete(PARAM);
    else params.set(PARAM, text);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  const shared = new URLSearchParams(location.search).get(PARAM);
  if (shared !== null) {
    input.value = shared.slice(0, 200);
    show(input.value);
  }
  input.addEventListener('input', () => {
    show(input.value);
    remember(input.value);
  });
  root.dataset.ready = 'true';
}
