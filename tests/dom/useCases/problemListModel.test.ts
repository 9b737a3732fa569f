import { describe, expect, it } from 'vitest';
import { DEFAULT_PROBLEM_QUERY, queryProblems } from '@renderer/features/problems/problemListModel';
import { quickProblemInput, type Problem } from '@shared/domain';

const problem = (title: string, monthlyHours: number | null, monthlyCost: number | null, strategicImportance = 3): Problem => ({
  ...quickProblemInput(title),
  monthlyHours,
  monthlyCost,
  strategicImportance,
  id: title,
  workspaceId: 'w1',
  createdAt: '2027-01-01T00:00:00Z',
  updatedAt: '2027-01-01T00:00:00Z',
});

describe('the problem list with costs not given', () => {
  const list = [problem('Not given', null, null), problem('Zero', 0, 0), problem('Hours only', 10, null), problem('Money only', null, 5_000)];

  it('sorts by monthly cost with a cost not given after every given one, even after 0', () => {
    expect(queryProblems(list, { ...DEFAULT_PROBLEM_QUERY, sort: 'monthlyCost' }, 75).map((p) => p.title)).toEqual(['Money only', 'Hours only', 'Zero', 'Not given']);
  });

  it('breaks ties of importance the same way', () => {
    const withCritical = [...list, problem('Critical, not given', null, null, 5)];
    expect(queryProblems(withCritical, DEFAULT_PROBLEM_QUERY, 75).map((p) => p.title)).toEqual(['Critical, not given', 'Money only', 'Hours only', 'Zero', 'Not given']);
  });
});
