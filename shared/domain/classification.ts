import type { Classification } from './constants';

/** Answers to the classification rubric, null = not answered yet (the schema lives in useCase.ts). */
export interface RubricAnswers {
  existingTask: boolean | null;
  timeOrCostSaving: boolean | null;
  newRevenueOrCapability: boolean | null;
  changesDecisionOrExperience: boolean | null;
}

export interface ClassificationSuggestion {
  kind: Classification;
  /** Why, in plain words, one sentence per answer that decided it. */
  reasons: string[];
}

const SAYS = {
  newValue: 'It creates new revenue, a new offer or a capability that was not possible before.',
  noNewValue: 'It does not create new revenue, a new offer or a new capability.',
  existingTask: 'It does a task people already do today.',
  newTask: 'It does something nobody does today.',
  saving: 'Its main benefit is time or cost saved on that task.',
  notSaving: 'Its main benefit is not time or cost saved.',
  changes: 'It changes a decision or what the customer experiences.',
  noChange: 'It does not change a decision or what the customer experiences.',
  alsoSaves: 'It also saves time or cost, but the new value is the point.',
  fasterOnly: 'It may change decisions, but mainly by doing the existing task faster or cheaper.',
} as const;

/**
 * Suggests a classification from the rubric, or null until enough is answered. Rules, in order:
 * 1. new revenue / offer / capability = yes → value creation;
 * 2. that question unanswered → null (it decides the rest);
 * 3. changes a decision or experience = yes → value creation, unless it is an existing task whose main benefit
 *    is time or cost saved (then automation);
 * 4. changes = no → automation;
 * 5. changes unanswered → automation if it is an existing task whose main benefit is saving, else null.
 */
export function suggestClassification(rubric: RubricAnswers): ClassificationSuggestion | null {
  const { existingTask, timeOrCostSaving, newRevenueOrCapability, changesDecisionOrExperience } = rubric;
  if (newRevenueOrCapability === true) {
    const reasons: string[] = [SAYS.newValue];
    if (changesDecisionOrExperience === true) reasons.push(SAYS.changes);
    if (existingTask === false) reasons.push(SAYS.newTask);
    if (timeOrCostSaving === true) reasons.push(SAYS.alsoSaves);
    return { kind: 'value-creation', reasons };
  }
  if (newRevenueOrCapability === null) return null;

  const savingOnExistingTask = existingTask === true && timeOrCostSaving === true;
  if (changesDecisionOrExperience === true) {
    if (savingOnExistingTask) {
      return { kind: 'automation', reasons: [SAYS.existingTask, SAYS.saving, SAYS.noNewValue, SAYS.fasterOnly] };
    }
    const reasons: string[] = [SAYS.changes, SAYS.noNewValue];
    if (existingTask === false) reasons.push(SAYS.newTask);
    if (timeOrCostSaving === false) reasons.push(SAYS.notSaving);
    return { kind: 'value-creation', reasons };
  }
  if (changesDecisionOrExperience === false) {
    const reasons: string[] = [SAYS.noNewValue, SAYS.noChange];
    if (existingTask === true) reasons.push(SAYS.existingTask);
    if (timeOrCostSaving === true) reasons.push(SAYS.saving);
    return { kind: 'automation', reasons };
  }
  if (savingOnExistingTask) return { kind: 'automation', reasons: [SAYS.existingTask, SAYS.saving, SAYS.noNewValue] };
  return null;
}

/** True when all four rubric questions are answered (the suggestion is then applied to the classification). */
export function rubricComplete(rubric: RubricAnswers): boolean {
  return rubric.existingTask !== null && rubric.timeOrCostSaving !== null && rubric.newRevenueOrCapability !== null && rubric.changesDecisionOrExperience !== null;
}

/**
 * Whether a classification needs a written rationale: a classification chosen against the rubric's suggestion does
 * (so the board sees why the team overruled it). Returns the message to show, or null.
 */
export function rationaleRequirement(kind: Classification | null, rubric: RubricAnswers, rationale: string): string | null {
  if (kind === null || rationale.trim() !== '') return null;
  const suggestion = suggestClassification(rubric);
  if (!suggestion || suggestion.kind === kind) return null;
  const label = suggestion.kind === 'value-creation' ? 'value creation' : 'automation';
  return `The rubric suggests ${label}; write a rationale to classify it otherwise`;
}
