import { caseModel, type CaseModel } from '@shared/uncertainty/caseModel';
import { createSimulation } from '@shared/uncertainty/simulate';
import type { SimulationReply, SimulationRequest } from './simulationMessages';

/** Use cases prepared, then simulated, between two progress reports. */
const SLICE = 50;
/** Share of the progress bar given to preparing the use cases (the trials take the rest). */
const PREPARING = 0.15;

/**
 * One simulation as the worker runs it (docs/uncertainty.md): prepares every use case, then works through them in
 * slices, reporting its progress after each, and posts the result (or what went wrong).
 */
export function runRequest(request: SimulationRequest, post: (reply: SimulationReply) => void): void {
  const { id, workspace, useCases, fundedIds, today } = request;
  try {
    const policy = workspace.uncertainty;
    // In the order of their ids whatever order they come in: the same seed gives the same answer on the Risk page and
    // in the board documents (shared/export/exportRisk.ts).
    const ordered = [...useCases].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const models: CaseModel[] = [];
    for (let start = 0; start < ordered.length; start += SLICE) {
      for (const uc of ordered.slice(start, start + SLICE)) models.push(caseModel(uc, workspace, today, policy));
      post({ id, kind: 'progress', fraction: (PREPARING * models.length) / ordered.length });
    }
    const sim = createSimulation(models, new Set(fundedIds), policy);
    while (!sim.step(SLICE)) post({ id, kind: 'progress', fraction: PREPARING + (1 - PREPARING) * sim.progress() });
    post({ id, kind: 'result', result: sim.result() });
  } catch (e) {
    post({ id, kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
