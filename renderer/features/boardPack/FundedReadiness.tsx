import type { CandidateAnalysis } from '@shared/analysis';
import { READINESS_DIMENSIONS, READINESS_LABELS } from '@shared/domain';

/** Where the funded set is weakest: per readiness dimension, the average score and the lowest-scoring candidate. */
export function FundedReadiness({ funded }: { funded: readonly CandidateAnalysis[] }) {
  if (funded.length === 0) return null;
  const lines = READINESS_DIMENSIONS.map((d) => {
    const scores = funded.map((r) => ({ name: r.useCase.name, score: r.useCase.readiness[d].score }));
    const lowest = scores.reduce((lo, s) => (s.score < lo.score ? s : lo));
    return { d, average: scores.reduce((s, x) => s + x.score, 0) / scores.length, lowest };
  }).sort((a, b) => a.average - b.average);
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
        {lines.map(({ d, average, lowest }) => (
          <tr key={d}>
            <th scope="row">{READINESS_LABELS[d]}</th>
            <td className="num">{average.toFixed(1)}</td>
            <td>
              {lowest.score} · {lowest.name}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
