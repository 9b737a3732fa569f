import { Suspense, useMemo, useState } from 'react';
import { useTodayMonth } from '@renderer/features/living/today';
import { routeHash } from '@renderer/state/router';
import type { UseCase, Workspace } from '@shared/domain';
import { portfolioVariance, todayPlanMonth } from '@shared/finance';
import { presenter } from '@shared/presentation';
import { ActualsCsvImportDialog } from './lazyImportDialog';
import { downloadActuals } from './actualsActions';
import { VarianceTable } from './ActualsSection';
import { overrunText } from './varianceText';
import './actuals.css';

/**
 * The portfolio's actuals against plan: every overrun flag by use case, and plan, actual, variance and estimate at
 * completion by phase summed over the use cases with actuals; import or download the workspace's actuals as CSV.
 * Mounted by the portfolio page with what it already loaded; draws nothing until the data is there.
 */
export function PortfolioVarianceSummary({ workspace, useCases }: { workspace: Workspace | null | undefined; useCases: readonly UseCase[] | undefined }) {
  const todayMonth = useTodayMonth();
  const [importing, setImporting] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const variance = useMemo(
    () => (workspace && useCases ? portfolioVariance(useCases, workspace, todayPlanMonth(workspace.planningStartMonth, todayMonth, workspace.horizonMonths)) : null),
    [workspace, useCases, todayMonth],
  );
  if (!workspace || !useCases || useCases.length === 0 || !variance) return null;
  const present = presenter(workspace);
  const count = variance.useCases.length;
  const href = (useCaseId: string) => routeHash({ page: 'useCase', workspaceId: workspace.id, useCaseId });

  return (
    <section className="card actuals-summary" aria-labelledby="actuals-summary-title">
      <h2 id="actuals-summary-title">Actuals against plan</h2>
      {count === 0 ? (
        <p className="empty">No actuals entered for the months before {present.calendarMonth(todayMonth)}: every figure is the plan.</p>
      ) : (
        <>
          {variance.flags.length > 0 ? (
            <div className="callout callout--blocker" role="status">
              <p>
                <strong>
                  Over plan by more than {present.percent(workspace.overrunThreshold, 0)}: {variance.flags.length} {variance.flags.length === 1 ? 'cost' : 'costs'}
                </strong>
              </p>
              <ul className="actuals-summary__flags">
                {variance.flags.map((f) => (
                  <li key={`${f.useCaseId}-${f.phase}`}>
                    <a href={href(f.useCaseId)}>{f.useCaseName}</a>: {overrunText(f, present)}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p role="status">No last mile or run cost is more than {present.percent(workspace.overrunThreshold, 0)} over plan.</p>
          )}
          <VarianceTable
            variance={{ ...variance, months: [], lastMileByCategory: null }}
            present={present}
            caption={`Across the ${count === 1 ? 'use case' : `${count} use cases`} with actuals: plan against actuals to date and the estimate at completion`}
          />
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setImporting(true)}>
          Import actuals from CSV…
        </button>
        {useCases.some((u) => u.actuals.length > 0) && (
          <button type="button" className="button" onClick={() => void downloadActuals(workspace.name, useCases).then(setSaved)}>
            Download actuals (CSV)
          </button>
        )}
      </div>
      {saved && <p role="status">{saved}</p>}
      {importing && (
        <Suspense fallback={<p role="status">Opening the import…</p>}>
          <ActualsCsvImportDialog workspace={workspace} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </section>
  );
}
