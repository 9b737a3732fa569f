/**
 * The Problems and Use cases sheets (every input field, flattened, one row per record, under human labels), and the
 * last sheet, Record ids: the ids and timestamps of every record, which appear nowhere else.
 */
import type { Workbook } from 'exceljs';
import {
  classificationLabel,
  PROBLEM_STATUS_LABELS,
  LAST_MILE_CATEGORIES,
  LAST_MILE_CATEGORY_LABELS,
  READINESS_DIMENSIONS,
  READINESS_LABELS,
  problemMonthlyCost,
  type Problem,
  type UseCase,
} from '@shared/domain';
import { planMonthToCalendar } from '@shared/finance/calendar';
import type { ExportModel } from '@shared/export/exportModel';
import { NOT_ASSESSED, NOT_GIVEN } from '@shared/presentation';
import { monthSerial, pagesWideFor, printSetup, writeTable, type SheetColumn, type SheetValue, type WorkbookFormats } from './xlsxCells';

export const PROBLEMS_SHEET = 'Problems';
export const USE_CASES_SHEET = 'Use cases';
export const RECORD_IDS_SHEET = 'Record ids';

const yesNo = (answer: boolean | null): string => (answer === null ? 'Not answered' : answer ? 'Yes' : 'No');
/** A figure somebody may not have filled in. */
const given = (v: number | null): SheetValue => v ?? NOT_GIVEN;

export function problemColumns(model: ExportModel): SheetColumn<Problem>[] {
  const rate = model.workspace.labourRate;
  const useCaseCount = new Map<string, number>();
  for (const r of model.rows) useCaseCount.set(r.useCase.problemId, (useCaseCount.get(r.useCase.problemId) ?? 0) + 1);
  return [
    { header: 'Title', kind: 'text', width: 36, value: (p) => p.title },
    { header: 'Problem statement', kind: 'text', width: 50, value: (p) => p.statement },
    { header: 'Business owner', kind: 'text', width: 22, value: (p) => p.owner },
    { header: 'Function', kind: 'text', width: 18, value: (p) => p.function },
    { header: 'People affected', kind: 'integer', value: (p) => given(p.peopleAffected) },
    { header: 'Monthly hours lost', kind: 'decimal', value: (p) => given(p.monthlyHours) },
    { header: 'Monthly cost (money)', kind: 'money', width: 16, value: (p) => given(p.monthlyCost) },
    { header: 'Total monthly cost (hours × labour rate + money)', kind: 'money', width: 22, value: (p) => given(problemMonthlyCost(p, rate)) },
    { header: 'Evidence', kind: 'text', width: 40, value: (p) => p.evidence },
    { header: 'Strategic importance (1–5)', kind: 'integer', value: (p) => p.strategicImportance },
    { header: 'Status', kind: 'text', value: (p) => PROBLEM_STATUS_LABELS[p.status] },
    { header: 'Candidate use cases', kind: 'integer', value: (p) => useCaseCount.get(p.id) ?? 0 },
  ];
}

export function useCaseColumns(model: ExportModel): SheetColumn<UseCase>[] {
  const titles = new Map(model.problems.map((p) => [p.id, p.title]));
  const start = model.workspace.planningStartMonth;
  return [
    { header: 'Name', kind: 'text', width: 34, value: (u) => u.name },
    { header: 'Problem', kind: 'text', width: 30, value: (u) => titles.get(u.problemId) ?? '' },
    { header: 'Description', kind: 'text', width: 44, value: (u) => u.description },
    { header: 'AI pattern', kind: 'text', width: 22, value: (u) => u.aiPattern },
    { header: 'Classification', kind: 'text', width: 16, value: (u) => classificationLabel(u.classification.kind) },
    { header: 'Rubric: improves an existing task?', kind: 'text', value: (u) => yesNo(u.classification.rubric.existingTask) },
    { header: 'Rubric: mainly saves time or cost?', kind: 'text', value: (u) => yesNo(u.classification.rubric.timeOrCostSaving) },
    { header: 'Rubric: new revenue or capability?', kind: 'text', value: (u) => yesNo(u.classification.rubric.newRevenueOrCapability) },
    { header: 'Rubric: changes a decision or experience?', kind: 'text', value: (u) => yesNo(u.classification.rubric.changesDecisionOrExperience) },
    { header: 'Classification rationale', kind: 'text', width: 40, value: (u) => u.classification.rationale },
    { header: 'Pilot cost', kind: 'money', width: 14, value: (u) => u.pilot.cost },
    { header: 'Pilot months', kind: 'integer', value: (u) => u.pilot.months },
    ...LAST_MILE_CATEGORIES.map(
      (c): SheetColumn<UseCase> => ({ header: `Last mile: ${LAST_MILE_CATEGORY_LABELS[c]}`, kind: 'money', width: 16, value: (u) => u.lastMile.costs[c] }),
    ),
    { header: 'Last-mile months', kind: 'integer', value: (u) => u.lastMile.months },
    { header: 'Compliance regimes', kind: 'text', width: 20, value: (u) => u.complianceRegimes.join('; ') },
    { header: 'Run: model/API requests per month', kind: 'decimal', value: (u) => u.runCost.modelApi.requestsPerMonth },
    { header: 'Run: tokens per request', kind: 'decimal', value: (u) => u.runCost.modelApi.tokensPerRequest },
    { header: 'Run: price per 1K tokens', kind: 'decimal', value: (u) => u.runCost.modelApi.pricePer1kTokens },
    { header: 'Run: cache-hit share', kind: 'percent', value: (u) => u.runCost.modelApi.cacheHitShare },
    { header: 'Run: seats', kind: 'integer', value: (u) => u.runCost.seats.count },
    { header: 'Run: price per seat per month', kind: 'money', value: (u) => u.runCost.seats.pricePerMonth },
    { header: 'Run: infrastructure per month', kind: 'money', value: (u) => u.runCost.infrastructurePerMonth },
    { header: 'Run: support & maintenance per month', kind: 'money', value: (u) => u.runCost.supportPerMonth },
    { header: 'Benefit: hours saved per month', kind: 'decimal', value: (u) => u.benefits.hoursSavedPerMonth },
    { header: 'Benefit: cost avoided per month', kind: 'money', value: (u) => u.benefits.costAvoidedPerMonth },
    { header: 'Benefit: new revenue per month', kind: 'money', value: (u) => u.benefits.newRevenuePerMonth },
    { header: 'Ramp-up months', kind: 'integer', value: (u) => u.benefits.rampUpMonths },
    ...READINESS_DIMENSIONS.flatMap((d): SheetColumn<UseCase>[] => [
      { header: `Readiness: ${READINESS_LABELS[d]} (1–5)`, kind: 'integer', value: (u) => u.readiness[d].score ?? NOT_ASSESSED },
      { header: `Readiness: ${READINESS_LABELS[d]} note`, kind: 'text', width: 28, value: (u) => u.readiness[d].note },
    ]),
    { header: 'Planned start (plan month)', kind: 'integer', value: (u) => u.startMonth },
    { header: 'Planned start', kind: 'month', value: (u) => monthSerial(planMonthToCalendar(start, u.startMonth)) },
  ];
}

interface RecordLine {
  record: string;
  name: string;
  id: string;
  belongsTo: string;
  createdAt: string;
  updatedAt: string;
}

/** Every record's id and timestamps (ISO 8601, UTC), and the export's own, for tracing a figure back to the app. */
function recordLines(model: ExportModel): RecordLine[] {
  const ws = model.workspace;
  return [
    { record: 'Workspace', name: ws.name, id: ws.id, belongsTo: '', createdAt: ws.createdAt, updatedAt: ws.updatedAt },
    { record: 'Export', name: 'This workbook', id: '', belongsTo: ws.id, createdAt: model.generatedAt, updatedAt: '' },
    ...model.problems.map((p) => ({ record: 'Problem', name: p.title, id: p.id, belongsTo: ws.id, createdAt: p.createdAt, updatedAt: p.updatedAt })),
    ...model.rows.map(({ useCase: u }) => ({ record: 'Use case', name: u.name, id: u.id, belongsTo: u.problemId, createdAt: u.createdAt, updatedAt: u.updatedAt })),
  ];
}

const RECORD_COLUMNS: SheetColumn<RecordLine>[] = [
  { header: 'Record', kind: 'text', width: 12, value: (r) => r.record },
  { header: 'Name', kind: 'text', width: 40, value: (r) => r.name },
  { header: 'Id', kind: 'text', width: 28, value: (r) => r.id },
  { header: 'Belongs to (id)', kind: 'text', width: 28, value: (r) => r.belongsTo },
  { header: 'Created', kind: 'text', width: 26, value: (r) => r.createdAt },
  { header: 'Updated', kind: 'text', width: 26, value: (r) => r.updatedAt },
];

export function addRecordSheets(workbook: Workbook, model: ExportModel, formats: WorkbookFormats): void {
  const print = (columns: ReadonlyArray<SheetColumn<unknown>>, titleColumns?: string) => ({
    format: model.present.format,
    titleRows: '1:1',
    footer: model.workspace.name,
    pagesWide: pagesWideFor(columns.map((c) => c.width ?? Math.min(40, Math.max(10, c.header.length + 2)))),
    ...(titleColumns ? { titleColumns } : {}),
  });
  const problems = workbook.addWorksheet(PROBLEMS_SHEET);
  const pc = problemColumns(model);
  writeTable(problems, model.problems, pc, formats, 1, 1);
  printSetup(problems, print(pc as SheetColumn<unknown>[], 'A:A'));
  const useCases = workbook.addWorksheet(USE_CASES_SHEET);
  const uc = useCaseColumns(model);
  writeTable(
    useCases,
    model.rows.map((r) => r.useCase),
    uc,
    formats,
    1,
    1,
  );
  printSetup(useCases, print(uc as SheetColumn<unknown>[], 'A:A'));
}

/** The last sheet: ids and timestamps. */
export function addRecordIdsSheet(workbook: Workbook, model: ExportModel, formats: WorkbookFormats): void {
  const sheet = workbook.addWorksheet(RECORD_IDS_SHEET);
  writeTable(sheet, recordLines(model), RECORD_COLUMNS, formats);
  printSetup(sheet, { format: model.present.format, titleRows: '1:1', footer: model.workspace.name });
}
