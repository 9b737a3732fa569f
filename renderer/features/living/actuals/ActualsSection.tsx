import { Suspense, useMemo, useState } from 'react';
import { useTodayMonth } from '@renderer/features/living/today';
import { LAST_MILE_CATEGORY_LABELS, type UseCase, type Workspace } from '@shared/domain';
import { monthByMonth, paybackMonth, todayPlanMonth, trackedSchedule, useCaseSchedule, useCaseVariance, VARIANCE_PHASE_LABELS, VARIANCE_PHASES, type UseCaseVariance } from '@shared/finance';
import { UseCaseRoiChart } from '@renderer/features/useCases/UseCaseRoiChart';
import { presenter, type Presenter } from '@shared/presentation';
import { ActualMonthDialog, enterableMonths } from './ActualMonthDialog';
import { ActualsCsvImportDialog } from './lazyImportDialog';
import { ActualsMonthTable } from './ActualsMonthTable';
import { deleteActualMonth, downloadActuals } from './actualsActions';
import { adverse, overrunText, varianceText } from './varianceText';
import './actuals.css';

/**
 * The use case's actuals against its plan: overrun flags in words, variance and estimate at completion by phase, and
 * month by month the plan beside what was spent and earned, for every month before today; enter, edit, delete or
 * import a month's actuals (each an undoable edit).
 */
export function ActualsSection({ useCase, workspace }: { useCase: UseCase; workspace: Workspace }) {
  const todayMonth = useTodayMonth();
  const present = presenter(workspace);
  const today = todayPlanMonth(workspace.planningStartMonth, todayMonth, workspace.horizonMonths);
  const variance = useMemo(() => useCaseVariance(useCase, workspace, today), [useCase, workspace, today]);
  const rows = useMemo(() => monthByMonth(useCase, workspace, today), [useCase, workspace, today]);
  // The cash as it stands: actuals where entered, the plan before today otherwise, the forecast from today on.
  const cash = useMemo(() => trackedSchedule(useCaseSchedule(useCase, workspace), useCase.lifecycle, useCase.actuals, workspace.planningStartMonth, today), [useCase, workspace, today]);
  const [editing, setEditing] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const firstMonth = enterableMonths(workspace, useCase, todayMonth)[0];

  return (
    <section className="card uc-section actuals" aria-labelledby="uc-actuals">
      <h2 id="uc-actuals">Actuals against plan</h2>
      <p className="field__hint">
        What was spent and earned in the months before {present.calendarMonth(todayMonth)}, beside the plan. Months without actuals count at their plan.
      </p>
      {variance.flags.length > 0 && (
        <div className="callout callout--blocker actuals__flags" role="status">
          <p>
            <strong>Over plan:</strong>
          </p>
          <ul>
            {variance.flags.map((f) => (
              <li key={f.phase}>{overrunText(f, present)}</li>
            ))}
          </ul>
        </div>
      )}
      {variance.months.length === 0 ? (
        <p className="empty">No actuals entered for the months before {present.calendarMonth(todayMonth)}: every figure is the plan.</p>
      ) : (
        <div className="actuals__overview">
          <VarianceTable variance={variance} present={present} />
          <div className="actuals__chart">
            <UseCaseRoiChart schedule={cash} paybackMonth={paybackMonth(cash.net)} workspace={workspace} title={`${useCase.name}: cumulative net cash, actual and forecast`} />
          </div>
        </div>
      )}
      <div className="form-actions">
        {firstMonth !== undefined && (
          <button type="button" className="button button--primary" onClick={() => setEditing(firstMonth)}>
            Enter actuals for a month…
          </button>
        )}
        <button type="button" className="button" onClick={() => setImporting(true)}>
          Import actuals from CSV…
        </button>
        {useCase.actuals.length > 0 && (
          <button type="button" className="button" onClick={() => void downloadActuals(useCase.name, [useCase]).then(setSaved)}>
            Download actuals (CSV)
          </button>
        )}
      </div>
      {saved && <p role="status">{saved}</p>}
      {rows.length > 0 && (
        <ActualsMonthTable rows={rows} present={present} onEdit={setEditing} onDelete={(m) => void deleteActualMonth(useCase, m, present.format)} />
      )}
      {editing !== null && <ActualMonthDialog useCase={useCase} workspace={workspace} todayMonth={todayMonth} month={editing} onClose={() => setEditing(null)} />}
      {importing && (
        <Suspense fallback={<p role="status">Opening the import…</p>}>
          <ActualsCsvImportDialog workspace={workspace} forUseCase={useCase} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </section>
  );
}

/** Plan vs actual to date by phase, with the estimate at completion and the trend estimate beside the budget. */
export function VarianceTable({ variance, present, caption }: { variance: Pick<UseCaseVariance, 'phases' | 'lastMileByCategory' | 'months'>; present: Presenter; caption?: string }) {
  const { months } = variance;
  const period = months.length === 1 ? present.calendarMonth(months[0]!) : `${months.length} months, ${present.calendarMonth(months[0] ?? '')} – ${present.calendarMonth(months.at(-1) ?? '')}`;
  return (
    <div className="table-scroll">
      <table className="table actuals__variance">
        <caption>{caption ?? `Plan against actuals to date (${period}) and the estimate at completion`}</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col" className="num">Plan to date</th>
            <th scope="col" className="num">Actual to date</th>
            <th scope="col">Variance</th>
            <th scope="col" className="num">Budget at completion</th>
            <th scope="col" className="num">Estimate at completion</th>
            <th scope="col" className="num">
              Trend estimate
            </th>
          </tr>
        </thead>
        <tbody>
          {VARIANCE_PHASES.map((phase) => {
            const v = variance.phases[phase];
            return (
              <tr key={phase}>
                <th scope="row">{VARIANCE_PHASE_LABELS[phase]}</th>
                <td className="num">{present.money(v.planToDate)}</td>
                <td className="num">{present.money(v.actualToDate)}</td>
                <td className={adverse(v, phase) ? 'actuals__adverse' : undefined}>{varianceText(v, phase, present)}</td>
                <td className="num">{present.money(v.budgetAtCompletion)}</td>
                <td className="num">{present.money(v.estimateAtCompletion)}</td>
                <td className="num">{v.trendEstimate === null ? 'no plan to date' : present.money(v.trendEstimate)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="field__hint">
        Estimate at completion = actual to date + the remaining plan. Trend estimate = budget at completion × actual ÷ plan to date: what it comes to if the rest runs as far
        off plan as the months so far.
      </p>
      {variance.lastMileByCategory && (
        <details className="actuals__categories">
          <summary>Last mile by category ({variance.lastMileByCategory.months === 1 ? 'the month' : `the ${variance.lastMileByCategory.months} months`} split by category)</summary>
          <table className="table">
            <caption className="visually-hidden">Last mile by category, plan against actual</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col" className="num">Plan</th>
                <th scope="col" className="num">Actual</th>
                <th scope="col">Variance</th>
              </tr>
            </thead>
            <tbody>
              {variance.lastMileByCategory.categories
                .filter((c) => c.planToDate > 0 || c.actualToDate > 0)
                .map((c) => (
                  <tr key={c.category}>
                    <th scope="row">{LAST_MILE_CATEGORY_LABELS[c.category]}</th>
                    <td className="num">{present.money(c.planToDate)}</td>
                    <td className="num">{present.money(c.actualToDate)}</td>
                    <td className={adverse(c, 'lastMile') ? 'actuals__adverse' : undefined}>{varianceText(c, 'lastMile', present)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
