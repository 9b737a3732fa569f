import { describe, expect, it } from 'vitest';
import { analyseCandidates, fundingNotes, fundingProblem } from '@shared/analysis';
import { buildDemoWorkspace } from '@shared/demo';
import type { UseCase } from '@shared/domain';
import { defaultPortfolioPlan, optimiseFunding } from '@shared/portfolio';
import { presenter } from '@shared/presentation';

let n = 0;
const demo = () => buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });
const live = (uc: UseCase, id: string, name: string): UseCase => ({
  ...uc,
  id,
  name,
  lifecycle: { history: [{ stage: 'production', month: '2027-01', at: '2027-01-01T00:00:00.000Z', by: 'Import', note: 'From the inventory', evidence: null }], decisions: [] },
});

describe('committed work under one problem (a register with several systems live for it)', () => {
  it('funds every system in production without making the answer impossible, and keeps new candidates of that problem out as served', () => {
    const { workspace, problems, useCases } = demo();
    const idea = useCases[0]!;
    const portfolio = [...useCases, live(idea, 'live-1', 'Invoice reader, region north'), live(idea, 'live-2', 'Invoice reader, region south')];
    const plan = defaultPortfolioPlan(50_000_000);
    const rows = analyseCandidates(workspace, problems, portfolio, plan, workspace.planningStartMonth);
    const { candidates, constraints } = fundingProblem(rows, plan);
    const funding = optimiseFunding(candidates, constraints);
    expect(funding.status).toBe('optimal');
    expect(funding.selectedIds).toEqual(expect.arrayContaining(['live-1', 'live-2']));
    expect(funding.selectedIds).not.toContain(idea.id);
    const note = fundingNotes(rows, funding, plan, presenter(workspace)).get(idea.id)!;
    expect(note.status).toBe('Its problem is served by Invoice reader, region north');
  });

  it('still refuses two candidates of one problem that the team forces in', () => {
    const { workspace, problems, useCases } = demo();
    const [a, b] = useCases.filter((u, _, all) => all.filter((o) => o.problemId === u.problemId).length > 1);
    const plan = { ...defaultPortfolioPlan(50_000_000), forced: { [a!.id]: { mode: 'in' as const, reason: 'Board' }, [b!.id]: { mode: 'in' as const, reason: 'Board' } } };
    const { candidates, constraints } = fundingProblem(analyseCandidates(workspace, problems, useCases, plan, workspace.planningStartMonth), plan);
    expect(optimiseFunding(candidates, constraints).status).toBe('infeasible');
  });
});
