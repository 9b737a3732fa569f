import type { CandidateAnalysis } from '@shared/analysis';
import { READINESS_DIMENSIONS, READINESS_LABELS, type ReadinessMapping } from '@shared/domain';
import { NOT_ASSESSED, type Presenter } from '@shared/presentation';
import { DIMENSION_NOT_ASSESSED } from './FundedReadiness';

/** The five readiness scores with their notes, the average and the resulting chance of reaching production. */
export function ReadinessTable({ row, mapping, present: p }: { row: CandidateAnalysis; mapping: ReadinessMapping; present: Presenter }) {
  const { useCase: uc, metrics, readinessAverage } = row;
  const blocked = metrics.blockers.length > 0;
  return (
    <table className="bp-table bp-table--readiness">
      <caption>Readiness (1 = blocker, 5 = ready)</caption>
      <tbody>
        {READINESS_DIMENSIONS.map((d) => {
          const { score, note } = uc.readiness[d];
          const tone = score === null ? 'bp-row--open' : score <= 1 ? 'bp-row--blocker' : score === 2 ? 'bp-row--weak' : undefined;
          return (
            <tr key={d} className={tone}>
              <th scope="row">{READINESS_LABELS[d]}</th>
              <td className="num bp-score">
                {score === null ? (
                  DIMENSION_NOT_ASSESSED
                ) : (
                  <>
                    {score}
                    <span className="bp-score__of">/5</span>
                  </>
                )}
              </td>
              <td className="bp-note">{note.trim() || '—'}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Average</th>
          <td className="num bp-score">{readinessAverage === null ? NOT_ASSESSED : p.number(readinessAverage, 1)}</td>
          <td className="bp-note">
            {metrics.probability === null ? (
              'No chance of reaching production until every dimension is assessed'
            ) : (
              <>
                {p.probability(metrics.probability)} chance of reaching production
                {blocked ? ` (capped at ${p.percent(mapping.blockerCap, 0)} by a blocker)` : ''}
              </>
            )}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
