import { useMemo, useState } from 'react';
import { DISAGREEMENT_SPREAD } from '@shared/domain';
import { formatNumber } from '@shared/presentation';
import type { CandidateResult, Reveal } from '@shared/workshop';
import { useNumberFormat } from '@renderer/components/NumberFormatContext';

type Revealed = Extract<Reveal, { revealed: true }>;
type SortKey = 'order' | 'name' | 'dots' | 'discuss' | `average:${string}` | `spread:${string}`;
type Direction = 'ascending' | 'descending';

/** The value a column sorts by (null sorts last either way). */
function sortValue(row: CandidateResult, key: SortKey, name: string, order: number): number | string | null {
  if (key === 'order') return order;
  if (key === 'name') return name.toLocaleLowerCase();
  if (key === 'dots') return row.dots;
  if (key === 'discuss') return row.disagree ? 1 : 0;
  const [what, criterionId] = key.split(':') as ['average' | 'spread', string];
  const cell = row.criteria.find((c) => c.criterionId === criterionId);
  return cell ? cell[what] : null;
}

function SortHeader({ label, sortKey, sort, onSort, numeric = false }: { label: string; sortKey: SortKey; sort: { key: SortKey; dir: Direction }; onSort: (k: SortKey) => void; numeric?: boolean }) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? sort.dir : undefined} className={numeric ? 'num' : undefined}>
      <button type="button" className="workshop-sort" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true">{active ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

/**
 * The reveal: each candidate's average and spread (highest minus lowest) per criterion, or its dots, and the ones the
 * room disagrees on (spread ≥ 2) to discuss first. Sortable by any column (a header button; again to reverse).
 */
export function RevealTable({ revealed, names }: { revealed: Revealed; names: ReadonlyMap<string, string> }) {
  const format = useNumberFormat();
  const [sort, setSort] = useState<{ key: SortKey; dir: Direction }>({ key: 'order', dir: 'ascending' });
  const criteria = revealed.candidates[0]?.criteria ?? [];
  const nameOf = (id: string) => names.get(id) ?? 'A use case no longer in the workspace';
  const rows = useMemo(() => {
    const indexed = revealed.candidates.map((row, order) => ({ row, order, name: names.get(row.useCaseId) ?? '' }));
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return [...indexed].sort((a, b) => {
      const x = sortValue(a.row, sort.key, a.name, a.order);
      const y = sortValue(b.row, sort.key, b.name, b.order);
      if (x === null || y === null) return x === y ? a.order - b.order : x === null ? 1 : -1;
      if (x === y) return a.order - b.order;
      return (x < y ? -1 : 1) * sign;
    });
  }, [revealed, names, sort]);
  const onSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: key === 'name' || key === 'order' ? 'ascending' : 'descending' }));
  const discuss = revealed.candidates.filter((c) => c.disagree);
  const one = (v: number | null, digits: number) => (v === null ? 'no votes' : formatNumber(v, format, digits));
  return (
    <div className="workshop-reveal">
      <p>
        {revealed.voters === 1 ? '1 person voted.' : `${revealed.voters} people voted.`}{' '}
        {revealed.mode === 'scale' ? `Scores from 1 to 5; the spread is the highest score minus the lowest.` : 'Dots given to each candidate in total.'}
      </p>
      {revealed.mode === 'scale' && (
        <section className="card workshop-discuss" aria-labelledby="workshop-discuss-title">
          <h3 id="workshop-discuss-title">Discuss first</h3>
          {discuss.length === 0 ? (
            <p>The room broadly agrees: no candidate has a spread of {DISAGREEMENT_SPREAD} or more.</p>
          ) : (
            <>
              <p>The room disagrees on these (a spread of {DISAGREEMENT_SPREAD} or more): hear the highest and the lowest score before deciding.</p>
              <ul>
                {discuss.map((c) => (
                  <li key={c.useCaseId}>
                    {nameOf(c.useCaseId)}:{' '}
                    {c.criteria
                      .filter((x) => x.disagree)
                      .map((x) => `${x.label} from ${one(x.lowest, 0)} to ${one(x.highest, 0)}`)
                      .join('; ')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <table className="workshop-reveal__table">
        <caption className="visually-hidden">The room’s votes per candidate; choose a column heading to sort by it</caption>
        <thead>
          <tr>
            <SortHeader label="Candidate" sortKey="name" sort={sort} onSort={onSort} />
            {revealed.mode === 'dots' ? (
              <SortHeader label="Dots" sortKey="dots" sort={sort} onSort={onSort} numeric />
            ) : (
              criteria.flatMap((c) => [
                <SortHeader key={`a${c.criterionId}`} label={`${c.label}: average`} sortKey={`average:${c.criterionId}`} sort={sort} onSort={onSort} numeric />,
                <SortHeader key={`s${c.criterionId}`} label={`${c.label}: spread`} sortKey={`spread:${c.criterionId}`} sort={sort} onSort={onSort} numeric />,
              ])
            )}
            {revealed.mode === 'scale' && <SortHeader label="Discuss first" sortKey="discuss" sort={sort} onSort={onSort} />}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row }) => (
            <tr key={row.useCaseId} className={row.disagree ? 'workshop-reveal__disagree' : undefined}>
              <th scope="row">{nameOf(row.useCaseId)}</th>
              {revealed.mode === 'dots' ? (
                <td className="num">{one(row.dots, 0)}</td>
              ) : (
                row.criteria.flatMap((c) => [
                  <td key={`a${c.criterionId}`} className="num">
                    {one(c.average, 1)}
                  </td>,
                  <td key={`s${c.criterionId}`} className="num">
                    {c.spread === null ? '—' : `${one(c.spread, 0)} (${one(c.lowest, 0)}–${one(c.highest, 0)})`}
                  </td>,
                ])
              )}
              {revealed.mode === 'scale' && <td>{row.disagree ? 'Discuss first' : ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
