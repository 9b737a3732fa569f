import { defaultWorkspaceSettings, newLifecycle, type Problem, type Scenario, type SpendItem, type UseCase, type Workspace } from '../domain';
import { demoPlanningStart, inMidFlight } from './demoLife';
import { DEMO_PROBLEMS, type DemoProblemKey } from './demoProblems';
import { demoScenarios } from './demoScenarios';
import { demoSpend } from './demoSpend';
import { toUseCaseInput } from './demoSpec';
import { BACK_OFFICE_USE_CASES } from './demoUseCasesBackOffice';
import { CUSTOMER_USE_CASES } from './demoUseCasesCustomer';

/** Name of the demo workspace (an invented company, not a real one). */
export const DEMO_WORKSPACE_NAME = 'Kestrel Ridge Supply — AI portfolio';
export const DEMO_ORGANISATION = 'Kestrel Ridge Supply Co. (regional industrial and facilities distributor, 1,400 staff)';

export interface DemoWorkspace {
  workspace: Workspace;
  problems: Problem[];
  useCases: UseCase[];
  /** Two what-ifs a board asks first (a budget cut, dearer tokens), layered on the plan without changing it. */
  scenarios: Scenario[];
  /** The organisation's AI spend, with the published 5,000-seat example that no use case stands behind (docs/spend.md). */
  spend: SpendItem[];
}

/**
 * A believable portfolio for a mid-market distributor: 8 problems across functions and 14 candidates (automation and
 * value creation, some competing for one problem, some weak on readiness, one blocked). Ids come from `newId`
 * (workspace, then problems, then use cases, in order); `nowIso` stamps every record. Pure.
 *
 * Given `planningStartMonth`, the plan starts then and every candidate is an idea. Given `todayMonth` instead, the
 * portfolio is in mid-flight (demoLife.ts): the plan started some months before today, with pilots run, a last mile
 * under way, one in production and one stopped, and their actuals.
 */
export function buildDemoWorkspace(opts: { newId: () => string; nowIso: string } & ({ planningStartMonth: string } | { todayMonth: string })): DemoWorkspace {
  const { newId, nowIso } = opts;
  const midFlight = 'todayMonth' in opts;
  const settings = defaultWorkspaceSettings(DEMO_WORKSPACE_NAME, midFlight ? demoPlanningStart(opts.todayMonth) : opts.planningStartMonth);
  const workspace: Workspace = {
    ...settings,
    organisation: DEMO_ORGANISATION,
    id: newId(),
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  const problemIds = new Map<DemoProblemKey, string>();
  const problems: Problem[] = DEMO_PROBLEMS.map(({ key, input }) => {
    const id = newId();
    problemIds.set(key, id);
    return { ...input, id, workspaceId: workspace.id, createdAt: nowIso, updatedAt: nowIso };
  });
  const useCases: UseCase[] = [...BACK_OFFICE_USE_CASES, ...CUSTOMER_USE_CASES].map((spec) => ({
    ...toUseCaseInput(spec, problemIds.get(spec.problem) ?? ''),
    lifecycle: newLifecycle(),
    actuals: [],
    id: newId(),
    workspaceId: workspace.id,
    createdAt: nowIso,
    updatedAt: nowIso,
  }));
  const scenarios = demoScenarios(workspace.id, useCases, newId, nowIso);
  return { workspace, problems, useCases: midFlight ? inMidFlight(useCases, workspace) : useCases, scenarios, spend: demoSpend(workspace.id, useCases, newId, nowIso) };
}
