import type { FrontierPoint, FundingCandidate, FundingConstraints, FundingResult } from '@shared/portfolio';

export type { FrontierPoint };

/**
 * The candidates of a search travel to the worker once per candidate list (`setKey`: its fingerprint): the worker
 * keeps the latest SETS_KEPT lists, and a later request over the same list (a budget or rule change) carries only its
 * key and the rules. The service mirrors which lists its worker holds; a worker that does not hold the list asked for
 * answers MISSING_CANDIDATES and is sent the request again with its candidates. Six: the portfolio page's list and up
 * to four scenarios compared, with one to spare.
 */
export const SETS_KEPT = 6;
export const MISSING_CANDIDATES = 'candidates not held by the worker';

type Over = { setKey: string; candidates?: FundingCandidate[]; constraints: FundingConstraints };

/** `timeLimitMs` / `withEngine` shorten a search (a stopped search asked again for our quick answer only). */
export type FundingRequest =
  | ({ id: number; kind: 'funding'; timeLimitMs?: number; withEngine?: boolean } & Over)
  | ({ id: number; kind: 'frontier'; points: number } & Over)
  /** Loads the exact engine ahead of the next search (answered 'prepared'). */
  | { id: number; kind: 'prepare' }
  /** Keeps a candidate list ahead of the searches over it (answered 'held'): the first of them then carries only its key. */
  | { id: number; kind: 'hold'; setKey: string; candidates: FundingCandidate[] };

/** 'progress': the best set found so far (status best-found, with its gap) while the search goes on; a final reply follows. */
export type FundingReply =
  | { id: number; kind: 'funding'; funding: FundingResult }
  | { id: number; kind: 'progress'; funding: FundingResult }
  | { id: number; kind: 'frontier'; frontier: FrontierPoint[] }
  | { id: number; kind: 'prepared'; engine: boolean }
  | { id: number; kind: 'held' }
  | { id: number; kind: 'error'; message: string };
