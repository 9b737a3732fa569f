import { candidateCases, fundingProblem, rankCases } from '@shared/analysis';
import type { Problem, UseCase, Workspace } from '@shared/domain';
import type { FrontierPoint, FundingCandidate, FundingConstraints, FundingResult, PortfolioPlan } from '@shared/portfolio';
import type { FundingReply, FundingRequest } from './fundingMessages';

/**
 * One funding answer per plan state. The funding search runs in a Web Worker, once per distinct funding problem
 * (candidates and rules); the answer is kept, so the portfolio page, the board pack and the PowerPoint, Excel and CSV
 * exports all read the very same funded set and none searches again on the UI thread. The efficient frontier runs in
 * a second worker so it never delays an answer.
 */

type Waiting = { resolve: (reply: FundingReply) => void };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

class WorkerChannel {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();

  send(request: WithoutId<FundingRequest>): Promise<FundingReply> {
    const worker = this.ensure();
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.waiting.set(id, { resolve });
      worker.postMessage({ ...request, id } as FundingRequest);
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./funding.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<FundingReply>) => {
      const waiting = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      waiting?.resolve(event.data);
    };
    w.onerror = (e) => {
      // A crashed worker answers every waiting request with the error, and a fresh one serves the next.
      for (const [id, waiting] of this.waiting) waiting.resolve({ id, kind: 'error', message: e.message || 'The funding calculation failed' });
      this.waiting.clear();
      w.terminate();
      this.worker = null;
    };
    this.worker = w;
    return w;
  }
}

/** Points of the efficient frontier the page draws and the deck shows. */
export const FRONTIER_POINTS = 50;

const fundingChannel = new WorkerChannel();
const frontierChannel = new WorkerChannel();

/** Answers kept per funding problem (the latest few plan states: undo and redo find theirs again). */
const KEEP = 12;
const answers = new Map<string, Promise<FundingResult>>();

const byId = (a: FundingCandidate, b: FundingCandidate) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The funding problem in a canonical form (candidates in id order) and its key: equal problems, equal keys. */
export function canonicalProblem(candidates: readonly FundingCandidate[], constraints: FundingConstraints): { candidates: FundingCandidate[]; constraints: FundingConstraints; key: string } {
  const sorted = [...candidates].sort(byId);
  const forced = Object.fromEntries(Object.entries(constraints.forced ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const canonical: FundingConstraints = { ...constraints, forced };
  return { candidates: sorted, constraints: canonical, key: JSON.stringify([sorted, canonical.budget, canonical.yearCaps ?? null, canonical.minValueCreationShare ?? 0, forced]) };
}

/** The funding answer for a funding problem: the one already computed for it, or a new search in the worker. */
export function requestFunding(candidates: readonly FundingCandidate[], constraints: FundingConstraints): Promise<FundingResult> {
  const problem = canonicalProblem(candidates, constraints);
  const known = answers.get(problem.key);
  if (known) {
    answers.delete(problem.key);
    answers.set(problem.key, known);
    return known;
  }
  const answer = fundingChannel.send({ kind: 'funding', candidates: problem.candidates, constraints: problem.constraints }).then((reply) => {
    if (reply.kind === 'funding') return reply.funding;
    answers.delete(problem.key);
    throw new Error(reply.kind === 'error' ? reply.message : 'The funding calculation gave no answer');
  });
  answers.set(problem.key, answer);
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
  void frontierChannel.send({ kind: 'frontier', candidates: problem.candidates, constraints: problem.constraints, points: job.points }).then((reply) => {
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
export function workspaceFundingProblem(workspace: Workspace, problems: readonly Problem[], useCases: readonly UseCase[], plan: PortfolioPlan) {
  const cases = candidateCases(workspace, problems, useCases);
  return fundingProblem(plan.objective === 'score' ? rankCases(cases, plan.weights) : cases, plan);
}

type PlanBundle = { workspace: Workspace; problems: readonly Problem[]; useCases: readonly UseCase[]; plan: PortfolioPlan };

/** The funding answer of a workspace's data and plan (what exports call): the same answer the portfolio page shows. */
export function fundingAnswerFor(bundle: PlanBundle): Promise<FundingResult> {
  const { candidates, constraints } = workspaceFundingProblem(bundle.workspace, bundle.problems, bundle.useCases, bundle.plan);
  return requestFunding(candidates, constraints);
}

/** The efficient frontier of a workspace's data and plan, as the portfolio page draws it (50 points), for an export. */
export async function frontierFor(bundle: PlanBundle): Promise<FrontierPoint[] | null> {
  const { candidates, constraints } = workspaceFundingProblem(bundle.workspace, bundle.problems, bundle.useCases, bundle.plan);
  // The page's request for the same frontier may be in flight and then be replaced: ask again, this time for ourselves.
  return (await requestFrontier(candidates, constraints, FRONTIER_POINTS, false)) ?? requestFrontier(candidates, constraints, FRONTIER_POINTS, false);
}
