import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { FundingCandidate, FundingConstraints, FundingResult } from '@shared/portfolio';
import type { FrontierPoint } from './fundingMessages';
import { FRONTIER_POINTS, requestFrontier, requestFunding, searchProgress, stopFundingSearches, subscribeSearches, type SearchProgress } from './fundingService';

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
