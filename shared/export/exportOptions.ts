/**
 * The options the board is shown (the PDF pack's options page, the deck's options slide, the workbook's scenario
 * sheet): the base plan of the export beside the scenarios the user chose for the pack (0–4), each funded as the
 * portfolio page funds it, compared with shared/scenarios (funded sets with the differences marked, totals, spend per
 * plan year), and each scenario's overrides in words. Pure: the funding answers are passed in.
 */
import { MAX_COMPARED_SCENARIOS, type Scenario } from '@shared/domain';
import { formatMonths, type Presenter } from '@shared/presentation';
import { answerScenario, BASE_KEY, compareScenarios, prepareScenario, type PreparedScenario, type ScenarioComparison } from '@shared/scenarios';
import { countedExpectedNpv } from '@shared/analysis';
import type { FundingResult } from '@shared/portfolio';
import type { ExportModel } from './exportModel';
import type { WorkspaceBundle } from './workspaceFileValidation';

export interface OptionColumn {
  key: string;
  name: string;
  description: string;
  /** What the scenario changes, one override a line ("Budget $1.2M (base $1.5M)"); empty for the base plan. */
  changes: string[];
}

/** A candidate's figures in one option, as its funded-set totals count them. */
export interface OptionFigures {
  /** Expected NPV from today (the pilot's NPV while readiness is not assessed), as the funding counts it. */
  expectedNpv: number;
  /** Investment still to decide at the likely cost. */
  investment: number;
}

export interface ExportOptions {
  /** Base plan first, then the chosen scenarios in the order chosen. */
  columns: OptionColumn[];
  comparison: ScenarioComparison;
  /** Per column, the figures of every candidate funded in at least one option (keyed by use-case id). */
  figures: ReadonlyMap<string, OptionFigures>[];
}

/** The chosen scenarios that still exist, in the order chosen, at most MAX_COMPARED_SCENARIOS. */
export function chosenScenarios(all: readonly Scenario[] | undefined, chosenIds: readonly string[]): Scenario[] {
  const byId = new Map((all ?? []).map((s) => [s.id, s]));
  return chosenIds.flatMap((id) => byId.get(id) ?? []).slice(0, MAX_COMPARED_SCENARIOS);
}

const factorText = (label: string, f: number | null | undefined, p: Presenter): string | null =>
  f === null || f === undefined || f === 1 ? null : `${label} × ${p.number(f, 2)} (${f > 1 ? '+' : '−'}${p.percent(Math.abs(f - 1), 0)})`;

/** A scenario's overrides, one a line, in the words of the board (the base's figure beside each plan change). */
export function scenarioChanges(s: Scenario, model: Pick<ExportModel, 'workspace' | 'plan' | 'present' | 'rows'>, names?: ReadonlyMap<string, string>): string[] {
  const p = model.present;
  const a = s.assumptions;
  const o = s.plan;
  const nameOf = names ?? new Map(model.rows.map((r) => [r.useCase.id, r.useCase.name]));
  const lines: (string | null)[] = [
    a.discountRate !== null ? `Discount rate ${p.percent(a.discountRate)} (base ${p.percent(model.workspace.discountRate)})` : null,
    factorText('Token prices', a.tokenPriceFactor, p),
    factorText('Adoption (every benefit)', a.adoptionFactor, p),
    factorText('Every last-mile cost', a.lastMileFactor, p),
    o.budget !== null ? `Budget ${p.money(o.budget)} (base ${p.money(model.plan.budget)})` : null,
    o.yearCaps !== null ? `Yearly caps: ${o.yearCaps.map((c, i) => `${p.planYear(i + 1)} ${c === null ? 'no cap' : p.money(c)}`).join(', ') || 'none'}` : null,
    o.minValueCreationShare !== null ? `Value creation at least ${p.percent(o.minValueCreationShare, 0)} of the investment` : null,
    o.weights !== null ? 'Score weights of its own' : null,
    o.costBasis !== null ? `Funds against the ${o.costBasis === 'p90' ? 'P90 cost' : 'likely cost'}` : null,
  ];
  for (const [id, choice] of Object.entries(o.forced)) {
    const name = nameOf.get(id) ?? 'A use case';
    lines.push(choice.mode === 'none' ? `${name}: the plan's forced choice lifted` : `${name}: forced ${choice.mode}${choice.reason.trim() ? ` (${choice.reason.trim()})` : ''}`);
  }
  for (const [id, u] of Object.entries(s.useCases)) {
    const parts = [
      factorText('pilot cost', u.pilotCostFactor, p),
      factorText('last-mile cost', u.lastMileCostFactor, p),
      factorText('run cost', u.runCostFactor, p),
      factorText('benefit', u.benefitFactor, p),
      u.pilotMonths !== null ? `pilot ${formatMonths(u.pilotMonths)}` : null,
      u.lastMileMonths !== null ? `last mile ${formatMonths(u.lastMileMonths)}` : null,
      u.startMonth !== null ? `starts ${p.planMonth(u.startMonth)}` : null,
    ].filter((x): x is string => x !== null);
    if (parts.length > 0) lines.push(`${nameOf.get(id) ?? 'A use case'}: ${parts.join(', ')}`);
  }
  return lines.filter((l): l is string => l !== null);
}

/** The base plan of the export (its own funding answer) and each chosen scenario, prepared for their funding answers. */
export function prepareOptions(model: ExportModel, bundle: Pick<WorkspaceBundle, 'problems' | 'useCases'>, chosen: readonly Scenario[]): { base: PreparedScenario; scenarios: PreparedScenario[] } {
  const base = { workspace: model.workspace, problems: bundle.problems, useCases: bundle.useCases, plan: model.plan, todayMonth: model.todayMonth, roomScores: model.roomVote?.scores ?? null };
  return { base: prepareScenario(base, null, model.rows), scenarios: chosen.map((s) => prepareScenario(base, s, model.rows)) };
}

/** The comparison from the prepared scenarios and their funding answers (the base's is the export's own). */
export function optionsOf(model: ExportModel, chosen: readonly Scenario[], prepared: { base: PreparedScenario; scenarios: PreparedScenario[] }, answers: readonly FundingResult[]): ExportOptions {
  const comparison = compareScenarios([
    { prepared: prepared.base, funding: model.funding, frontier: null },
    ...prepared.scenarios.map((s, i) => ({ prepared: s, funding: answers[i]!, frontier: null })),
  ]);
  const columns: OptionColumn[] = [
    { key: BASE_KEY, name: comparison.columns[0]!.name, description: 'The plan as it stands: the funded set of this pack.', changes: [] },
    ...chosen.map((s) => ({ key: s.id, name: s.name, description: s.description, changes: scenarioChanges(s, model) })),
  ];
  const ids = new Set(comparison.candidates.map((c) => c.id));
  const figures = [prepared.base, ...prepared.scenarios].map(
    (s) => new Map(s.cases.filter((c) => ids.has(c.useCase.id)).map((c) => [c.useCase.id, { expectedNpv: countedExpectedNpv(c), investment: c.metrics.living.fundingCost }])),
  );
  return { columns, comparison, figures };
}

/** The options funded here, synchronously (the deck and workbook are built in a worker, away from the page). */
export function exportOptions(model: ExportModel, bundle: Pick<WorkspaceBundle, 'problems' | 'useCases'>, chosen: readonly Scenario[]): ExportOptions | null {
  if (chosen.length === 0) return null;
  const prepared = prepareOptions(model, bundle, chosen);
  return optionsOf(model, chosen, prepared, prepared.scenarios.map((s) => answerScenario(s).funding));
}

