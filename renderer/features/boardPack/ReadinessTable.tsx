import { formatPercent } from '@renderer/format';
import type { CandidateAnalysis } from '@shared/analysis';
import { READINESS_DIMENSIONS, READINESS_LABELS, type ReadinessMapping } from '@shared/domain';

/** The five readiness scores with their notes, the average and the resulting chance of reaching production. */
export function ReadinessTable({ row, mapping }: { row: CandidateAnalysis; mapping: ReadinessMapping }) {
  const { useCase: uc, metrics, readinessAverage } = row;
  const blocked = metrics.blockers.length > 0;
  return (
    <table className="bp-table bp-table--readiness">
      <caption>Readiness (1 = blocker, 5 = ready)</caption>
      <tbody>
        {READINESS_DIMENSIONS.map((d) => {
          const { score, note } = uc.readiness[d];
          return (
            <tr key={d} className={score <= 1 ? 'bp-row--blocker' : score === 2 ? 'bp-row--weak' : undefined}>
              <th scope="row">{READINESS_LABELS[d]}</th>
              <td className="num bp-score">
                {score}
                <span className="bp-score__of">/5</span>
              </td>
              <td className="bp-note">{note.trim() || '—'}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Average</th>
          <td className="num bp-score">{readinessAverage.toFixed(1)}</td>
          <td className="bp-note">
            {formatPercent(metrics.probability, 0)} chance of reaching production
            {blocked ? ` (capped at ${formatPercent(mapping.blockerCap, 0)} by a blocker)` : ''}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
