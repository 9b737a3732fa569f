import { ResponsiveChart, RoiTimelineChart } from '@renderer/charts';
import type { Workspace } from '@shared/domain';
import type { CashFlowSchedule } from '@shared/finance';
import { phasesOf } from './useCaseModel';
import '@renderer/charts/charts.css';

/** Cumulative net cash of one use case by calendar month, its phases shaded and payback marked, at the width of its container. */
export function UseCaseRoiChart({ schedule, paybackMonth, workspace, title }: { schedule: CashFlowSchedule; paybackMonth: number | null; workspace: Workspace; title: string }) {
  return (
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
        />
      )}
    </ResponsiveChart>
  );
}
