/**
 * Runs one Monte Carlo at a time in a Web Worker (monte-carlo.worker.ts): starts it, reports progress,
 * hands over the result or the error, and cancels it by terminating the worker (also when the panel
 * unmounts). The messages are defined in monte-carlo-protocol.ts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MonteCarloResult } from '../../../engine/contagion/index.ts';
import type { McReply, McRequest } from './monte-carlo-protocol.ts';

export interface RunHandlers {
  onDone: (result: MonteCarloResult) => void;
  onError: (message: string) => void;
}

export interface MonteCarloWorker {
  /** trials done and to do while a run is going, else null */
  progress: { done: number; total: number } | null;
  /** Starts a run (stopping any other); false, with onError called, when the worker cannot start. */
  run: (request: McRequest, handlers: RunHandlers) => boolean;
  /** Stops the run; returns how many trials it had done. */
  cancel: () => number;
}

export function useMonteCarloWorker(): MonteCarloWorker {
  const workerRef = useRef<Worker | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  // Trials done so far, for cancel(): kept by the message handler, not read from state during render.
  const doneRef = useRef(0);

  const stop = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  const run = useCallback(
    (request: McRequest, { onDone, onError }: RunHandlers): boolean => {
      stop();
      let worker: Worker;
      try {
        worker = new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' });
      } catch (error) {
        onError(`The simulation could not start: ${(error as Error).message}`);
        return false;
      }
      workerRef.current = worker;
      doneRef.current = 0;
      setProgress({ done: 0, total: request.trials });
      const fail = (message: string) => {
        setProgress(null);
        stop();
        onError(message);
      };
      worker.onmessage = (event: MessageEvent<McReply>) => {
        if (workerRef.current !== worker) return;
        const reply = event.data;
        if (reply.type === 'progress') {
          doneRef.current = reply.done;
          setProgress({ done: reply.done, total: reply.total });
        }
        else if (reply.type === 'done') {
          setProgress(null);
          stop();
          onDone(reply.result);
        } else fail(`The simulation stopped with an error: ${reply.message}`);
      };
      worker.onerror = (event) => {
        if (workerRef.current !== worker) return;
        fail(`The simulation stopped with an error${event.message ? `: ${event.message}` : ''}.`);
      };
      worker.postMessage(request);
      return true;
    },
    [stop],
  );

  const cancel = useCallback(() => {
    const done = workerRef.current ? doneRef.current : 0;
    stop();
    setProgress(null);
    return done;
  }, [stop]);

  return { progress, run, cancel };
}
