import type { SimulationResult } from '@shared/uncertainty/simulate';
import type { SimulationReply, SimulationRequest } from './simulationMessages';

/**
 * The Monte Carlo simulation in a Web Worker (simulation.worker.ts), so the window stays responsive during a run. Each
 * run has its worker (the risk page and the board pack can run at the same time), ended when the run is over. A run
 * reports its progress and can be cancelled: its worker is then terminated at once (a run cannot be interrupted from
 * outside) and the result answers SimulationCancelled.
 */
export class SimulationCancelled extends Error {
  constructor() {
    super('The simulation was cancelled');
    this.name = 'SimulationCancelled';
  }
}

export interface SimulationRun {
  result: Promise<SimulationResult>;
  cancel: () => void;
}

let nextId = 0;

/** Starts a run; `onProgress` gets the share done (0–1). */
export function runSimulation(request: Omit<SimulationRequest, 'id'>, onProgress: (fraction: number) => void): SimulationRun {
  const id = ++nextId;
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  let settle: ((e: Error | null, result?: SimulationResult) => void) | null = null;
  const result = new Promise<SimulationResult>((resolve, reject) => {
    settle = (e, r) => {
      settle = null;
      worker.terminate();
      if (e) reject(e);
      else resolve(r!);
    };
  });
  worker.onmessage = (event: MessageEvent<SimulationReply>) => {
    const reply = event.data;
    if (reply.id !== id) return;
    if (reply.kind === 'progress') {
      if (settle) onProgress(reply.fraction);
      return;
    }
    settle?.(reply.kind === 'result' ? null : new Error(reply.message), reply.kind === 'result' ? reply.result : undefined);
  };
  worker.onerror = (e) => settle?.(new Error(e.message || 'The simulation failed'));
  worker.postMessage({ ...request, id } satisfies SimulationRequest);
  return { result, cancel: () => settle?.(new SimulationCancelled()) };
}
