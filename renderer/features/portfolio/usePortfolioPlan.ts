import { useCallback, useMemo, useRef } from 'react';
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
  // Each save applies its change to the latest plan, including saves still on their way to the database, so
  // a budget typed just before a slider moved is not written back over by the slider's save.
  const latest = useRef(plan);
  const pending = useRef(0);
  if (pending.current === 0) latest.current = plan;
  const save = useCallback(
    async (change: (plan: PortfolioPlan) => PortfolioPlan, label?: string): Promise<FieldError[]> => {
      const base = latest.current;
      if (!base) return [];
      const checked = validate(portfolioPlanSchema, change(base));
      if (!checked.ok) return checked.errors;
      latest.current = checked.value;
      pending.current++;
      try {
        recordChange(await repositories().plans.save(workspaceId, checked.value, label));
      } finally {
        pending.current--;
      }
      return [];
    },
    [workspaceId],
  );
  return { plan, save, storedPlanInvalid: parsed !== null && !parsed.ok };
}
