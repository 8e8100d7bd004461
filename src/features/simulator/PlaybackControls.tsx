/**
 * Playing the cascade: play, pause or replay, one wave at a time, back to the start or to the end,
 * restore everything, the speed, the wave on screen, and a live announcement of each wave.
 */
import type { Dispatch } from 'react';
import type { SimResult } from './simulation.ts';
import type { SimulatorAction, SimulatorState } from './simulator-state.ts';

const SPEEDS = [
  { label: 'Slow (2 s a wave)', ms: 2000 },
  { label: 'Normal (1 s a wave)', ms: 1000 },
  { label: 'Fast (0.4 s a wave)', ms: 400 },
];

interface Props {
  state: Pick<SimulatorState, 'playing' | 'step' | 'speed' | 'failed'>;
  result: SimResult;
  shown: number;
  lastWave: number;
  dispatch: Dispatch<SimulatorAction>;
  /** where "How the model decides" is explained */
  howUrl: string;
}

/** What a screen reader hears as each wave is shown. */
export function waveAnnouncement(result: SimResult, shown: number, finished: boolean): string {
  const waves = result.outcome.waves;
  const names = (w: number) => (waves[w] ?? []).map((id) => result.labels.get(id)).join(', ');
  if (shown === 0) return `Wave 0: ${waves[0]?.length ? `${names(0)} failed.` : 'nothing has failed.'}`;
  const end = finished ? ` The cascade has ended: ${result.outcome.failed.length} down, ${result.outcome.degraded.length} degraded.` : '';
  return `Wave ${shown}: ${names(shown)} ${waves[shown]?.length === 1 ? 'fails' : 'fail'}.${end}`;
}

export function PlaybackControls({ state, result, shown, lastWave, dispatch, howUrl }: Props) {
  const finished = shown >= lastWave;
  const show = (step: number | null, playing = false) => dispatch({ type: 'show-wave', step, playing });
  return (
    <div className="sim-controls no-print" role="group" aria-label="Cascade playback">
      <button type="button" className="sim-play" onClick={() => (finished ? show(0, true) : show(state.step, !state.playing))} aria-pressed={state.playing}>
        {state.playing ? 'Pause' : finished ? 'Replay' : 'Play'}
      </button>
      <button type="button" onClick={() => show(Math.min(shown + 1, lastWave))} disabled={finished}>
        Step
      </button>
      <button type="button" onClick={() => show(0)} disabled={shown === 0}>
        Back to start
      </button>
      <button type="button" onClick={() => show(null)} disabled={finished}>
        Skip to end
      </button>
      <button type="button" onClick={() => dispatch({ type: 'restore-all' })} disabled={state.failed.length === 0}>
        Restore all
      </button>
      <label>
        Speed{' '}
        <select value={state.speed} onChange={(e) => dispatch({ type: 'set-speed', speed: Number(e.target.value) })}>
          {SPEEDS.map((s) => (
            <option key={s.ms} value={s.ms}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <span className="sim-step" data-testid="sim-step">
        Wave {shown} of {lastWave}
      </span>
      <a className="sim-how" href={howUrl}>
        How the model decides
      </a>
      <span className="visually-hidden" aria-live="polite" data-testid="sim-live">
        {waveAnnouncement(result, shown, finished)}
      </span>
    </div>
  );
}
