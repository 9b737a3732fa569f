/**
 * The one wording of a living portfolio's figures (docs/living-portfolio.md): which figures look forward from today,
 * the whole-life ones shown beside them, sunk cost and committed spend. Once the plan has started (today after its
 * first month) every screen and export labels its forward figures "from <month>" and adds these; before, nothing changes.
 */
import { STAGE_LABELS, type Stage } from '../domain';
import type { LivingFigures } from '../finance/forward';
import { todayPlanMonth } from '../finance/tracked';
import type { Presenter } from './presenter';

/** A figure with its label, as the screens and exports list them. */
export interface LabelledFigure {
  label: string;
  value: string;
}

/** Plan month T of an export's "today" (its workspace's planning start and horizon, its calendar month). */
export function exportToday(model: { workspace: { planningStartMonth: string; horizonMonths: number }; todayMonth: string }): number {
  return todayPlanMonth(model.workspace.planningStartMonth, model.todayMonth, model.workspace.horizonMonths);
}

/** Whether the plan has started: today (plan month T) lies after its first month. */
export function planStarted(today: number): boolean {
  return today > 1;
}

/**
 * Whether a portfolio shows its life (stage, money to fund beside the plan's, committed, sunk and whole-life figures):
 * once the plan has started, or as soon as any candidate has left the idea stage or has actuals.
 */
export function showsLife(rows: readonly { metrics: { living: { stage: Stage } }; useCase: { actuals: readonly unknown[] } }[], today: number): boolean {
  return planStarted(today) || rows.some((r) => r.metrics.living.stage !== 'idea' || r.useCase.actuals.length > 0);
}

/** "from Mar 2027": what marks a figure as forward-looking; empty while the plan has not started. */
export function fromToday(p: Presenter, today: number): string {
  return planStarted(today) ? `from ${p.planMonth(today)}` : '';
}

/** A forward-looking figure's label: "NPV from Mar 2027" once the plan has started, else the label as it is. */
export function forwardLabel(label: string, p: Presenter, today: number): string {
  return planStarted(today) ? `${label} ${fromToday(p, today)}` : label;
}

/** A whole-life figure's label: "NPV, whole life" (plan start to horizon, actuals substituted, unrisked). */
export function wholeLifeLabel(label: string): string {
  return `${label}, whole life`;
}

/** Where a use case stands, in words ("Pilot finished: succeeded"). */
export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}

export const SUNK_LABEL = 'Spent to date (sunk)';
/** What a finished pilot's expected NPV reads as until readiness is re-assessed with what it showed. */
export const NEEDS_EVIDENCE = 'readiness to re-assess with the pilot’s evidence';
export const COMMITTED_LABEL = 'Committed, not yet spent';
/** What the budget counts once the plan has started, where space is tight (a column header, a headline figure). */
export const TO_FUND_SHORT = 'To fund';
/** What "to fund" means. */
export const NOT_YET_SPENT = 'not yet spent or committed';
/** What the budget line counts once the plan has started. */
export const TO_FUND_LABEL = `${TO_FUND_SHORT} (${NOT_YET_SPENT})`;

/** The plan's total investment (already formatted, whole or compact) beside what is left to fund ("of $355K in the plan"). */
export function ofPlanTotal(planTotal: string): string {
  return `of ${planTotal} in the plan`;
}

/**
 * What a candidate shows beside its forward figures once the plan has started: the whole-life NPV, IRR, payback and
 * ROI, money spent to date and money committed. Empty before the plan starts.
 */
export function wholeLifeFigures(living: LivingFigures, p: Presenter): LabelledFigure[] {
  if (!planStarted(living.today)) return [];
  const w = living.wholeLife;
  return [
    { label: wholeLifeLabel('NPV'), value: p.money(w.npv) },
    { label: wholeLifeLabel('IRR'), value: p.irr(w.irr) },
    { label: wholeLifeLabel('Payback'), value: p.payback(w.paybackMonth) },
    { label: wholeLifeLabel('ROI'), value: p.roi(w.roi) },
    { label: SUNK_LABEL, value: p.money(living.sunk.total) },
    { label: COMMITTED_LABEL, value: p.money(living.committed) },
  ];
}

/** The same in one short line: "$210K committed · $419K sunk, outside the budget"; empty before the plan starts. */
export function outsideBudgetNote(s: { committedInvestment: number; sunkCost: number }, p: Presenter, today: number): string {
  return planStarted(today) ? `${p.moneyCompact(s.committedInvestment)} committed · ${p.moneyCompact(s.sunkCost)} sunk, outside the budget` : '';
}

/** The same as one headline figure in a tight place ("Committed · sunk: $210K · $419K, outside the budget"); null before the plan starts. */
export function outsideBudgetFigure(s: { committedInvestment: number; sunkCost: number }, p: Presenter, today: number): (LabelledFigure & { note: string; title: string }) | null {
  if (!planStarted(today)) return null;
  return {
    label: 'Committed · sunk',
    value: `${p.moneyCompact(s.committedInvestment)} · ${p.moneyCompact(s.sunkCost)}`,
    note: 'outside the budget',
    title: `${COMMITTED_LABEL} ${p.money(s.committedInvestment)}; ${SUNK_LABEL.toLowerCase()} ${p.money(s.sunkCost)}: neither is counted in the budget`,
  };
}

/** The forward-looking convention in one sentence (the method text), with today's month filled in. */
export function forwardConvention(p: Presenter, today: number): string {
  return (
    `The plan has started: figures marked “from ${p.planMonth(today)}” (NPV, expected NPV, IRR, payback, ROI, the score and the funding) count only ` +
    `the months from ${p.planMonth(today)} on, with that month as month 1, so money already spent (sunk) never changes a decision; the budget counts ` +
    'only investment not yet spent or committed. Months before today hold the actuals where entered. The whole-life figures beside them run from the ' +
    'plan start to the horizon, actuals included, unrisked, and are labelled “whole life”.'
  );
}
