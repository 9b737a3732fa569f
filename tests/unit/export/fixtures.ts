import { newLifecycle } from '@shared/domain/lifecycle';
/**
 * A fixed workspace for the exporter tests: the seed example ($75K / 4-month pilot, $280K / 8-month last
 * mile), a value-creation case, a blocked case, and user text that tries formula injection and markup.
 */
import {
  blankUseCaseInput,
  defaultWorkspaceSettings,
  LAST_MILE_CATEGORIES,
  quickProblemInput,
  type Problem,
  type UseCase,
  type Workspace,
} from '@shared/domain';
import { defaultPortfolioPlan } from '@shared/portfolio/plan';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { buildExportModel, computeFunding, type ExportModel } from '@shared/export/exportModel';
import type { FundingResult } from '@shared/portfolio';

export const WS_ID = 'ws-acme';
const T = '2027-01-05T10:00:00.000Z';

export const INJECTION_TITLE = '=HYPERLINK("http://evil.example","Click")';
export const MARKUP_NAME = 'Claims <triage> & "routing" \'fast\'';

export function fixedWorkspace(): Workspace {
  return {
    ...defaultWorkspaceSettings('Acme planning 2027', '2027-01'),
    organisation: 'Acme Insurance',
    horizonMonths: 36,
    discountRate: 0.1,
    labourRate: 60,
    numberFormat: 'en-US',
    id: WS_ID,
    createdAt: T,
    updatedAt: T,
  };
}

function problem(id: string, over: Partial<Problem>): Problem {
  return { ...quickProblemInput(id), id, workspaceId: WS_ID, createdAt: T, updatedAt: T, ...over };
}

export function fixedProblems(): Problem[] {
  return [
    problem('p-invoices', {
      title: 'Invoice backlog',
      statement: 'AP clerks re-key 10,000 invoices a month.',
      owner: 'Dana Ruiz (CFO)',
      function: 'Finance',
      peopleAffected: 12,
      monthlyHours: 200,
      monthlyCost: 3500,
      evidence: 'Q3 audit',
      strategicImportance: 4,
      status: 'validated',
    }),
    problem('p-claims', { title: INJECTION_TITLE, owner: '+cmd|calc', function: 'Customer service', monthlyHours: 900, strategicImportance: 5 }),
    problem('p-churn', { title: 'Churn in SME segment', statement: '-5% retention & rising <fast>', strategicImportance: 3, status: 'captured' }),
  ];
}

function assessedReadiness(score: number): UseCase['readiness'] {
  return { data: { score, note: '' }, ux: { score, note: '' }, security: { score, note: '' }, cost: { score, note: '' }, organisation: { score, note: '' } };
}

function useCase(id: string, problemId: string, over: (uc: UseCase) => void): UseCase {
  const uc: UseCase = {
    ...blankUseCaseInput(problemId, { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 }),
    // Assessed and classified unless a case says otherwise (a new candidate starts not assessed and unclassified).
    readiness: assessedReadiness(3),
    classification: { kind: 'automation', rubric: { existingTask: null, timeOrCostSaving: null, newRevenueOrCapability: null, changesDecisionOrExperience: null }, rationale: '' },
    id,
    workspaceId: WS_ID,
    lifecycle: newLifecycle(),
    actuals: [],
    createdAt: T,
    updatedAt: T,
  };
  over(uc);
  return uc;
}

export function fixedUseCases(): UseCase[] {
  return [
    useCase('uc-docs', 'p-invoices', (uc) => {
      uc.name = 'Invoice document processing';
      uc.aiPattern = 'Document processing';
      uc.pilot = { cost: 75_000, months: 4 };
      uc.lastMile.months = 8;
      uc.lastMile.costs = { ...uc.lastMile.costs, integration: 80_000, dataPipelines: 60_000, uxHumanReview: 30_000, securityCompliance: 25_000, testingQa: 30_000, monitoringMlops: 20_000, infrastructure: 15_000, changeManagement: 20_000 };
      uc.complianceRegimes = ['SOC 2'];
      uc.runCost = { modelApi: { requestsPerMonth: 10_000, tokensPerRequest: 3_000, pricePer1kTokens: 0.01, cacheHitShare: 0.2 }, seats: { count: 10, pricePerMonth: 30 }, infrastructurePerMonth: 1_500, supportPerMonth: 2_000 };
      uc.benefits = { hoursSavedPerMonth: 200, costAvoidedPerMonth: 30_000, newRevenuePerMonth: 0, rampUpMonths: 3 };
      uc.readiness = { data: { score: 4, note: 'Scans exist' }, ux: { score: 3, note: '' }, security: { score: 4, note: '' }, cost: { score: 3, note: '' }, organisation: { score: 4, note: 'AP lead keen' } };
      uc.startMonth = 1;
    }),
    useCase('uc-claims', 'p-claims', (uc) => {
      uc.name = MARKUP_NAME;
      uc.description = '@risk: "quoted" <b>bold</b> & more';
      uc.aiPattern = 'Classification & routing';
      uc.classification = { kind: 'value-creation', rubric: { existingTask: false, timeOrCostSaving: false, newRevenueOrCapability: true, changesDecisionOrExperience: true }, rationale: '-new capability' };
      uc.pilot = { cost: 120_000, months: 3 };
      uc.lastMile = { months: 6, costs: Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, 40_000])) as UseCase['lastMile']['costs'] };
      uc.runCost.infrastructurePerMonth = 4_000;
      uc.benefits = { hoursSavedPerMonth: 500, costAvoidedPerMonth: 10_000, newRevenuePerMonth: 45_000, rampUpMonths: 6 };
      uc.readiness.data = { score: 2, note: 'Data split across 3 systems' };
      uc.startMonth = 3;
    }),
    useCase('uc-churn', 'p-churn', (uc) => {
      uc.name = 'Churn early warning';
      uc.aiPattern = 'Forecasting & prediction';
      uc.pilot = { cost: 50_000, months: 4 };
      uc.lastMile.costs = { ...uc.lastMile.costs, integration: 90_000 };
      uc.benefits = { hoursSavedPerMonth: 0, costAvoidedPerMonth: 2_000, newRevenuePerMonth: 3_000, rampUpMonths: 12 };
      uc.readiness.organisation = { score: 1, note: 'No owner for retention' };
      uc.startMonth = 6;
    }),
    useCase('uc-docs-alt', 'p-invoices', (uc) => {
      uc.name = 'Invoice OCR (off the shelf)';
      uc.pilot = { cost: 20_000, months: 2 };
      uc.lastMile = { months: 4, costs: { ...uc.lastMile.costs, integration: 30_000 } };
      uc.runCost.seats = { count: 12, pricePerMonth: 200 };
      uc.benefits = { hoursSavedPerMonth: 120, costAvoidedPerMonth: 5_000, newRevenuePerMonth: 0, rampUpMonths: 0 };
      uc.startMonth = 2;
    }),
  ];
}

export function fixedBundle(): WorkspaceBundle {
  const plan = defaultPortfolioPlan(600_000);
  plan.forced = { 'uc-claims': { mode: 'in', reason: 'Board priority' } };
  return { workspace: fixedWorkspace(), problems: fixedProblems(), useCases: fixedUseCases(), plan };
}

/** The export model of a bundle with its funding answer computed here (the app takes it from the funding worker). */
/** The export model of a bundle as of its planning start month (nothing spent yet), unless `todayMonth` says otherwise. */
export function exportModelOf(input: { bundle: WorkspaceBundle; generatedAt: string; funding?: FundingResult; todayMonth?: string }): ExportModel {
  const todayMonth = input.todayMonth ?? input.bundle.workspace.planningStartMonth;
  return buildExportModel({ ...input, todayMonth, funding: input.funding ?? computeFunding(input.bundle, todayMonth) });
}
