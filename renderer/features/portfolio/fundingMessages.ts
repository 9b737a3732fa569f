import type { FrontierPoint, FundingCandidate, FundingConstraints, FundingResult } from '@shared/portfolio';

export type { FrontierPoint };

/** `timeLimitMs` / `withEngine` shorten a search (a stopped search asked again for our quick answer only). */
export type FundingRequest =
  | { id: number; kind: 'funding'; candidates: FundingCandidate[]; constraints: FundingConstraints; timeLimitMs?: number; withEngine?: boolean }
  | { id: number; kind: 'frontier'; candidates: FundingCandidate[]; constraints: FundingConstraints; points: number }
  /** Loads the exact engine ahead of the next search (answered 'prepared'). */
  | { id: number; kind: 'prepare' };

/** 'progress': the best set found so far (status best-found, with its gap) while the search goes on; a final reply follows. */
export type FundingReply =
  | { id: number; kind: 'funding'; funding: FundingResult }
  | { id: number; kind: 'progress'; funding: FundingResult }
  | { id: number; kind: 'frontier'; frontier: FrontierPoint[] }
  | { id: number; kind: 'prepared'; engine: boolean }
  | { id: number; kind: 'error'; message: string };
