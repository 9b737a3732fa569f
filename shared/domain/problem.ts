import { z } from '../zod';
import { PROBLEM_STATUSES } from './constants';
import { count, id, money, quantity, score1to5, text, timestamp } from './fields';

/** What the user edits about a business problem. A problem exists before any AI is discussed. */
export const problemInputSchema = z.object({
  title: text('Title', 200, true),
  statement: text('Problem statement', 4000),
  owner: text('Business owner', 120),
  function: text('Function', 80),
  /** null = not given (printed as "not given", never as 0). */
  peopleAffected: count('People affected').nullable(),
  /** Hours lost to the problem each month (valued at the workspace labour rate); null = not given. */
  monthlyHours: quantity('Monthly hours lost', 10_000_000).nullable(),
  /** Money the problem costs each month beyond the hours (errors, penalties, lost sales); null = not given. */
  monthlyCost: money('Monthly cost').nullable(),
  evidence: text('Evidence', 4000),
  strategicImportance: score1to5('Strategic importance'),
  status: z.enum(PROBLEM_STATUSES, { error: 'Status must be captured, validated or parked' }),
});
export type ProblemInput = z.infer<typeof problemInputSchema>;

export const problemSchema = problemInputSchema.extend({
  id: id('Problem id'),
  workspaceId: id('Workspace id'),
  createdAt: timestamp('Created'),
  updatedAt: timestamp('Updated'),
});
export type Problem = z.infer<typeof problemSchema>;

/** A problem taken down from a title alone (quick capture in a live session), to be completed later. */
export function quickProblemInput(title: string): ProblemInput {
  return {
    title,
    statement: '',
    owner: '',
    function: '',
    peopleAffected: null,
    monthlyHours: null,
    monthlyCost: null,
    evidence: '',
    strategicImportance: 3,
    status: 'captured',
  };
}

/** The problem's current monthly cost: hours × labour rate + money; null when neither is given (a part not given counts 0). */
export function problemMonthlyCost(problem: Pick<ProblemInput, 'monthlyHours' | 'monthlyCost'>, labourRate: number): number | null {
  if (problem.monthlyHours === null && problem.monthlyCost === null) return null;
  return (problem.monthlyHours ?? 0) * labourRate + (problem.monthlyCost ?? 0);
}
