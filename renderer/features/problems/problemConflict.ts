import type { ConflictFieldView } from '@renderer/components/ConflictResolver';
import type { FieldDifference } from '@renderer/components/fieldMerge';
import { PROBLEM_STATUS_LABELS, type Problem, type ProblemInput, type ProblemStatus, type Workspace } from '@shared/domain';
import { NOT_GIVEN, presenter, type Presenter } from '@shared/presentation';

/** The editable part of a stored problem (what the form holds and a save writes); the revision is tracked apart. */
export function problemInputOf(problem: Problem): ProblemInput {
  const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, ...rest } = problem;
  const { revision: _r, ...input } = rest as ProblemInput & { revision?: number };
  return input;
}

const LABELS: Record<keyof ProblemInput, string> = {
  title: 'Title',
  statement: 'Problem statement',
  owner: 'Business owner',
  function: 'Function',
  peopleAffected: 'People affected',
  monthlyHours: 'Hours lost per month',
  monthlyCost: 'Monthly cost',
  evidence: 'Evidence',
  strategicImportance: 'Strategic importance',
  status: 'Status',
};

/** A problem field's value as the form's reader knows it. */
export function problemFieldText(path: string, value: unknown, present: Presenter): string {
  if (value === null || value === undefined) return NOT_GIVEN;
  if (path === 'status') return PROBLEM_STATUS_LABELS[value as ProblemStatus] ?? String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'Not a number';
    if (path === 'monthlyCost') return present.money(value);
    if (path === 'monthlyHours') return `${present.number(value)} h`;
    if (path === 'strategicImportance') return `${value} of 5`;
    return present.number(value, 0);
  }
  return typeof value === 'string' ? (value.trim() === '' ? '(empty)' : value) : JSON.stringify(value);
}

export function problemConflictViews(differences: readonly FieldDifference[], workspace: Workspace): ConflictFieldView[] {
  const present = presenter(workspace);
  return differences.map((d) => ({
    path: d.path,
    label: LABELS[d.path as keyof ProblemInput] ?? d.path,
    mine: problemFieldText(d.path, d.mine, present),
    theirs: problemFieldText(d.path, d.theirs, present),
    edited: d.edited,
  }));
}
