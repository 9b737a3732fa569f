import { describe, expect, it } from 'vitest';
import type { RubricAnswers } from '@shared/domain';
import { suggestClassification } from '@shared/domain';

const rubric = (existingTask: boolean | null, timeOrCostSaving: boolean | null, newRevenueOrCapability: boolean | null, changesDecisionOrExperience: boolean | null): RubricAnswers => ({
  existingTask,
  timeOrCostSaving,
  newRevenueOrCapability,
  changesDecisionOrExperience,
});

describe('classification suggestion from the rubric', () => {
  it('waits (null) until the new-revenue question is answered, unless the rest already says "saving on an existing task"', () => {
    expect(suggestClassification(rubric(null, null, null, null))).toBeNull();
    expect(suggestClassification(rubric(true, null, null, null))).toBeNull();
    expect(suggestClassification(rubric(true, true, null, false))).toBeNull();
    expect(suggestClassification(rubric(false, false, false, null))).toBeNull();
  });

  it('calls new revenue, a new offer or a new capability value creation, whatever else is answered', () => {
    const s = suggestClassification(rubric(true, true, true, null));
    expect(s?.kind).toBe('value-creation');
    expect(s?.reasons).toEqual([
      'It creates new revenue, a new offer or a capability that was not possible before.',
      'It also saves time or cost, but the new value is the point.',
    ]);
    expect(suggestClassification(rubric(null, null, true, null))?.kind).toBe('value-creation');
  });

  it('calls time or cost saved on a task people already do automation', () => {
    const s = suggestClassification(rubric(true, true, false, false));
    expect(s).toEqual({
      kind: 'automation',
      reasons: [
        'It does not create new revenue, a new offer or a new capability.',
        'It does not change a decision or what the customer experiences.',
        'It does a task people already do today.',
        'Its main benefit is time or cost saved on that task.',
      ],
    });
    expect(suggestClassification(rubric(true, true, false, null))?.kind).toBe('automation');
  });

  it('calls a changed decision or customer experience value creation when it is not just a faster existing task', () => {
    expect(suggestClassification(rubric(false, false, false, true))).toEqual({
      kind: 'value-creation',
      reasons: [
        'It changes a decision or what the customer experiences.',
        'It does not create new revenue, a new offer or a new capability.',
        'It does something nobody does today.',
        'Its main benefit is not time or cost saved.',
      ],
    });
    expect(suggestClassification(rubric(true, false, false, true))?.kind).toBe('value-creation');
  });

  it('keeps a faster existing task automation even if it touches decisions', () => {
    const s = suggestClassification(rubric(true, true, false, true));
    expect(s?.kind).toBe('automation');
    expect(s?.reasons).toContain('It may change decisions, but mainly by doing the existing task faster or cheaper.');
  });

  it('calls something that neither creates value nor changes a decision automation', () => {
    expect(suggestClassification(rubric(false, false, false, false))?.kind).toBe('automation');
  });

  it('always gives at least one reason in plain words', () => {
    const values = [true, false, null] as const;
    for (const a of values) for (const b of values) for (const c of values) for (const d of values) {
      const s = suggestClassification(rubric(a, b, c, d));
      if (s) expect(s.reasons.length).toBeGreaterThan(0);
    }
  });
});
