import type { StoredScenario } from '@renderer/db';
import type { ScenarioInput } from '@shared/domain';

/** A change to a scenario's overrides, applied to the scenario as the page shows it and saved against its revision. */
export type ScenarioChange = (input: ScenarioInput) => ScenarioInput;

/** Saves a change and answers the first refusal in words (null when saved). */
export type SaveScenario = (change: ScenarioChange, label: string) => Promise<string | null>;

/** What the user edits about a stored scenario (its overrides, name and description). */
export function inputOfScenario(s: StoredScenario): ScenarioInput {
  return { name: s.name, description: s.description, assumptions: s.assumptions, plan: s.plan, useCases: s.useCases };
}

/** "Budget, token price ×1.5, 2 use cases": what a scenario changes, in a few words. */
export function changesInWords(s: ScenarioInput, money: (v: number) => string, percent: (v: number) => string, number: (v: number) => string): string {
  const parts: string[] = [];
  const a = s.assumptions;
  if (a.discountRate !== null) parts.push(`discount rate ${percent(a.discountRate)}`);
  if (a.tokenPriceFactor !== null) parts.push(`token price ×${number(a.tokenPriceFactor)}`);
  if (a.adoptionFactor !== null) parts.push(`adoption ×${number(a.adoptionFactor)}`);
  if (a.lastMileFactor !== null) parts.push(`last mile ×${number(a.lastMileFactor)}`);
  const p = s.plan;
  if (p.budget !== null) parts.push(`budget ${money(p.budget)}`);
  if (p.yearCaps !== null) parts.push('yearly caps');
  if (p.minValueCreationShare !== null) parts.push(`value creation at least ${percent(p.minValueCreationShare)}`);
  if (p.weights !== null) parts.push('score weights');
  if (p.costBasis === 'p90') parts.push('funds against the P90 cost');
  if (p.costBasis === 'likely') parts.push('funds against the likely cost');
  const forced = Object.keys(p.forced).length;
  if (forced > 0) parts.push(`${forced} forced choice${forced === 1 ? '' : 's'}`);
  const own = Object.keys(s.useCases).length;
  if (own > 0) parts.push(`${own} use case${own === 1 ? '' : 's'} changed`);
  if (parts.length === 0) return 'Changes nothing yet: the same as the base plan.';
  const text = parts.join(', ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
