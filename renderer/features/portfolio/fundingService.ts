import { candidateCases, fundingProblem, rankCases } from '@shared/analysis';
import type { Problem, UseCase, Workspace, WorkshopSession } from '@shared/domain';
import { holdIdleWork } from '@renderer/state/idle';
import { roomScoresOf } from '@shared/workshop/roomVote';
import { sameCandidates, stoppedByUser, type FrontierPoint, type FundingCandidate, type FundingConstraints, type FundingResult, type PortfolioPlan } from '@shared/portfolio';
import { fingerprintOf, keepAnswerSoon, keptAnswer } from './fundingAnswerCache';
import type { FundingReply } from './fundingMessages';
import { STOPPED, WorkerChannel } from './workerChannel';

/**
 * One funding answer per plan state. The funding search runs in a Web Worker, once per distinct funding problem
 * (candidates and rules); the answer is kept, so the portfolio page, the board pack and the PowerPoint, Excel and CSV
 * exports all read the very same funded set and none searches again on the UI thread. The efficient frontier runs in
 * a second worker so it never delays an answer. A long search shows its progress and can be stopped
 * (stopFundingSearches): the set it had found becomes the answer, recorded like any other.
 */

/** Points of the efficient frontier the page draws and the deck shows. */
export const FRONTIER_POINTS = 50;

const fundingChannel = new WorkerChannel();
const frontierChannel = new WorkerChannel();

/** Answers kept per funding problem (the latest few plan states: undo and redo find theirs again). */
const KEEP = 12;
const answers = new Map<string, Promise<FundingResult>>();

const byId = (a: FundingCandidate, b: FundingCandidate) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A candidate list in canonical form (in id order) and its fingerprint, worked out once per list. */
type CandidateSet = { sorted: FundingCandidate[]; key: string };
const candidateSets = new WeakMap<readonly FundingCandidate[], CandidateSet>();
/**
 * The latest lists seen: a list built afresh with the same candidates (the answer worked out ahead of the page, then the
 * page's own list, or another screen's; a budget typed keeps the page's list) takes their set, and so does one with the
 * same candidates in another order (the portfolio page reads an imported workspace's use cases in another order than
 * the import wrote them): sorting a list costs a fraction of its fingerprint (at 5,000 candidates, 11 against 72 ms on
 * the page's main thread in the profile).
 */
let recentLists: { list: readonly FundingCandidate[]; set: CandidateSet }[] = [];

function candidateSet(candidates: readonly FundingCandidate[]): CandidateSet {
  let set = candidateSets.get(candidates);
  if (!set) {
    set = recentLists.find((r) => sameCandidates(r.list, candidates))?.set;
    if (!set) {
      const sorted = [...candidates].sort(byId);
      set = recentLists.find((r) => sameCandidates(r.set.sorted, sorted))?.set ?? { sorted, key: fingerprintOf(JSON.stringify(sorted)) };
    }
    candidateSets.set(candidates, set);
    recentLists = [{ list: candidates, set }, ...recentLists].slice(0, 3);
  }
  return set;
}

/**
 * The funding problem in a canonical form (candidates in id order) and its key: equal problems, equal keys. The key is
 * the candidates' fingerprint (a 106-bit hash of their canonical text, worked out once per candidate list: the portfolio
 * page keeps its list while only the rules change) followed by the rules as text.
 */
export function canonicalProblem(
  candidates: readonly FundingCandidate[],
  constraints: FundingConstraints,
): { candidates: FundingCandidate[]; setKey: string; constraints: FundingConstraints; key: string } {
  const set = candidateSet(candidates);
  const forced = Object.fromEntries(Object.entries(constraints.forced ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const canonical: FundingConstraints = { ...constraints, forced };
  const rules = JSON.stringify([canonical.budget, canonical.yearCaps ?? null, canonical.minValueCreationShare ?? 0, forced]);
  return { candidates: set.sorted, setKey: set.key, constraints: canonical, key: `${set.key}|${rules}` };
}

/** A search in progress, as the portfolio page shows it: since when, and the best set found so far (if reported). */
export interface SearchProgress {
  startedAt: number;
  best: FundingResult | null;
}

/** Searches running or waiting, by problem key, in the order they were asked for. */
const searching = new Map<string, SearchProgress>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

/** Subscribes to changes of the searches in progress (for useSyncExternalStore). */
export function subscribeSearches(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest search asked for that is still in progress (the one the portfolio page waits for), or null. */
export function searchProgress(): SearchProgress | null {
  let latest: SearchProgress | null = null;
  for (const p of searching.values()) latest = p;
  return latest;
}

/** Quick answer of a stopped search that had reported nothing yet: our search alone, briefly. */
const STOPPED_QUICK_LIMIT_MS = 300;

/**
 * Stops every funding search in progress. Each one's answer becomes the best set it had found (status best-found, with
 * its gap to the best possible), or, if it had reported none yet, a short search of our own: the answer is recorded
 * like any other, so every screen and export shows that same set.
 */
export function stopFundingSearches(): void {
  fundingChannel.stopAll();
}

let prepared = false;

/**
 * Starts the funding worker and loads its exact engine while nothing else runs (once per page load): the first search
 * after an answer kept from an earlier opening (a budget change after a reload) then does not also wait for the
 * worker to start and the engine to compile. Once a search has been asked for, the worker is started by it and warmed
 * by it, and its engine loads with it: nothing more to prepare.
 */
export function prepareFunding(): void {
  if (prepared) return;
  prepared = true;
  void fundingChannel.send({ kind: 'prepare' });
}

/**
 * Hands the funding worker this candidate list while the window is idle (the portfolio page, once its answer is shown):
 * after an answer kept from an earlier opening, the first budget change then sends only the new rules, not the list.
 */
export function holdCandidates(candidates: readonly FundingCandidate[]): void {
  const set = candidateSet(candidates);
  fundingChannel.hold(set.key, set.sorted);
}

/** The answers already there (kept, or found by a search that has ended), by their promise. */
const settled = new WeakMap<Promise<FundingResult>, FundingResult>();

function settledWith(result: FundingResult): Promise<FundingResult> {
  const answer = Promise.resolve(result);
  settled.set(answer, result);
  return answer;
}

/** The answer already known for this problem in memory, or kept from an earlier opening (then remembered); else null. */
function known(problem: ReturnType<typeof canonicalProblem>): { answer: Promise<FundingResult>; result: FundingResult | null } | null {
  const answer = answers.get(problem.key);
  if (answer) {
    answers.delete(problem.key);
    answers.set(problem.key, answer);
    return { answer, result: settled.get(answer) ?? null };
  }
  // A proven answer to this very problem from an earlier opening (a reload, a restart, another window): no search.
  const kept = keptAnswer(problem.key, problem.candidates.map((c) => c.id));
  return kept ? { answer: remember(problem.key, settledWith(kept)), result: kept } : null;
}

/**
 * The answer to a funding problem when it is already known (asked before and found, or kept from an earlier opening),
 * without waiting: the portfolio page then draws it in the same pass as the change that asked for it. Null otherwise.
 */
export function knownAnswer(candidates: readonly FundingCandidate[], constraints: FundingConstraints): FundingResult | null {
  return known(canonicalProblem(candidates, constraints))?.result ?? null;
}

/** The funding answer for a funding problem: the one already computed for it, or a new search in the worker. */
export function requestFunding(candidates: readonly FundingCandidate[], constraints: FundingConstraints): Promise<FundingResult> {
  const problem = canonicalProblem(candidates, constraints);
  const already = known(problem);
  if (already) return already.answer;
  const progress: SearchProgress = { startedAt: performance.now(), best: null };
  prepared = true;
  searching.set(problem.key, progress);
  changed();
  // While the answer is searched for, work that waits for an idle window (other pages' code fetched and compiled, stored
  // workspaces checked) waits for the answer: on two cores it took the search's share of the machine (session 12).
  const releaseIdleWork = holdIdleWork();
  const ask = { kind: 'funding' as const, setKey: problem.setKey, candidates: problem.candidates, constraints: problem.constraints };
  const onProgress = (best: FundingResult) => {
    progress.best = best;
    if (searching.has(problem.key)) searching.set(problem.key, { ...progress });
    changed();
  };
  const answer = fundingChannel
    .send(ask, onProgress)
    .then((reply): Promise<FundingReply> | FundingReply => {
      if (reply.kind !== 'error' || reply.message !== STOPPED) return reply;
      if (progress.best) return { id: reply.id, kind: 'funding', funding: stoppedByUser(progress.best) };
      return fundingChannel.send({ ...ask, withEngine: false, timeLimitMs: STOPPED_QUICK_LIMIT_MS }).then((r) => (r.kind === 'funding' ? { ...r, funding: stoppedByUser(r.funding) } : r));
    })
    .then((reply) => {
      if (reply.kind === 'funding') {
        settled.set(answer, reply.funding);
        keepAnswerSoon(problem.key, problem.candidates.length, reply.funding);
        return reply.funding;
      }
      answers.delete(problem.key);
      throw new Error(reply.kind === 'error' ? reply.message : 'The funding calculation gave no answer');
    })
    .finally(() => {
      releaseIdleWork();
      searching.delete(problem.key);
      changed();
    });
  return remember(problem.key, answer);
}

function remember(key: string, answer: Promise<FundingResult>): Promise<FundingResult> {
  answers.set(key, answer);
  while (answers.size > KEEP) answers.delete(answers.keys().next().value as string);
  return answer;
}

type FrontierJob = {
  candidates: readonly FundingCandidate[];
  constraints: FundingConstraints;
  points: number;
  /** A screen's request may be replaced by a newer one; an export's waits its turn. */
  replaceable: boolean;
  done: (frontier: FrontierPoint[] | null) => void;
};
let frontierRunning = false;
const frontierQueue: FrontierJob[] = [];

function runFrontier(job: FrontierJob): void {
  frontierRunning = true;
  const problem = canonicalProblem(job.candidates, job.constraints);
  void frontierChannel.send({ kind: 'frontier', setKey: problem.setKey, candidates: problem.candidates, constraints: problem.constraints, points: job.points }).then((reply) => {
    job.done(reply.kind === 'frontier' ? reply.frontier : null);
    const next = frontierQueue.shift();
    if (next) runFrontier(next);
    else frontierRunning = false;
  });
}

/** Frontiers kept per funding problem and point count, like the answers: an export reuses the page's. */
const frontiers = new Map<string, Promise<FrontierPoint[] | null>>();

/**
 * The efficient frontier of a funding problem (budget → best value), computed in its own worker and kept like the
 * funding answer. While one is being drawn, a screen's newer request replaces its older waiting one (which answers
 * null, superseded); an export's request (`replaceable: false`) always gets its answer. Failures answer null.
 */
export function requestFrontier(candidates: readonly FundingCandidate[], constraints: FundingConstraints, points: number, replaceable = true): Promise<FrontierPoint[] | null> {
  const key = `${points}|${canonicalProblem(candidates, constraints).key}`;
  const known = frontiers.get(key);
  if (known) return known;
  const answer = new Promise<FrontierPoint[] | null>((resolve) => {
    const done = (frontier: FrontierPoint[] | null) => {
      if (frontier === null) frontiers.delete(key);
      resolve(frontier);
    };
    const job: FrontierJob = { candidates, constraints, points, replaceable, done };
    if (!frontierRunning) return runFrontier(job);
    if (replaceable) {
      const older = frontierQueue.findIndex((j) => j.replaceable);
      if (older >= 0) frontierQueue.splice(older, 1)[0]?.done(null);
    }
    frontierQueue.push(job);
  });
  frontiers.set(key, answer);
  while (frontiers.size > KEEP) frontiers.delete(frontiers.keys().next().value as string);
  return answer;
}

/**
 * The funding problem of a workspace's data and plan, exactly as the portfolio page builds it: expected NPV needs only
 * the business cases; the score objective needs them scored with the plan's weights.
 */
export function workspaceFundingProblem(workspace: Workspace, problems: readonly Problem[], useCases: readonly UseCase[], plan: PortfolioPlan, todayMonth: string, sessions: readonly WorkshopSession[] | undefined) {
  const cases = candidateCases(workspace, problems, useCases, todayMonth);
  return fundingProblem(plan.objective === 'score' ? rankCases(cases, plan.weights, roomScoresOf(sessions).scores) : cases, plan);
}

/** A workspace's data and plan, and the calendar month its figures are as of. */
type PlanBundle = { workspace: Workspace; problems: readonly Problem[]; useCases: readonly UseCase[]; plan: PortfolioPlan; todayMonth: string; sessions: readonly WorkshopSession[] | undefined };

/** The funding answer of a workspace's data and plan (what exports call): the same answer the portfolio page shows. */
export function fundingAnswerFor(bundle: PlanBundle): Promise<FundingResult> {
  const { candidates, constraints } = workspaceFundingProblem(bundle.workspace, bundle.problems, bundle.useCases, bundle.plan, bundle.todayMonth, bundle.sessions);
  return requestFunding(candidates, constraints);
}

/** The efficient frontier of a workspace's data and plan, as the portfolio page draws it (50 points), for an export. */
export async function frontierFor(bundle: PlanBundle): Promise<FrontierPoint[] | null> {
  const { candidates, constraints } = workspaceFundingProblem(bundle.workspace, bundle.problems, bundle.useCases, bundle.plan, bundle.todayMonth, bundle.sessions);
  // The page's request for the same frontier may be in flight and then be replaced: ask again, this time for ourselves.
  return (await requestFrontier(candidates, constraints, FRONTIER_POINTS, false)) ?? requestFrontier(candidates, constraints, FRONTIER_POINTS, false);
}
