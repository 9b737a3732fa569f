import { currentMonth } from '@renderer/features/living/today';
import { validate } from '@shared/domain';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { portfolioPlanSchema } from '@shared/portfolio';
import { fundingAnswerFor } from './fundingService';
import { planOf } from './usePortfolioPlan';

/**
 * Starts working out the funding answer of a workspace whose data was just written (an import), so that its
 * portfolio page finds the answer found, or on its way, instead of starting the search when it opens. It is the very
 * problem the page builds (the same data, the plan as usePortfolioPlan reads it, this month), so the page and every
 * export share the one answer (fundingService: one answer per funding problem). Nothing is shown or stored by this;
 * a failure is left to the page, which asks again.
 */
export function prefetchFunding(bundle: WorkspaceBundle): void {
  const { workspace, problems, useCases, sessions } = bundle;
  const plan = planOf(bundle.plan === undefined ? null : validate(portfolioPlanSchema, bundle.plan), useCases);
  void fundingAnswerFor({ workspace, problems, useCases, plan, todayMonth: currentMonth(), sessions: sessions ?? [] }).catch(() => undefined);
}
