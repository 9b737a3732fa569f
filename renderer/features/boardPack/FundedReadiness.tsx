import type { CandidateAnalysis } from '@shared/analysis';
import { READINESS_DIMENSIONS, READINESS_LABELS } from '@shared/domain';
import type { Presenter } from '@shared/presentation';

/** Printed for a readiness dimension nobody has scored yet. */
export const DIMENSION_NOT_ASSESSED = 'not assessed';

/**
 * Where the funded set is weakest: per readiness dimension, the average of the assessed scores and the lowest-scoring
 * candidate; dimensions some funded candidate has not assessed say how many (a candidate forced in without it).
 */
export function FundedReadiness({ funded, present: p }: { funded: readonly CandidateAnalysis[]; present: Presenter }) {
  if (funded.length === 0) return null;
  const lines = READINESS_DIMENSIONS.map((d) => {
    const scored = funded.flatMap((r) => {
      const score = r.useCase.readiness[d].score;
      return score === null ? [] : [{ name: r.useCase.name, score }];
    });
    const lowest = scored.length > 0 ? scored.reduce((lo, s) => (s.score < lo.score ? s : lo)) : null;
    const average = scored.length > 0 ? scored.reduce((s, x) => s + x.score, 0) / scored.length : null;
    return { d, average, lowest, open: funded.length - scored.length };
  }).sort((a, b) => (a.average ?? -1) - (b.average ?? -1));
  return (
    <table className="bp-table bp-table--funded-readiness">
      <caption>Readiness of the funded set, weakest first</caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          <th scope="col" className="num">
            Average
          </th>
          <th scope="col">Lowest</th>
        </tr>
      </thead>
      <tbody>
        {lines.map(({ d, average, lowest, open }) => (
          <tr key={d}>
            <th scope="row">{READINESS_LABELS[d]}</th>
            <td className="num">{average === null ? DIMENSION_NOT_ASSESSED : p.number(average, 1)}</td>
            <td>
              {lowest ? `${lowest.score} · ${lowest.name}` : '—'}
              {open > 0 && lowest ? ` (${open} ${DIMENSION_NOT_ASSESSED})` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
