import type { Presenter } from '@shared/presentation';
import { SCORE_SCALE_DESCRIPTIONS, scoreRawLabel } from '@shared/portfolio';
import { fundingText, statusOf } from './cells';
import type { EntryOutcome, PortfolioEntry } from './tableModel';

/** Why a candidate is funded or not: the status, then the sentence with the figures behind it. */
function fundingSentence(outcome: EntryOutcome): string {
  const { status, detail } = statusOf(outcome);
  const head = outcome.funded ? status : fundingText(outcome);
  return detail === status ? `${head}.` : `${head}. ${detail}`;
}

/**
 * The score of one candidate, criterion by criterion: the raw figure, the points it earns on the criterion's
 * fixed scale, the user's weight and its contribution (weight × points ÷ Σ weights). The contributions add up
 * to the score shown in the table.
 */
export function ScoreExplanation({ entry, outcome, id, present }: { entry: PortfolioEntry; outcome: EntryOutcome; id: string; present: Presenter }) {
  const { score, useCase } = entry.candidate;
  const points = (x: number): string => present.number(x, 1);
  const contribution = (x: number): string => present.number(x, 2);
  const tradeOff = outcome.note?.tradeOff ?? null;
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
              <td>{scoreRawLabel(part.figure, present.format)}</td>
              <td className="num">{points(part.points)}</td>
              <td className="num">
                {part.weight}
                {weightSum > 0 && <span className="muted"> ({present.percent(part.weight / weightSum, 0)})</span>}
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
      <p className="pt-explanation__funding">{fundingSentence(outcome)}</p>
      {tradeOff && <p className="pt-explanation__trade-off">{tradeOff}</p>}
    </div>
  );
}
