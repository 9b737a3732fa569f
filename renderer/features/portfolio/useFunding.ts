import { useEffect, useRef, useState } from 'react';
import type { FundingCandidate, FundingConstraints, FundingResult } from '@shared/portfolio';
import type { FrontierPoint, FundingReply, FundingRequest } from './fundingMessages';

export interface FundingState {
  funding: FundingResult | null;
  frontier: FrontierPoint[] | null;
  /** True while the worker is computing an answer to the latest inputs. */
  busy: boolean;
  error: string | null;
}

/**
 * The funding answer for the current candidates and constraints, computed in a Web Worker so the UI never
 * freezes. Only the latest request's answer is shown; an older answer arriving late is ignored.
 */
export function useFunding(candidates: FundingCandidate[] | null, constraints: FundingConstraints | null, frontierPoints = 50): FundingState {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<FundingState>({ funding: null, frontier: null, busy: true, error: null });

  useEffect(() => {
    const w = new Worker(new URL('./funding.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<FundingReply>) => {
      const reply = event.data;
      if (reply.id !== latest.current) return;
      if (reply.kind === 'funding') setState((s) => ({ ...s, funding: reply.funding, busy: false, error: null }));
      else if (reply.kind === 'frontier') setState((s) => ({ ...s, frontier: reply.frontier }));
      else setState((s) => ({ ...s, busy: false, error: reply.message }));
    };
    w.onerror = (e) => setState((s) => ({ ...s, busy: false, error: e.message || 'The funding calculation failed' }));
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (!candidates || !constraints || !worker.current) return;
    const id = ++latest.current;
    setState((s) => ({ ...s, busy: true }));
    const request: FundingRequest = { id, candidates, constraints, frontierPoints };
    worker.current.postMessage(request);
  }, [candidates, constraints, frontierPoints]);

  return state;
}
