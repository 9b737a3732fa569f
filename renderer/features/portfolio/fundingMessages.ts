import type { FrontierPoint, FundingCandidate, FundingConstraints, FundingResult } from '@shared/portfolio';

export type { FrontierPoint };

export type FundingRequest =
  | { id: number; kind: 'funding'; candidates: FundingCandidate[]; constraints: FundingConstraints }
  | { id: number; kind: 'frontier'; candidates: FundingCandidate[]; constraints: FundingConstraints; points: number };

export type FundingReply =
  | { id: number; kind: 'funding'; funding: FundingResult }
  | { id: number; kind: 'frontier'; frontier: FrontierPoint[] }
  | { id: number; kind: 'error'; message: string };
