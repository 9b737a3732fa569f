import { problemMonthlyCost, PROBLEM_STATUS_LABELS, type Problem } from '@shared/domain';
import { WALL_CARDS, wallOrder, type DeckInput } from '../deck';

/** Columns of the wall for a number of cards: as square a grid as a 16:9 screen allows. */
export function wallColumns(cards: number): number {
  if (cards <= 3) return Math.max(1, cards);
  if (cards <= 4) return 2;
  if (cards <= 9) return 3;
  return 4;
}

/** The workspace's problems as cards, the costliest first: what each costs a month, who owns it, how many candidates answer it. */
export function ProblemWall({ input }: { input: DeckInput }) {
  const { problems, rows, workspace, funding, present: p } = input;
  if (problems.length === 0) return <p className="present__empty">No problems are captured yet.</p>;
  const ordered = wallOrder(problems, workspace.labourRate);
  const shown = ordered.length > WALL_CARDS ? ordered.slice(0, WALL_CARDS - 1) : ordered;
  const rest = ordered.slice(shown.length);
  const funded = new Set(funding?.selectedIds ?? []);
  const candidates = new Map<string, { count: number; funded: number }>();
  for (const r of rows) {
    const c = candidates.get(r.useCase.problemId) ?? { count: 0, funded: 0 };
    candidates.set(r.useCase.problemId, { count: c.count + 1, funded: c.funded + (funded.has(r.useCase.id) ? 1 : 0) });
  }
  const cards = shown.length + (rest.length > 0 ? 1 : 0);
  const columns = wallColumns(cards);
  const restCost = rest.reduce((s, x) => s + (problemMonthlyCost(x, workspace.labourRate) ?? 0), 0);
  const card = (problem: Problem) => {
    const cost = problemMonthlyCost(problem, workspace.labourRate);
    const c = candidates.get(problem.id) ?? { count: 0, funded: 0 };
    return (
      <li key={problem.id} className="present-wall__card">
        <h2 className="present-wall__title">{problem.title}</h2>
        <p className="present-wall__cost">{cost === null ? 'Monthly cost not given' : `${p.money(cost)} a month`}</p>
        <p className="present-wall__meta">
          {problem.owner.trim() ? problem.owner.trim() : 'Owner not named'}
          {problem.status === 'parked' ? ` · ${PROBLEM_STATUS_LABELS.parked}` : ''}
        </p>
        <p className={c.count === 0 ? 'present-wall__candidates present-wall__candidates--none' : 'present-wall__candidates'}>
          {c.count === 0 ? 'No candidate yet' : `${c.count} ${c.count === 1 ? 'candidate' : 'candidates'}${c.funded > 0 ? ` · ${c.funded} funded` : ''}`}
        </p>
      </li>
    );
  };
  return (
    <ul className="present-wall" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${Math.ceil(cards / columns)}, minmax(0, 1fr))` }} data-rows={Math.ceil(cards / columns)}>
      {shown.map(card)}
      {rest.length > 0 && (
        <li className="present-wall__card present-wall__card--more">
          <h2 className="present-wall__title">And {p.number(rest.length, 0)} more problems</h2>
          <p className="present-wall__cost">{p.money(restCost)} a month</p>
          <p className="present-wall__meta">where a cost is given</p>
        </li>
      )}
    </ul>
  );
}
