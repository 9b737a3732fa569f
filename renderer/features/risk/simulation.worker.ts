/// <reference lib="webworker" />
import '@shared/zod';
import { caseModel, type CaseModel } from '@shared/uncertainty/caseModel';
import { createSimulation } from '@shared/uncertainty/simulate';
import type { SimulationReply, SimulationRequest } from './simulationMessages';

/** Use cases prepared, then simulated, between two progress reports. */
const SLICE = 50;
/** Share of the progress bar given to preparing the use cases (the trials take the rest). */
const PREPARING = 0.15;

/**
 * Runs the Monte Carlo simulation off the UI thread (docs/uncertainty.md): prepares every use case, then works through
 * them in slices, reporting its progress after each. A run is stopped by terminating the worker (simulationService.ts).
 */
self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const { id, workspace, useCases, fundedIds, today } = event.data;
  const post = (reply: SimulationReply) => self.postMessage(reply);
  try {
    const policy = workspace.uncertainty;
    const models: CaseModel[] = [];
    for (let start = 0; start < useCases.length; start += SLICE) {
      for (const uc of useCases.slice(start, start + SLICE)) models.push(caseModel(uc, workspace, today, policy));
      post({ id, kind: 'progress', fraction: (PREPARING * models.length) / useCases.length });
    }
    const sim = createSimulation(models, new Set(fundedIds), policy);
    while (!sim.step(SLICE)) post({ id, kind: 'progress', fraction: PREPARING + (1 - PREPARING) * sim.progress() });
    post({ id, kind: 'result', result: sim.result() });
  } catch (e) {
    post({ id, kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
