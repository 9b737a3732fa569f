/**
 * Lastmile charts: React components that use d3 for scales, shapes and formats and render SVG
 * through JSX. Import './charts.css' once in the app (colours are CSS variables; see that file).
 */
export { RoiTimelineChart, type RoiTimelineChartProps, type RoiPhases, type PlanMonthRange } from './RoiTimelineChart';
export { ValueFeasibilityMatrix, type ValueFeasibilityMatrixProps, type MatrixPoint } from './ValueFeasibilityMatrix';
export { CostIcebergChart, lastMileMultiple, type CostIcebergChartProps, type CostIcebergRow } from './CostIcebergChart';
export { RoadmapChart, roadmapPhases, type RoadmapChartProps, type RoadmapRow } from './RoadmapChart';
export { FrontierChart, frontierValueAt, type FrontierChartProps, type FrontierPoint } from './FrontierChart';
export { MixChart, type MixChartProps, type MixTotals } from './MixChart';
export { CostBreakdownBar, type CostBreakdownBarProps } from './CostBreakdownBar';
export { ResponsiveChart, type ResponsiveChartProps, type ChartSize } from './ResponsiveChart';
export { QUADRANTS, QUADRANT_LABELS, QUADRANT_SINGULAR, quadrantOf, type Quadrant } from './quadrants';
export { planMonthToCalendar, planMonthLabel, type CalendarMonth } from './calendar';
export { moneyFormat, formatMultiple, formatShare, type MoneyFormat } from './format';
export type { ChartKind } from './kinds';
