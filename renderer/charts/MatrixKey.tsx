import type { ReactNode } from 'react';
import type { MatrixPoint, PlacedBubble } from './matrixLayout';

/** Key tables side by side on paper: two columns keep the key short and most names on one line. */
export const KEY_COLUMNS = 2;
/** Rows of one key table in a long key; its tables then run row by row, two per row, so numbers read in order across pages. */
export const KEY_ROWS_PER_TABLE = 12;
/** Fewest rows in a key table before a second column is started. */
const KEY_ROWS_MIN = 6;

function split<T>(items: readonly T[]): T[][] {
  if (items.length === 0) return [];
  const per =
    items.length > KEY_COLUMNS * KEY_ROWS_PER_TABLE ? KEY_ROWS_PER_TABLE : Math.ceil(items.length / Math.min(KEY_COLUMNS, Math.ceil(items.length / KEY_ROWS_MIN)));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += per) out.push(items.slice(i, i + per));
  return out;
}

export interface MatrixKeyProps {
  bubbles: readonly PlacedBubble[];
  /** 'table': every number with name, funded, x and y (paper); 'list': only the bubbles shown by number (screen). */
  form: 'table' | 'list';
  feasibilityLabel: string;
  valueLabel: string;
  formatFeasibility: (feasibility: number) => string;
  formatValue: (value: number) => string;
}

/** The key from the numbers drawn on the matrix to the candidates' full names. */
export function MatrixKey({ bubbles, form, feasibilityLabel, valueLabel, formatFeasibility, formatValue }: MatrixKeyProps): ReactNode {
  const numbered = bubbles.filter((b) => form === 'table' || b.label?.kind === 'number').sort((a, b) => a.point.rank - b.point.rank || a.point.id.localeCompare(b.point.id));
  if (numbered.length === 0) return null;
  if (form === 'list') {
    return (
      <div className="lm-matrix__key lm-matrix__key--list">
        <p className="lm-matrix__key-title">Numbered bubbles</p>
        <dl>
          {numbered.map((b) => (
            <div key={b.point.id} className="lm-matrix__key-item">
              <dt>{b.point.rank}</dt>
              <dd>{b.point.label}</dd>
            </div>
          ))}
        </dl>
      </div>
    );
  }
  const tables = split(numbered);
  return (
    <div className="lm-matrix__key lm-matrix__key--table">
      {tables.map((rows, i) => (
        <table key={i} className="lm-matrix__key-table">
          <caption>{tables.length > 1 ? `Key to the numbers (${i + 1} of ${tables.length})` : 'Key to the numbers'}</caption>
          <thead>
            <tr>
              <th scope="col" className="lm-matrix__key-num">
                No.
              </th>
              <th scope="col">Candidate</th>
              <th scope="col">Funded</th>
              <th scope="col" className="lm-matrix__key-num">
                {feasibilityLabel}
              </th>
              <th scope="col" className="lm-matrix__key-num">
                {valueLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.point.id}>
                <td className="lm-matrix__key-num">{b.point.rank}</td>
                <th scope="row">{b.point.label}</th>
                <td>{b.point.funded ? 'Yes' : 'No'}</td>
                <td className="lm-matrix__key-num">{formatFeasibility(b.point.feasibility)}</td>
                <td className="lm-matrix__key-num">{formatValue(b.point.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

/**
 * Candidates the matrix cannot place, named under it ("Readiness not assessed: A, B, C"): every one on paper; on
 * screen the first few, the rest summed up.
 */
export function MatrixOmissions({
  points,
  notAssessedText,
  noValueText,
  all = false,
}: {
  points: readonly MatrixPoint[];
  notAssessedText: string;
  noValueText: string;
  all?: boolean;
}): ReactNode {
  const notAssessed = points.filter((p) => p.feasibility === null).map((p) => p.label);
  const noValue = points.filter((p) => p.feasibility !== null && p.value === null).map((p) => p.label);
  if (notAssessed.length === 0 && noValue.length === 0) return null;
  return (
    <div className="lm-matrix__omissions">
      {notAssessed.length > 0 ? <p className="lm-matrix__omitted">{`${notAssessedText}: ${namesOf(notAssessed, all)}`}</p> : null}
      {noValue.length > 0 ? <p className="lm-matrix__omitted">{`${noValueText}: ${namesOf(noValue, all)}`}</p> : null}
    </div>
  );
}

/** Names listed under the chart before the rest is summed up (all of them are in the chart's table). */
export const OMISSIONS_NAMED = 20;

function namesOf(names: readonly string[], all: boolean): string {
  if (all || names.length <= OMISSIONS_NAMED) return names.join(', ');
  return `${names.slice(0, OMISSIONS_NAMED).join(', ')} and ${names.length - OMISSIONS_NAMED} more (all listed in the chart's table)`;
}
