import { useCallback, useMemo } from 'react';
import { repositories, usePlanRecord } from '@renderer/db';
import { recordChange } from '@renderer/state/actions';
import { initialPortfolioPlan } from '@shared/analysis';
import { validate, type FieldError, type UseCase } from '@shared/domain';
import { portfolioPlanSchema, type PortfolioPlan } from '@shared/portfolio';

/**
 * The workspace's portfolio plan (budget, caps, objective, forced choices, weights), persisted so a reload
 * keeps it. A stored plan that no longer validates falls back to the defaults and says so.
 */
export function usePortfolioPlan(workspaceId: string, useCases: readonly UseCase[] | undefined) {
  const record = usePlanRecord(workspaceId);
  const parsed = useMemo(() => (record ? validate(portfolioPlanSchema, record.plan) : null), [record]);
  const plan: PortfolioPlan | undefined = useMemo(
    () => (record === undefined || useCases === undefined ? undefined : parsed?.ok ? parsed.value : initialPortfolioPlan(useCases)),
    [record, parsed, useCases],
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
