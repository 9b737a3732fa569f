import { useEffect, useRef, useState } from 'react';
import type { FundingCandidate, FundingConstraints, FundingResult } from '@shared/portfolio';
import type { FrontierPoint } from './fundingMessages';
import { FRONTIER_POINTS, requestFrontier, requestFunding } from './fundingService';

export interface FundingState {
  funding: FundingResult | null;
  frontier: FrontierPoint[] | null;
  /** True while the worker is computing an answer to the latest inputs. */
  busy: boolean;
  error: string | null;
}

/**
 * The funding answer for the current candidates and constraints, from the funding service (one answer per plan
 * state, computed in a Web Worker). Only the latest request's answer is shown; an older answer arriving late is ignored.
 */
export function useFunding(candidates: FundingCandidate[] | null, constraints: FundingConstraints | null, frontierPoints = FRONTIER_POINTS): FundingState {
  const latest = useRef(0);
  const [state, setState] = useState<FundingState>({ funding: null, frontier: null, busy: true, error: null });

  useEffect(() => {
    if (!candidates || !constraints) return;
    const id = ++latest.current;
    setState((s) => ({ ...s, busy: true }));
    requestFunding(candidates, constraints).then(
      (funding) => id === latest.current && setState((s) => ({ ...s, funding, busy: false, error: null })),
      (e: unknown) => id === latest.current && setState((s) => ({ ...s, busy: false, error: e instanceof Error ? e.message : String(e) })),
    );
    if (frontierPoints > 0) {
      requestFrontier(candidates, constraints, frontierPoints).then(
        (frontier) => frontier && id === latest.current && setState((s) => ({ ...s, frontier })),
        () => undefined,
      );
    }
  }, [candidates, constraints, frontierPoints]);

  return state;
}
