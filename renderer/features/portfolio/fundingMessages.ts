import type { FrontierPoint, FundingCandidate, FundingConstraints, FundingResult } from '@shared/portfolio';

export type { FrontierPoint };

export interface FundingRequest {
  id: number;
  candidates: FundingCandidate[];
  constraints: FundingConstraints;
  /** Number of efficient-frontier points to compute after the funding answer (0 = none). */
  frontierPoints: number;
}

export type FundingReply =
  | { id: number; kind: 'funding'; funding: FundingResult }
  | { id: number; kind: 'frontier'; frontier: FrontierPoint[] }
  | { id: number; kind: 'error'; message: string };
