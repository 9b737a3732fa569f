import { useEffect, useMemo, useRef, useState } from 'react';
import type { StoredScenario } from '@renderer/db';
import { FRONTIER_POINTS, requestFrontier, requestFunding } from '@renderer/features/portfolio/fundingService';
import { candidateCases, type CandidateCase } from '@shared/analysis';
import type { Workspace } from '@shared/domain';
import { compareScenarios, prepareScenario, type PreparedScenario, type ScenarioBase, type ScenarioComparison } from '@shared/scenarios';

export interface ComparisonState {
  comparison: ScenarioComparison | null;
  /** True while a funding answer or a frontier of the scenarios compared is being worked out. */
  busy: boolean;
  error: string | null;
}

/** The base plan's business cases: worked out once per change of the data, reused by every scenario that changes only the plan. */
export function useBaseCases(base: ScenarioBase<Workspace> | null): readonly CandidateCase[] | null {
  return useMemo(() => (base ? candidateCases(base.workspace, base.problems, base.useCases, base.todayMonth) : null), [base]);
}

/**
 * The scenarios chosen (null = the base plan) applied and funded: each scenario's funding problem is asked of the
 * funding service, which answers every distinct problem once (the base plan's answer is the portfolio page's own), and
 * its efficient frontier likewise. Only the latest choice's answers are shown.
 */
export function useScenarioComparison(base: ScenarioBase<Workspace> | null, baseCases: readonly CandidateCase[] | null, chosen: readonly (StoredScenario | null)[]): ComparisonState {
  const prepared = useMemo(
    () => (base && baseCases ? chosen.map((s) => prepareScenario(base, s, baseCases)) : null),
    [base, baseCases, chosen],
  );
  const [state, setState] = useState<ComparisonState>({ comparison: null, busy: false, error: null });
  const latest = useRef(0);
  useEffect(() => {
    if (!prepared || prepared.length === 0) {
      setState({ comparison: null, busy: false, error: null });
      return;
    }
    const id = ++latest.current;
    setState((s) => ({ ...s, busy: true }));
    const answers = Promise.all(prepared.map((p: PreparedScenario<Workspace>) => requestFunding(p.problem.candidates, p.problem.constraints)));
    answers.then(
      (fundings) => {
        if (id !== latest.current) return;
        const withoutFrontiers = fundings.map((funding, i) => ({ prepared: prepared[i]!, funding, frontier: null }));
        setState({ comparison: compareScenarios(withoutFrontiers), busy: true, error: null });
        // The frontiers follow (fifty searches each, in their own worker); the answers are on screen meanwhile.
        void Promise.all(prepared.map((p) => requestFrontier(p.problem.candidates, p.problem.constraints, FRONTIER_POINTS, false))).then((frontiers) => {
          if (id !== latest.current) return;
          setState({ comparison: compareScenarios(withoutFrontiers.map((a, i) => ({ ...a, frontier: frontiers[i] ?? null }))), busy: false, error: null });
        });
      },
      (e: unknown) => id === latest.current && setState({ comparison: null, busy: false, error: e instanceof Error ? e.message : String(e) }),
    );
  }, [prepared]);
  return state;
}
