/**
 * An imported workspace's funding answer is worked out as soon as its data is written (prefetchFunding), and its
 * portfolio page then finds that very answer instead of starting a second search: the problem the prefetch builds
 * from the file's bundle is the one the page builds from the records read back from the database (same key). jsdom
 * has no workers: a stand-in worker answers and counts the searches asked for.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { candidateCases, fundingProblem, rankCases } from '@shared/analysis';
import { validate } from '@shared/domain';
import { portfolioPlanSchema, type FundingResult } from '@shared/portfolio';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { currentMonth } from '@renderer/features/living/today';
import type { FundingRequest } from '@renderer/features/portfolio/fundingMessages';
import { standInFundingWorker } from './standInFundingWorker';
import { generatedWorkspace } from '../../bench/app/generatedWorkspace';
import { freshRepositories } from '../../unit/db/testDb';

const answer = (request: FundingRequest): FundingResult => ({
  status: 'optimal',
  selectedIds: request.kind === 'prepare' ? [] : (request.candidates ?? []).slice(0, 1).map((c) => c.id),
  totalInvestment: 0,
  totalValue: 0,
  bound: 0,
  investmentByYear: [],
  valueCreationShare: 0,
  excluded: [],
  nodesExplored: 1,
  why: { kind: 'optimal' },
  message: 'Optimal: no other set within the budget and rules has a higher total.',
});

let searches = 0;
const CountingWorker = standInFundingWorker((request) => {
  if (request.kind === 'funding') searches++;
  return { id: request.id, kind: 'funding', funding: answer(request) };
}, 5);

beforeEach(() => {
  localStorage.clear();
  searches = 0;
  vi.stubGlobal('Worker', CountingWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** The funding problem exactly as the portfolio page builds it from the stored records (PortfolioPage, usePortfolioPlan). */
async function pageProblem(bundle: WorkspaceBundle) {
  const { planOf } = await import('@renderer/features/portfolio/usePortfolioPlan');
  const repos = freshRepositories();
  const written = await repos.bundles.write(bundle, 'Import workspace');
  if (!written.ok) throw new Error('the bundle was not written');
  const id = bundle.workspace.id;
  const [workspace, problems, useCases, planRecord] = await Promise.all([repos.workspaces.get(id), repos.problems.list(id), repos.useCases.list(id), repos.plans.get(id)]);
  const plan = planOf(planRecord ? validate(portfolioPlanSchema, planRecord.plan) : null, useCases);
  const cases = candidateCases(workspace!, problems, useCases, currentMonth());
  return fundingProblem(plan.objective === 'score' ? rankCases(cases, plan.weights, null) : cases, plan);
}

describe('the funding answer of an imported workspace is on its way before its portfolio opens', () => {
  it.each(['expectedNpv', 'score'] as const)('objective %s: the page finds the answer the prefetch asked for, and no second search runs', async (objective) => {
    const generated = generatedWorkspace(300);
    const bundle: WorkspaceBundle = { ...generated, plan: { ...generated.plan!, objective } };
    const service = await import('@renderer/features/portfolio/fundingService');
    const { prefetchFunding } = await import('@renderer/features/portfolio/fundingPrefetch');
    prefetchFunding(bundle);
    expect(searches).toBe(1);
    const { candidates, constraints } = await pageProblem(bundle);
    await vi.waitFor(() => expect(service.knownAnswer(candidates, constraints)).not.toBeNull());
    await service.requestFunding(candidates, constraints);
    expect(searches).toBe(1);
  });

  it('a workspace without a stored plan: both start from the plan drawn from its use cases', async () => {
    const { plan: _plan, ...bundle } = generatedWorkspace(120);
    const service = await import('@renderer/features/portfolio/fundingService');
    const { prefetchFunding } = await import('@renderer/features/portfolio/fundingPrefetch');
    prefetchFunding(bundle);
    const { candidates, constraints } = await pageProblem(bundle);
    await service.requestFunding(candidates, constraints);
    expect(searches).toBe(1);
  });
});
