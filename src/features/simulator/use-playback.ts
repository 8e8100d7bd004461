/**
 * Plays the cascade: while playing, shows the next wave after `speed` milliseconds, and stops at the
 * last one.
 */
import { useEffect, type Dispatch } from 'react';
import type { SimulatorAction } from './simulator-state.ts';

export function usePlayback({ playing, step, shown, lastWave, speed }: { playing: boolean; step: number | null; shown: number; lastWave: number; speed: number }, dispatch: Dispatch<SimulatorAction>) {
  useEffect(() => {
    if (!playing) return;
    if (shown >= lastWave) {
      dispatch({ type: 'show-wave', step, playing: false });
      return;
    }
    const t = setTimeout(() => dispatch({ type: 'show-wave', step: shown + 1, playing: true }), speed);
    return () => clearTimeout(t);
  }, [playing, step, shown, lastWave, speed, dispatch]);
}
