import { ResponsiveChart, RoiTimelineChart } from '@renderer/charts';
import type { Workspace } from '@shared/domain';
import type { CashFlowSchedule, TrackedSchedule } from '@shared/finance';
import { phasesOf } from './useCaseModel';
import '@renderer/charts/charts.css';

/**
 * Cumulative net cash of one use case by calendar month, its phases shaded and payback marked, at the width of its
 * container. Given a tracked schedule with actuals entered, those months are drawn solid and the plan and forecast
 * dashed, with a legend (the chart's text alternative and data table say the same).
 */
export function UseCaseRoiChart({ schedule, paybackMonth, workspace, title }: { schedule: CashFlowSchedule | TrackedSchedule; paybackMonth: number | null; workspace: Workspace; title: string }) {
  const tracked = 'actual' in schedule && schedule.actual.some(Boolean) ? schedule : null;
  return (
    <>
      <ResponsiveChart className="uc-chart" aspectRatio={1.6} minWidth={280} initialWidth={380}>
        {({ width, height }) => (
          <RoiTimelineChart
            cumulative={schedule.cumulative}
            phases={phasesOf(schedule)}
            paybackMonth={paybackMonth === 0 ? null : paybackMonth}
            planningStartMonth={workspace.planningStartMonth}
            currency={workspace.currency}
            width={width}
            height={height}
            title={title}
            {...(tracked ? { actual: tracked.actual, today: tracked.today } : {})}
          />
        )}
      </ResponsiveChart>
      {tracked && (
        <p className="uc-chart__key" aria-hidden="true">
          <svg width="24" height="10" className="lm-chart__svg">
            <line className="lm-roi__line lm-roi__line--actual" x1="2" x2="22" y1="5" y2="5" />
          </svg>{' '}
          Actual{' '}
          <svg width="24" height="10" className="lm-chart__svg">
            <line className="lm-roi__line lm-roi__line--forecast" x1="0" x2="24" y1="5" y2="5" />
          </svg>{' '}
          Plan and forecast
        </p>
      )}
    </>
  );
}
