/** The Problems and Use cases sheets: every input field, flattened, one row per record, with clear headers. */
import type { Workbook } from 'exceljs';
import {
  CLASSIFICATION_LABELS,
  LAST_MILE_CATEGORIES,
  LAST_MILE_CATEGORY_LABELS,
  READINESS_DIMENSIONS,
  READINESS_LABELS,
  problemMonthlyCost,
  type Problem,
  type UseCase,
} from '@shared/domain';
import { planMonthToCalendar } from '@shared/finance/calendar';
import { monthLabel, type ExportModel } from '@shared/export/exportModel';
import { writeTable, type SheetColumn } from './xlsxCells';

export const PROBLEMS_SHEET = 'Problems';
export const USE_CASES_SHEET = 'Use cases';

const yesNo = (answer: boolean | null): string => (answer === null ? 'Not answered' : answer ? 'Yes' : 'No');

export function problemColumns(model: ExportModel): SheetColumn<Problem>[] {
  const rate = model.workspace.labourRate;
  const useCaseCount = new Map<string, number>();
  for (const r of model.rows) useCaseCount.set(r.useCase.problemId, (useCaseCount.get(r.useCase.problemId) ?? 0) + 1);
  return [
    { header: 'Problem id', kind: 'text', width: 14, value: (p) => p.id },
    { header: 'Title', kind: 'text', width: 36, value: (p) => p.title },
    { header: 'Problem statement', kind: 'text', width: 50, value: (p) => p.statement },
    { header: 'Business owner', kind: 'text', width: 22, value: (p) => p.owner },
    { header: 'Function', kind: 'text', width: 18, value: (p) => p.function },
    { header: 'People affected', kind: 'integer', value: (p) => p.peopleAffected },
    { header: 'Monthly hours lost', kind: 'decimal', value: (p) => p.monthlyHours },
    { header: 'Monthly cost (money)', kind: 'money', width: 16, value: (p) => p.monthlyCost },
    { header: 'Total monthly cost (hours × labour rate + money)', kind: 'money', width: 22, value: (p) => problemMonthlyCost(p, rate) },
    { header: 'Evidence', kind: 'text', width: 40, value: (p) => p.evidence },
    { header: 'Strategic importance (1–5)', kind: 'integer', value: (p) => p.strategicImportance },
    { header: 'Status', kind: 'text', value: (p) => p.status },
    { header: 'Candidate use cases', kind: 'integer', value: (p) => useCaseCount.get(p.id) ?? 0 },
    { header: 'Created', kind: 'text', width: 22, value: (p) => p.createdAt },
    { header: 'Updated', kind: 'text', width: 22, value: (p) => p.updatedAt },
  ];
}

export function useCaseColumns(model: ExportModel): SheetColumn<UseCase>[] {
  const titles = new Map(model.problems.map((p) => [p.id, p.title]));
  const start = model.workspace.planningStartMonth;
  return [
    { header: 'Use case id', kind: 'text', width: 14, value: (u) => u.id },
    { header: 'Name', kind: 'text', width: 34, value: (u) => u.name },
    { header: 'Problem id', kind: 'text', width: 14, value: (u) => u.problemId },
    { header: 'Problem', kind: 'text', width: 30, value: (u) => titles.get(u.problemId) ?? '' },
    { header: 'Description', kind: 'text', width: 44, value: (u) => u.description },
    { header: 'AI pattern', kind: 'text', width: 22, value: (u) => u.aiPattern },
    { header: 'Classification', kind: 'text', width: 16, value: (u) => CLASSIFICATION_LABELS[u.classification.kind] },
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
      { header: `Readiness: ${READINESS_LABELS[d]} (1–5)`, kind: 'integer', value: (u) => u.readiness[d].score },
      { header: `Readiness: ${READINESS_LABELS[d]} note`, kind: 'text', width: 28, value: (u) => u.readiness[d].note },
    ]),
    { header: 'Planned start (plan month)', kind: 'integer', value: (u) => u.startMonth },
    { header: 'Planned start (calendar)', kind: 'text', value: (u) => monthLabel(planMonthToCalendar(start, u.startMonth)) },
    { header: 'Created', kind: 'text', width: 22, value: (u) => u.createdAt },
    { header: 'Updated', kind: 'text', width: 22, value: (u) => u.updatedAt },
  ];
}

export function addRecordSheets(workbook: Workbook, model: ExportModel, moneyFormat: string): void {
  writeTable(workbook.addWorksheet(PROBLEMS_SHEET), model.problems, problemColumns(model), moneyFormat);
  writeTable(
    workbook.addWorksheet(USE_CASES_SHEET),
    model.rows.map((r) => r.useCase),
    useCaseColumns(model),
    moneyFormat,
  );
}
