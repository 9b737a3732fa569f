import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { FundingCandidate, FundingConstraints, FundingResult } from '@shared/portfolio';
import type { FrontierPoint } from './fundingMessages';
import { FRONTIER_POINTS, knownAnswer, requestFrontier, requestFunding, searchProgress, stopFundingSearches, subscribeSearches, type SearchProgress } from './fundingService';

export interface FundingState {
  funding: FundingResult | null;
  frontier: FrontierPoint[] | null;
  /** True while the worker is computing an answer to the latest inputs. */
  busy: boolean;
  error: string | null;
}

type Answered = { candidates: FundingCandidate[] | null; constraints: FundingConstraints | null; funding: FundingResult | null; error: string | null };

/**
 * The funding answer for the current candidates and constraints, from the funding service (one answer per plan
 * state, computed in a Web Worker). An answer already known (asked before, or kept from an earlier opening) is there in
 * the very render that asks for it; otherwise the search is asked for before this render is painted, and the previous
 * answer stays on screen (busy) until it comes. Only the latest request's answer is shown; an older answer arriving
 * late is ignored.
 */
export function useFunding(candidates: FundingCandidate[] | null, constraints: FundingConstraints | null, frontierPoints = FRONTIER_POINTS): FundingState {
  const known = useMemo(() => (candidates && constraints ? knownAnswer(candidates, constraints) : null), [candidates, constraints]);
  const [answered, setAnswered] = useState<Answered>({ candidates: null, constraints: null, funding: null, error: null });
  const current = answered.candidates === candidates && answered.constraints === constraints;
  // A known answer becomes the one shown (and stays shown while a later search runs).
  if (known && !(current && answered.funding === known)) setAnswered({ candidates, constraints, funding: known, error: null });

  useLayoutEffect(() => {
    if (!candidates || !constraints || known) return;
    let latest = true;
    requestFunding(candidates, constraints).then(
      (funding) => latest && setAnswered({ candidates, constraints, funding, error: null }),
      (e: unknown) => latest && setAnswered((a) => ({ candidates, constraints, funding: a.funding, error: e instanceof Error ? e.message : String(e) })),
    );
    return () => {
      latest = false;
    };
  }, [candidates, constraints, known]);

  const frontierAsked = useRef(0);
  const [frontier, setFrontier] = useState<FrontierPoint[] | null>(null);
  useEffect(() => {
    if (!candidates || !constraints || frontierPoints <= 0) return;
    const id = ++frontierAsked.current;
    requestFrontier(candidates, constraints, frontierPoints).then(
      (points) => points && id === frontierAsked.current && setFrontier(points),
      () => undefined,
    );
  }, [candidates, constraints, frontierPoints]);

  const asking = candidates !== null && constraints !== null;
  return { funding: known ?? answered.funding, frontier, busy: asking ? !known && !current : true, error: current ? answered.error : null };
}

/** A search shows its progress (and a way to stop it) once it has run this long. */
export const SHOW_PROGRESS_AFTER_MS = 300;

export interface SearchStatus {
  /** The latest funding search, once it has run SHOW_PROGRESS_AFTER_MS; null otherwise. */
  progress: (SearchProgress & { elapsedMs: number }) | null;
  /** Stops the search: its best set so far becomes the answer everywhere (fundingService.stopFundingSearches). */
  stop: () => void;
}

/** The progress of the latest funding search (the one the page waits for), refreshed a few times a second while it runs. */
export function useSearchProgress(): SearchStatus {
  const version = useSyncExternalStore(subscribeSearches, searchVersion);
  const [now, setNow] = useState(() => performance.now());
  const running = searchProgress();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, [running, version]);
  const elapsedMs = running ? Math.max(0, now - running.startedAt) : 0;
  return { progress: running && elapsedMs >= SHOW_PROGRESS_AFTER_MS ? { ...running, elapsedMs } : null, stop: stopFundingSearches };
}

let searchChanges = 0;
subscribeSearches(() => searchChanges++);
const searchVersion = () => searchChanges;
