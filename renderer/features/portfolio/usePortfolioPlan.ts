import { useCallback, useMemo, useRef, useState } from 'react';
import { settleWrite } from '@renderer/components/settleWrite';
import { repositories, usePlanRecord } from '@renderer/db';
import { recordChange } from '@renderer/state/actions';
import { useToasts } from '@renderer/state/toasts';
import { initialPortfolioPlan } from '@shared/analysis';
import { validate, type FieldError, type UseCase, type Validated } from '@shared/domain';
import { portfolioPlanSchema, type PortfolioPlan } from '@shared/portfolio';

/** A change shown before it is stored: the stored plan it was made from, and the plan it gives. */
type Applied = { base: PortfolioPlan | undefined; plan: PortfolioPlan };

/**
 * The plan the portfolio is worked out with: the stored plan when it validates (`parsed`: null when none is stored),
 * else the defaults drawn from the use cases. The portfolio page and the funding answer worked out ahead of it
 * (fundingPrefetch.ts) both use this.
 */
export function planOf(parsed: Validated<PortfolioPlan> | null, useCases: readonly UseCase[]): PortfolioPlan {
  return parsed?.ok ? parsed.value : initialPortfolioPlan(useCases);
}

const samePlan = (a: PortfolioPlan, b: PortfolioPlan) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The workspace's portfolio plan (budget, caps, objective, forced choices, weights), persisted so a reload
 * keeps it. A stored plan that no longer validates falls back to the defaults and says so. A change is shown at once
 * (a budget typed is worked out without waiting for the database's round trip); when the stored plan arrives with the
 * same content, the plan shown stays the same object, so nothing is worked out twice. A refused write goes back to
 * the stored plan.
 */
export function usePortfolioPlan(workspaceId: string, useCases: readonly UseCase[] | undefined) {
  const record = usePlanRecord(workspaceId);
  const parsed = useMemo(() => (record ? validate(portfolioPlanSchema, record.plan) : null), [record]);
  const stored: PortfolioPlan | undefined = useMemo(() => (record === undefined || useCases === undefined ? undefined : planOf(parsed, useCases)), [record, parsed, useCases]);
  const [applied, setApplied] = useState<Applied | null>(null);
  const plan = useMemo(() => {
    if (!applied || !stored) return stored;
    return applied.base === stored || samePlan(applied.plan, stored) ? applied.plan : stored;
  }, [stored, applied]);
  // The plan a change is applied to on screen (the latest shown, which may not be stored yet).
  const shown = useRef<PortfolioPlan | undefined>(undefined);
  shown.current = plan;
  const base = useRef<PortfolioPlan | undefined>(undefined);
  base.current = stored;
  // The plan a change starts from when none is stored yet (or the stored one no longer validates).
  const fallback = useRef<PortfolioPlan | undefined>(undefined);
  fallback.current = parsed?.ok ? undefined : stored;
  const loaded = plan !== undefined;
  /**
   * Applies `change` to the plan as stored at the moment of the write (so a budget typed just before a slider moved,
   * or a forced choice made in another window, is not written back over). Answers the field errors; a write the
   * disk refused is said in a message too, and the control keeps what the person set, to apply again.
   */
  const save = useCallback(
    async (change: (plan: PortfolioPlan) => PortfolioPlan, label?: string): Promise<FieldError[]> => {
      if (!loaded) return [];
      const from = shown.current;
      const next = from ? validate(portfolioPlanSchema, change(from)) : null;
      if (next?.ok) setApplied({ base: base.current, plan: next.value });
      const r = await settleWrite(repositories().plans.save(workspaceId, change, { ...(label ? { label } : {}), ...(fallback.current ? { fallback: fallback.current } : {}) }));
      if (!r.ok) {
        setApplied(null);
        if (r.reason !== 'invalid') useToasts.getState().show(`The plan was not changed. ${r.errors[0]?.message ?? ''}`.trim(), { tone: 'error', timeoutMs: 15_000 });
        return r.errors.length > 0 ? r.errors : [{ path: '', message: 'The plan was not changed' }];
      }
      recordChange(r.change);
      return [];
    },
    [workspaceId, loaded],
  );
  return { plan, save, storedPlanInvalid: parsed !== null && !parsed.ok };
}
