import {
  DEFAULT_COMPLIANCE_COST_RANGE,
  LAST_MILE_CATEGORY_LABELS,
  READINESS_LABELS,
  problemMonthlyCost,
  totalLastMileCost,
  type AiPattern,
  type LastMileCategory,
  type Problem,
  type UseCaseInput,
  type WorkspaceSettings,
} from '../domain';
import { formatMoney as formatPresented, type NumberFormat } from '../presentation';
import { readinessSummary } from './readiness';
import { monthlyBenefitAtFull, monthlyRunCost } from './runCost';

/** Something a reviewer would question about a use case; `field` is its path in UseCaseInput. */
export interface Warning {
  code: string;
  field: string;
  message: string;
  severity: 'warning' | 'blocker';
}

/** Whole amount in the workspace currency, e.g. "$280,000" (shared/presentation; kept here for its callers). */
export function formatMoney(amount: number, currency: string, format?: NumberFormat): string {
  return formatPresented(amount, currency, format);
}

const DATA_HEAVY: readonly AiPattern[] = ['Document processing', 'Classification & routing', 'Search & retrieval', 'Forecasting & prediction', 'Recommendation', 'Anomaly detection', 'Computer vision'];
const SYSTEM_BOUND: readonly AiPattern[] = ['Document processing', 'Classification & routing', 'Search & retrieval', 'Forecasting & prediction', 'Recommendation', 'Anomaly detection', 'Agentic workflow'];
const HUMAN_FACING: readonly AiPattern[] = ['Conversational assistant', 'Document processing', 'Content generation', 'Agentic workflow', 'Classification & routing'];

/** When a last-mile category left at 0 is clearly needed, and why (checked only once some last mile is entered). */
const NEEDED_WHEN: Partial<Record<LastMileCategory, { when: (uc: UseCaseInput) => boolean; why: string }>> = {
  integration: { when: (uc) => SYSTEM_BOUND.includes(uc.aiPattern), why: 'it has to connect to the systems the business runs on' },
  dataPipelines: { when: (uc) => DATA_HEAVY.includes(uc.aiPattern), why: 'it lives on real, messy production data' },
  uxHumanReview: { when: (uc) => HUMAN_FACING.includes(uc.aiPattern), why: 'people will read, correct or escalate what the AI produces' },
  testingQa: { when: () => true, why: 'production AI needs edge-case, load and security testing' },
  monitoringMlops: { when: (uc) => uc.runCost.modelApi.requestsPerMonth > 0, why: 'a model runs in production and someone must watch drift and cost' },
  infrastructure: { when: (uc) => uc.runCost.infrastructurePerMonth > 0, why: 'it runs on infrastructure that must be set up to scale' },
  changeManagement: {
    when: (uc) => uc.benefits.hoursSavedPerMonth > 0 || uc.runCost.seats.count > 0,
    why: 'people have to learn to work differently for the benefit to appear',
  },
};

function costWarnings(uc: UseCaseInput, ws: WorkspaceSettings): Warning[] {
  const out: Warning[] = [];
  const pilot = uc.pilot.cost;
  const lastMile = totalLastMileCost(uc.lastMile.costs);
  const money = (v: number) => formatMoney(v, ws.currency);
  if (pilot === 0 && lastMile === 0) {
    out.push({ code: 'no-investment', field: 'pilot.cost', severity: 'warning', message: 'No pilot or last-mile cost yet: the business case counts the investment as zero.' });
  }
  if (pilot > 0 && lastMile < 2 * pilot) {
    out.push({
      code: 'last-mile-under-2x-pilot',
      field: 'lastMile.costs',
      severity: 'warning',
      message: `The last mile (${money(lastMile)}) is under 2× the pilot (${money(pilot)}): is integration, data, security and change management in here?`,
    });
  }
  if (uc.lastMile.months === 0 && lastMile > 0) {
    out.push({ code: 'last-mile-without-duration', field: 'lastMile.months', severity: 'warning', message: 'The last mile has costs but no months: it is counted in the last pilot month. Pilot to production typically takes 8–12 months.' });
  }
  const regimes = uc.complianceRegimes.length;
  const security = uc.lastMile.costs.securityCompliance;
  const low = regimes * DEFAULT_COMPLIANCE_COST_RANGE.low;
  if (regimes > 0 && security === 0) {
    out.push({
      code: 'compliance-without-security-cost',
      field: 'lastMile.costs.securityCompliance',
      severity: 'warning',
      message: `${uc.complianceRegimes.join(', ')} chosen but security & compliance costs nothing: each regime typically adds ${money(DEFAULT_COMPLIANCE_COST_RANGE.low)}–${money(DEFAULT_COMPLIANCE_COST_RANGE.high)}.`,
    });
  } else if (regimes > 0 && security < low) {
    out.push({
      code: 'security-cost-below-range',
      field: 'lastMile.costs.securityCompliance',
      severity: 'warning',
      message: `Security & compliance (${money(security)}) is below ${money(low)}, the low end for ${regimes} compliance regime${regimes > 1 ? 's' : ''}.`,
    });
  }
  if (lastMile > 0) {
    for (const [category, rule] of Object.entries(NEEDED_WHEN) as [LastMileCategory, { when: (u: UseCaseInput) => boolean; why: string }][]) {
      if (uc.lastMile.costs[category] === 0 && rule.when(uc)) {
        out.push({ code: 'category-zero', field: `lastMile.costs.${category}`, severity: 'warning', message: `${LAST_MILE_CATEGORY_LABELS[category]} is at 0, but ${rule.why}.` });
      }
    }
  }
  return out;
}

function runAndBenefitWarnings(uc: UseCaseInput, ws: WorkspaceSettings, problem: Problem | undefined): Warning[] {
  const out: Warning[] = [];
  const money = (v: number) => formatMoney(v, ws.currency);
  const run = monthlyRunCost(uc.runCost);
  const benefit = monthlyBenefitAtFull(uc.benefits, ws.labourRate);
  if (run === 0) {
    out.push({ code: 'no-run-cost', field: 'runCost', severity: 'warning', message: 'No run cost: once live, model/API usage, seats, infrastructure and support cost money every month.' });
  }
  if (benefit === 0) {
    out.push({ code: 'no-benefit', field: 'benefits', severity: 'warning', message: 'No benefit yet: enter hours saved, cost avoided or new revenue at full adoption.' });
  } else if (run > benefit) {
    out.push({ code: 'run-cost-above-benefit', field: 'runCost', severity: 'warning', message: `Running it (${money(run)} a month) costs more than it returns at full adoption (${money(benefit)} a month).` });
  }
  if (problem && uc.classification.kind === 'automation') {
    const savings = uc.benefits.hoursSavedPerMonth * ws.labourRate + uc.benefits.costAvoidedPerMonth;
    const problemCost = problemMonthlyCost(problem, ws.labourRate);
    if (problemCost !== null && savings > problemCost) {
      out.push({
        code: 'savings-above-problem-cost',
        field: 'benefits.hoursSavedPerMonth',
        severity: 'warning',
        message: `Savings of ${money(savings)} a month exceed what the problem itself costs (${money(problemCost)} a month): an automation cannot save more than the problem costs.`,
      });
    }
  }
  return out;
}

function scheduleWarnings(uc: UseCaseInput, ws: WorkspaceSettings): Warning[] {
  const h = ws.horizonMonths;
  const goLive = uc.startMonth + uc.pilot.months + uc.lastMile.months;
  if (uc.startMonth > h) {
    return [{ code: 'go-live-beyond-horizon', field: 'startMonth', severity: 'warning', message: `Starts in plan month ${uc.startMonth}, after the ${h}-month horizon: none of its cash is in the NPV or payback, though its investment still counts against the budget and its plan year's cap.` }];
  }
  if (goLive > h) {
    return [{ code: 'go-live-beyond-horizon', field: 'startMonth', severity: 'warning', message: `Goes live in plan month ${goLive}, after the ${h}-month horizon: its costs within the horizon are in the NPV but none of its benefit is; its whole investment counts against the budget.` }];
  }
  return [];
}

/**
 * What a reviewer would question about a use case, blockers first: each readiness dimension scored 1 (severity
 * 'blocker'), then readiness not assessed and no classification, then cost, run/benefit and schedule warnings. `problem` enables the automation check that savings
 * (hours × rate + cost avoided) do not exceed the problem's own monthly cost.
 */
export function useCaseWarnings(uc: UseCaseInput, ws: WorkspaceSettings, problem?: Problem): Warning[] {
  const { blockers } = readinessSummary(uc.readiness, ws.readinessMapping);
  const cap = Math.round(ws.readinessMapping.blockerCap * 100);
  const blockerWarnings: Warning[] = blockers.map((d) => ({
    code: 'readiness-blocker',
    field: `readiness.${d}.score`,
    severity: 'blocker',
    message: `${READINESS_LABELS[d]} is scored 1: a blocker. The chance of reaching production is capped at ${cap}% until it is fixed.`,
  }));
  return [...blockerWarnings, ...assessmentWarnings(uc, ws), ...costWarnings(uc, ws), ...runAndBenefitWarnings(uc, ws, problem), ...scheduleWarnings(uc, ws)];
}

/** What nobody has decided yet: readiness dimensions not assessed (no chance of production, not funded) and no classification. */
function assessmentWarnings(uc: UseCaseInput, ws: WorkspaceSettings): Warning[] {
  const out: Warning[] = [];
  const { notAssessed } = readinessSummary(uc.readiness, ws.readinessMapping);
  if (notAssessed.length > 0) {
    const names = notAssessed.map((d) => READINESS_LABELS[d].toLowerCase()).join(', ');
    out.push({
      code: 'readiness-not-assessed',
      field: `readiness.${notAssessed[0]}.score`,
      severity: 'warning',
      message: `Readiness not assessed (${names}): it has no chance of production yet and is not funded unless forced in.`,
    });
  }
  if (uc.classification.kind === null) {
    out.push({
      code: 'unclassified',
      field: 'classification.kind',
      severity: 'warning',
      message: 'Not classified yet: answer the four rubric questions; it counts in neither the automation nor the value-creation share.',
    });
  }
  return out;
}
