import { VARIANCE_PHASE_LABELS, VARIANCE_PHASES, type MonthComparison } from '@shared/finance';
import type { Presenter } from '@shared/presentation';

/**
 * Month by month before today: the plan beside the actuals entered, by phase; a month without actuals counts at its
 * plan. Each month can be entered, edited or its actuals deleted. Months before the planning start have no plan.
 */
export function ActualsMonthTable({ rows, present, onEdit, onDelete }: { rows: readonly MonthComparison[]; present: Presenter; onEdit: (month: string) => void; onDelete: (month: string) => void }) {
  const shown = [...rows].reverse();
  return (
    <div className="table-scroll actuals__months" tabIndex={0} role="region" aria-label="Actuals month by month">
      <table className="table">
        <caption>Month by month: plan and actual (newest first)</caption>
        <thead>
          <tr>
            <td />
            {VARIANCE_PHASES.map((p) => (
              <th key={p} scope="colgroup" colSpan={2} className="actuals__group">
                {VARIANCE_PHASE_LABELS[p]}
              </th>
            ))}
            <td />
          </tr>
          <tr>
            <th scope="col">Month</th>
            {VARIANCE_PHASES.flatMap((p) => [
              <th key={`${p}-plan`} scope="col" className="num">
                Plan
              </th>,
              <th key={`${p}-actual`} scope="col" className="num">
                Actual
              </th>,
            ])}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => {
            const when = present.calendarMonth(r.month);
            return (
              <tr key={r.month} className={r.actual ? 'actuals__row--entered' : undefined}>
                <th scope="row">
                  {when}
                  {r.plan === null && <span className="field__hint"> before the plan</span>}
                </th>
                {VARIANCE_PHASES.flatMap((p) => {
                  const plan = r.plan?.[p] ?? null;
                  const actual = r.actual?.[p] ?? null;
                  const over = plan !== null && actual !== null && (p === 'benefit' ? actual < plan - 0.005 : actual > plan + 0.005);
                  return [
                    <td key={`${p}-plan`} className="num actuals__plan">
                      {plan === null ? '—' : present.money(plan)}
                    </td>,
                    <td key={`${p}-actual`} className={`num${over ? ' actuals__adverse' : ''}`}>
                      {actual === null ? <span className="actuals__none">not entered</span> : present.money(actual)}
                    </td>,
                  ];
                })}
                <td>
                  <div className="actuals__actions">
                  <button type="button" className="button button--small" onClick={() => onEdit(r.month)} aria-label={`${r.actual ? 'Edit' : 'Enter'} the actuals for ${when}`}>
                    {r.actual ? 'Edit' : 'Enter'}
                  </button>
                  {r.actual && (
                    <button type="button" className="button button--small" onClick={() => onDelete(r.month)} aria-label={`Delete the actuals for ${when}`}>
                      Delete
                    </button>
                  )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
