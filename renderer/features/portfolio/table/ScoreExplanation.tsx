import { SCORE_SCALE_DESCRIPTIONS } from '@shared/portfolio';
import type { PortfolioEntry } from './tableModel';

const points = (x: number): string => x.toFixed(1);
const contribution = (x: number): string => x.toFixed(2);

/** Why a candidate is funded or not, in one sentence. */
function fundingNote(entry: PortfolioEntry): string {
  const { forced, exclusion } = entry;
  // A forced-out exclusion already quotes the team's reason.
  const saysForced = exclusion?.reason === 'forced-out';
  const forcedNote = forced && !saysForced ? ` The team forced it ${forced.mode}${forced.reason ? `: ${forced.reason}` : '.'}` : '';
  if (entry.funded) return `Funded in the current plan.${forcedNote}`;
  return `${exclusion ? `Left out of the current plan: ${exclusion.detail}` : 'Not funded in the current plan.'}${forcedNote}`;
}

/**
 * The score of one candidate, criterion by criterion: the raw figure, the points it earns on the criterion's
 * fixed scale, the user's weight and its contribution (weight × points ÷ Σ weights). The contributions add up
 * to the score shown in the table.
 */
export function ScoreExplanation({ entry, id }: { entry: PortfolioEntry; id: string }) {
  const { score, useCase } = entry.candidate;
  const weightSum = score.parts.reduce((s, p) => s + p.weight, 0);
  return (
    <div className="pt-explanation" id={id}>
      <table className="pt-explanation__table">
        <caption>How the score of {useCase.name} adds up</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Raw value</th>
            <th scope="col" className="num">
              Points (0–100)
            </th>
            <th scope="col" className="num">
              Weight
            </th>
            <th scope="col" className="num">
              Contribution
            </th>
          </tr>
        </thead>
        <tbody>
          {score.parts.map((part) => (
            <tr key={part.criterion} data-criterion={part.criterion}>
              <th scope="row">
                {part.label}
                <span className="pt-explanation__scale">{SCORE_SCALE_DESCRIPTIONS[part.criterion]}</span>
              </th>
              <td>{part.rawLabel}</td>
              <td className="num">{points(part.points)}</td>
              <td className="num">
                {part.weight}
                {weightSum > 0 && <span className="muted"> ({Math.round((100 * part.weight) / weightSum)}%)</span>}
              </td>
              <td className="num pt-explanation__contribution">{contribution(part.contribution)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              Score (sum of the contributions)
            </th>
            <td className="num pt-explanation__total">{contribution(score.total)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="pt-explanation__funding">{fundingNote(entry)}</p>
    </div>
  );
}
