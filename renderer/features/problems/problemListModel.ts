import { problemMonthlyCost, type Problem, type ProblemStatus } from '@shared/domain';
import { matchesWords, searchFold, searchWords } from '@shared/presentation';

export type ProblemSort = 'importance' | 'monthlyCost' | 'title' | 'status' | 'updated';

export interface ProblemListQuery {
  search: string;
  status: ProblemStatus | 'all' | 'open';
  fn: string | 'all';
  sort: ProblemSort;
}

export const DEFAULT_PROBLEM_QUERY: ProblemListQuery = { search: '', status: 'open', fn: 'all', sort: 'importance' };

const STATUS_ORDER: Record<ProblemStatus, number> = { validated: 0, captured: 1, parked: 2 };

/** Filters and sorts problems as the list shows them; "open" means everything not parked. */
export function queryProblems<P extends Problem>(problems: readonly P[], q: ProblemListQuery, labourRate: number): P[] {
  const words = searchWords(q.search);
  const matches = problems.filter((p) => {
    if (q.status === 'open' ? p.status === 'parked' : q.status !== 'all' && p.status !== q.status) return false;
    if (q.fn !== 'all' && p.function !== q.fn) return false;
    return words.length === 0 || matchesWords(searchFold([p.title, p.statement, p.owner, p.function, p.evidence].join(' ')), words);
  });
  const cost = (p: Problem) => problemMonthlyCost(p, labourRate);
  // Highest cost first; a cost not given sorts after every given one (it is unknown, not 0).
  const byCost = (a: Problem, b: Problem) => {
    const ca = cost(a);
    const cb = cost(b);
    if (ca === null || cb === null) return ca === cb ? 0 : ca === null ? 1 : -1;
    return cb - ca;
  };
  const byTitle = (a: Problem, b: Problem) => a.title.localeCompare(b.title);
  const compare: Record<ProblemSort, (a: Problem, b: Problem) => number> = {
    importance: (a, b) => b.strategicImportance - a.strategicImportance || byCost(a, b) || byTitle(a, b),
    monthlyCost: (a, b) => byCost(a, b) || byTitle(a, b),
    title: byTitle,
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byTitle(a, b),
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byTitle(a, b),
  };
  return [...matches].sort(compare[q.sort]);
}

/** Functions in use in a workspace, for the filter (the fixed list first, then any custom ones). */
export function functionsInUse(problems: readonly Problem[]): string[] {
  return [...new Set(problems.map((p) => p.function).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
