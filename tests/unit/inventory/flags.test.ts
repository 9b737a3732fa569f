import { describe, expect, it } from 'vitest';
import { analyseCandidates, fundingNotes, fundingProblem } from '@shared/analysis';
import { buildDemoWorkspace } from '@shared/demo';
import { emptyRegister, type UseCase } from '@shared/domain';
import { INVENTORY_FLAG_LABELS, NOT_ESTIMATED_REASON, inventoryFlagCounts, inventoryFlags } from '@shared/inventory';
import { defaultPortfolioPlan, optimiseFunding } from '@shared/portfolio';
import { presenter } from '@shared/presentation';

let n = 0;
const demo = () => buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });

describe('what an inventory reveals (docs/inventory.md)', () => {
  it('flags a candidate with no problem stated until its problem has a statement', () => {
    const { problems, useCases } = demo();
    const uc: UseCase = { ...useCases[0]!, register: { ...emptyRegister(), problemStated: false } };
    const problem = problems.find((p) => p.id === uc.problemId)!;
    expect(inventoryFlags(uc, { ...problem, statement: '' })).toContain('ai-first');
    expect(inventoryFlags(uc, { ...problem, statement: 'Invoices wait 9 days for a first look.' })).not.toContain('ai-first');
    expect(INVENTORY_FLAG_LABELS['ai-first']).toBe('AI first — no problem stated');
  });

  it('flags no owner only when neither the use case nor its problem has one', () => {
    const { problems, useCases } = demo();
    const uc = useCases[0]!;
    const problem = problems.find((p) => p.id === uc.problemId)!;
    expect(inventoryFlags(uc, { ...problem, owner: '' })).toContain('no-owner');
    expect(inventoryFlags({ ...uc, register: { ...uc.register, owner: 'Ana Souza' } }, { ...problem, owner: '' })).not.toContain('no-owner');
    expect(inventoryFlags(uc, { ...problem, owner: 'CFO' })).not.toContain('no-owner');
  });

  it('flags no benefit, personal data without a regime, not estimated and reference-class estimates', () => {
    const { problems, useCases } = demo();
    const uc = useCases[0]!;
    const problem = problems.find((p) => p.id === uc.problemId)!;
    const bare: UseCase = {
      ...uc,
      benefits: { ...uc.benefits, hoursSavedPerMonth: 0, costAvoidedPerMonth: 0, newRevenuePerMonth: 0 },
      complianceRegimes: [],
      register: { ...uc.register, personalData: true },
      estimate: { source: 'none', referenceClass: '' },
    };
    expect(inventoryFlags(bare, problem)).toEqual(['no-benefit', 'personal-data-unregulated', 'not-estimated']);
    expect(inventoryFlags({ ...bare, complianceRegimes: ['GDPR'], estimate: { source: 'reference-class', referenceClass: 'Assistant — small' } }, problem)).toEqual(['no-benefit', 'reference-class']);
    const counts = inventoryFlagCounts([bare, uc], problems);
    expect(counts['not-estimated']).toBe(1);
    expect(counts['no-benefit']).toBe(1);
  });

  it('leaves a candidate without cost estimates out of funding, with that reason, unless forced in', () => {
    const { workspace, problems, useCases } = demo();
    const plan = defaultPortfolioPlan(50_000_000);
    const before = analyseCandidates(workspace, problems, useCases, plan, workspace.planningStartMonth);
    const problemBefore = fundingProblem(before, plan);
    const fundedBefore = optimiseFunding(problemBefore.candidates, problemBefore.constraints);
    const target = useCases.find((u) => fundedBefore.selectedIds.includes(u.id))!;
    const changed = useCases.map((u) => (u.id === target.id ? { ...u, estimate: { source: 'none' as const, referenceClass: '' } } : u));
    const rows = analyseCandidates(workspace, problems, changed, plan, workspace.planningStartMonth);
    const { candidates, constraints } = fundingProblem(rows, plan);
    expect(constraints.forced?.[target.id]).toEqual({ mode: 'out', reason: NOT_ESTIMATED_REASON });
    const funding = optimiseFunding(candidates, constraints);
    expect(funding.selectedIds).not.toContain(target.id);
    const note = fundingNotes(rows, funding, plan, presenter(workspace)).get(target.id)!;
    expect(note.status).toBe('Not estimated');
    expect(note.detail).toContain('no pilot or last-mile cost');
    const forcedPlan = { ...plan, forced: { [target.id]: { mode: 'in' as const, reason: 'Board asked for it' } } };
    const forced = fundingProblem(analyseCandidates(workspace, problems, changed, forcedPlan, workspace.planningStartMonth), forcedPlan);
    expect(forced.constraints.forced?.[target.id]).toEqual({ mode: 'in', reason: 'Board asked for it' });
  });
});
