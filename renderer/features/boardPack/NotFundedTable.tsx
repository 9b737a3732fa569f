import type { ExportRow } from '@shared/export/exportModel';

/** Every candidate left out of the funded set, in rank order, with the same reason the ranked table gives inline and its figures. */
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
            <td>{r.note.status}</td>
            <td>{r.note.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
