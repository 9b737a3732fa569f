import { exclusionLabel } from '@renderer/features/portfolio/table/tableModel';
import type { ExportRow } from '@shared/export/exportModel';

/** Every candidate left out of the funded set, in rank order, with the funding search's reason in words. */
export function NotFundedTable({ rows }: { rows: readonly ExportRow[] }) {
  const left = rows.filter((r) => !r.funded);
  if (left.length === 0) return <p className="bp-small">Every candidate is funded.</p>;
  return (
    <table className="bp-table bp-table--not-funded">
      <caption>Not funded, and why</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            Rank
          </th>
          <th scope="col">Candidate</th>
          <th scope="col">Reason</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {left.map((r) => (
          <tr key={r.useCase.id}>
            <td className="num">{r.rank}</td>
            <th scope="row">{r.useCase.name}</th>
            <td className="bp-nowrap">{r.exclusion ? exclusionLabel(r.exclusion.reason) : '—'}</td>
            <td>{r.exclusion?.detail ?? 'Not part of the funded set.'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
