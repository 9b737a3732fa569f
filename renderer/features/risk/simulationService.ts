import type { SimulationResult } from '@shared/uncertainty/simulate';
import type { SimulationReply, SimulationRequest } from './simulationMessages';

/**
 * The Monte Carlo simulation in a Web Worker (simulation.worker.ts), so the window stays responsive during a run. A
 * finished run's worker is kept for the next (its compiled code makes later runs quicker); a run started while another
 * goes on (the risk page and the board pack) gets a worker of its own. A run reports its progress and can be cancelled:
 * its worker is then terminated at once (a run cannot be interrupted from outside) and the result answers
 * SimulationCancelled.
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
/** A worker whose run is over, kept for the next one. */
let idle: Worker | null = null;

/** Starts a run; `onProgress` gets the share done (0–1). */
export function runSimulation(request: Omit<SimulationRequest, 'id'>, onProgress: (fraction: number) => void): SimulationRun {
  const id = ++nextId;
  const worker = idle ?? new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  idle = null;
  let settle: ((outcome: { result: SimulationResult } | { error: Error; broken: boolean }) => void) | null = null;
  const result = new Promise<SimulationResult>((resolve, reject) => {
    settle = (outcome) => {
      settle = null;
      worker.onmessage = null;
      worker.onerror = null;
      if ('result' in outcome) {
        if (idle) worker.terminate();
        else idle = worker;
        resolve(outcome.result);
      } else {
        // A cancelled run is still working; a broken worker may not answer again: neither is kept.
        if (outcome.broken) worker.terminate();
        else if (idle) worker.terminate();
        else idle = worker;
        reject(outcome.error);
      }
    };
  });
  worker.onmessage = (event: MessageEvent<SimulationReply>) => {
    const reply = event.data;
    if (reply.id !== id) return;
    if (reply.kind === 'progress') onProgress(reply.fraction);
    else if (reply.kind === 'result') settle?.({ result: reply.result });
    else settle?.({ error: new Error(reply.message), broken: false });
  };
  worker.onerror = (e) => settle?.({ error: new Error(e.message || 'The simulation failed'), broken: true });
  worker.postMessage({ ...request, id } satisfies SimulationRequest);
  return { result, cancel: () => settle?.({ error: new SimulationCancelled(), broken: true }) };
}
