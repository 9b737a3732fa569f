import { useCallback, useMemo } from 'react';
import { repositories, usePlanRecord } from '@renderer/db';
import { recordChange } from '@renderer/state/actions';
import { validate, type FieldError } from '@shared/domain';
import { defaultPortfolioPlan, portfolioPlanSchema, type PortfolioPlan } from '@shared/portfolio';

/**
 * The workspace's portfolio plan (budget, caps, objective, forced choices, weights), persisted so a reload
 * keeps it. A stored plan that no longer validates falls back to the defaults and says so.
 */
export function usePortfolioPlan(workspaceId: string, suggestedBudget: number) {
  const record = usePlanRecord(workspaceId);
  const parsed = useMemo(() => (record ? validate(portfolioPlanSchema, record.plan) : null), [record]);
  const plan: PortfolioPlan | undefined = useMemo(
    () => (record === undefined ? undefined : parsed?.ok ? parsed.value : defaultPortfolioPlan(suggestedBudget)),
    [record, parsed, suggestedBudget],
  );
  const save = useCallback(
    async (next: PortfolioPlan, label?: string): Promise<FieldError[]> => {
      const checked = validate(portfolioPlanSchema, next);
      if (!checked.ok) return checked.errors;
      recordChange(await repositories().plans.save(workspaceId, checked.value, label));
      return [];
    },
    [workspaceId],
  );
  return { plan, save, storedPlanInvalid: parsed !== null && !parsed.ok };
}
