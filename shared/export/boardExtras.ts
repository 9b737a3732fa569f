/**
 * The export model with what the board documents add under uncertainty: the funded set's simulation (its seed and
 * trials from the workspace's policy) and the options chosen for the pack, worked out at once (the deck and the
 * workbook are built in a worker; the PDF pack runs the same steps in slices on its page).
 */
import { runSteps } from './compression';
import type { ExportModel } from './exportModel';
import { chosenScenarios, exportOptions } from './exportOptions';
import { riskSteps } from './exportRisk';
import type { WorkspaceBundle } from './workspaceFileValidation';

export function withBoardExtras(model: ExportModel, bundle: Pick<WorkspaceBundle, 'problems' | 'useCases' | 'scenarios'>, chosenScenarioIds: readonly string[] = []): ExportModel {
  const risk = runSteps(riskSteps({ workspace: model.workspace, useCases: bundle.useCases, fundedIds: new Set(model.funding.selectedIds), todayMonth: model.todayMonth }));
  const options = exportOptions(model, bundle, chosenScenarios(bundle.scenarios, chosenScenarioIds));
  return { ...model, risk, ...(options ? { options } : {}), ...(bundle.scenarios && bundle.scenarios.length > 0 ? { scenarios: bundle.scenarios } : {}) };
}
