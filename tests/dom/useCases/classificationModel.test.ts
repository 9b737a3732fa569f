import { describe, expect, it } from 'vitest';
import { answerRubric, classificationStance, type ClassificationInput } from '@renderer/features/useCases/classificationModel';
import { proposalReplaces, sameCosts } from '@renderer/features/useCases/proposalModel';
import { blankUseCaseInput, defaultWorkspaceSettings, useCaseInputSchema, zeroLastMileCosts } from '@shared/domain';
import { proposeLastMile } from '@shared/finance';

const settings = defaultWorkspaceSettings('Acme', '2027-01');
const blank = (): ClassificationInput => blankUseCaseInput('p1', settings.defaults).classification;

function answerAll(c: ClassificationInput, a: [boolean | null, boolean | null, boolean | null, boolean | null]): ClassificationInput {
  const keys = ['existingTask', 'timeOrCostSaving', 'newRevenueOrCapability', 'changesDecisionOrExperience'] as const;
  return keys.reduce((acc, k, i) => answerRubric(acc, k, a[i] ?? null), c);
}

describe('the classification follows the rubric once all four answers are given', () => {
  it('leaves it not classified while any answer is missing, even when a suggestion already shows', () => {
    let c = answerRubric(blank(), 'newRevenueOrCapability', true);
    expect(c.kind).toBeNull();
    expect(classificationStance(c)).toBe('unclassified');
    c = answerRubric(answerRubric(c, 'existingTask', true), 'timeOrCostSaving', false);
    expect(c.kind).toBeNull();
    c = answerRubric(c, 'changesDecisionOrExperience', true);
    expect(c.kind).toBe('value-creation');
    expect(classificationStance(c)).toBe('follows');
  });

  it('follows a changed suggestion, keeps a choice against an unchanged one, and "Unsure" stops applying it', () => {
    let c = answerAll(blank(), [true, true, false, false]);
    expect(c.kind).toBe('automation');
    c = { ...c, kind: 'value-creation' };
    expect(classificationStance(c)).toBe('overrides');
    c = answerRubric(c, 'existingTask', false); // still automation: the override stays
    expect(c.kind).toBe('value-creation');
    c = answerRubric(c, 'newRevenueOrCapability', true); // suggestion becomes value creation
    expect(c.kind).toBe('value-creation');
    expect(classificationStance(c)).toBe('follows');
    c = answerRubric(c, 'newRevenueOrCapability', false); // back to automation: it follows
    expect(c.kind).toBe('automation');
    c = answerRubric(c, 'changesDecisionOrExperience', null);
    expect(c.kind).toBe('automation');
  });

  it('an override without a rationale is refused by the schema at the rationale; with one it is accepted', () => {
    const input = blankUseCaseInput('p1', settings.defaults);
    const overridden = { ...answerAll(blank(), [true, true, false, false]), kind: 'value-creation' as const };
    const refused = useCaseInputSchema.safeParse({ ...input, name: 'X', classification: overridden });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path.join('.'))).toEqual(['classification.rationale']);
    expect(useCaseInputSchema.safeParse({ ...input, name: 'X', classification: { ...overridden, rationale: 'It changes what the customer sees.' } }).success).toBe(true);
  });
});

describe('the quick path asks only when it would replace typed figures', () => {
  const proposed = proposeLastMile(75_000, settings.defaults, []);
  it('does not ask over empty categories, nor when the figures already are the proposal', () => {
    expect(proposalReplaces(zeroLastMileCosts(), proposed)).toBe(false);
    expect(proposalReplaces({ ...proposed }, proposed)).toBe(false);
    expect(sameCosts({ ...proposed }, proposed)).toBe(true);
  });
  it('asks when any typed figure would change, including one that is not a number yet', () => {
    expect(proposalReplaces({ ...zeroLastMileCosts(), testingQa: 1 }, proposed)).toBe(true);
    expect(proposalReplaces({ ...proposed, integration: 70_000 }, proposed)).toBe(true);
    expect(proposalReplaces({ ...zeroLastMileCosts(), integration: Number.NaN }, proposed)).toBe(true);
  });
});
