/// <reference lib="webworker" />
import { efficientFrontier, optimiseFunding, type FundingCandidate, type FundingConstraints } from '@shared/portfolio';
import type { FundingReply, FundingRequest } from './fundingMessages';

/** Runs the exact funding search and the efficient frontier off the UI thread. */
self.onmessage = (event: MessageEvent<FundingRequest>) => {
  const { id, candidates, constraints, frontierPoints } = event.data;
  const clock = () => performance.now();
  try {
    const funding = optimiseFunding(candidates as FundingCandidate[], constraints as FundingConstraints, { clock, timeLimitMs: 5_000 });
    const reply: FundingReply = { id, kind: 'funding', funding };
    self.postMessage(reply);
    if (frontierPoints > 0) {
      const frontier = efficientFrontier(candidates as FundingCandidate[], constraints as FundingConstraints, frontierPoints, { clock, timeLimitMs: 1_000 });
      const frontierReply: FundingReply = { id, kind: 'frontier', frontier };
      self.postMessage(frontierReply);
    }
  } catch (e) {
    const reply: FundingReply = { id, kind: 'error', message: e instanceof Error ? e.message : String(e) };
    self.postMessage(reply);
  }
};
