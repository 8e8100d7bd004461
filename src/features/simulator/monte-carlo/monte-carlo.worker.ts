/**
 * Runs a Monte Carlo off the main thread. Receives an McRequest (the compiled graph arrives through
 * structured cloning, typed arrays and Map included), runs the trials in chunks of about 50 ms, and
 * posts progress after each chunk, then the result. The panel cancels a run by terminating the worker.
 * Imports only the lean engine modules (no zod).
 */
import { createMonteCarlo } from '../../../engine/contagion/index.ts';
import { layerProbabilities, type McReply, type McRequest } from './monte-carlo-protocol.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<McRequest>) => void) | null; postMessage(message: McReply): void };

const TARGET_MS = 50;

scope.onmessage = (event) => {
  const request = event.data;
  if (request?.type !== 'run') return;
  try {
    const { graph } = request;
    const run = createMonteCarlo(graph, {
      trials: request.trials,
      seed: request.seed,
      nodeProbability: layerProbabilities(graph, request.infrastructureProbability, request.otherProbability),
      groups: request.groups,
      confidence: request.confidence,
    });
    let chunk = 100;
    for (;;) {
      const started = performance.now();
      const finished = run.step(chunk);
      scope.postMessage({ type: 'progress', done: run.done, total: run.total });
      if (finished) break;
      const elapsed = Math.max(1, performance.now() - started);
      chunk = Math.max(10, Math.min(chunk * 4, 1_000_000, Math.round((chunk * TARGET_MS) / elapsed)));
    }
    scope.postMessage({ type: 'done', result: run.result() });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
