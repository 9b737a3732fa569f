import { currentMonth } from '@renderer/features/living/today';
import { initialPortfolioPlan } from '@shared/analysis';
import { validate } from '@shared/domain';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { portfolioPlanSchema, type PortfolioPlan } from '@shared/portfolio';
import { fundingAnswerFor } from './fundingService';

/**
 * The plan the portfolio page will use for this workspace's data (usePortfolioPlan): the stored plan when it
 * validates, else the defaults drawn from the use cases.
 */
export function planOfBundle(bundle: Pick<WorkspaceBundle, 'plan' | 'useCases'>): PortfolioPlan {
  const parsed = bundle.plan === undefined ? null : validate(portfolioPlanSchema, bundle.plan);
  return parsed?.ok ? parsed.value : initialPortfolioPlan(bundle.useCases);
}

/**
 * Starts working out the funding answer of a workspace whose data was just written (an import), so that its
 * portfolio page finds the answer found, or on its way, instead of starting the search when it opens. It is the very
 * problem the page builds (the same data, plan and month), so the page and every export share the one answer
 * (fundingService: one answer per funding problem). Nothing is shown or stored by this; a failure is left to the page,
 * which asks again.
 */
export function prefetchFunding(bundle: WorkspaceBundle): void {
  const { workspace, problems, useCases, sessions } = bundle;
  void fundingAnswerFor({ workspace, problems, useCases, plan: planOfBundle(bundle), todayMonth: currentMonth(), sessions: sessions ?? [] }).catch(() => undefined);
}
