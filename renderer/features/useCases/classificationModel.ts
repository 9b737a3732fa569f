import { rubricComplete, suggestClassification, type ClassificationSuggestion, type RubricAnswers, type UseCaseInput } from '@shared/domain';

export type ClassificationInput = UseCaseInput['classification'];

/** The rubric's suggestion once all four questions are answered (the one that is applied), else null. */
export function appliedSuggestion(rubric: RubricAnswers): ClassificationSuggestion | null {
  return rubricComplete(rubric) ? suggestClassification(rubric) : null;
}

/**
 * Records one rubric answer. When all four are answered the suggestion is applied to the classification: at once if
 * it is not classified yet, and again whenever the answers change the suggestion (a choice against an unchanged
 * suggestion stays, with its rationale).
 */
export function answerRubric(c: ClassificationInput, key: keyof RubricAnswers, answer: boolean | null): ClassificationInput {
  const rubric = { ...c.rubric, [key]: answer };
  const before = appliedSuggestion(c.rubric);
  const after = appliedSuggestion(rubric);
  const follow = after !== null && (c.kind === null || before?.kind !== after.kind);
  return { ...c, rubric, kind: follow ? after.kind : c.kind };
}

/** How the classification stands against the rubric: not classified, no suggestion to compare with, following it or overriding it. */
export type ClassificationStance = 'unclassified' | 'no-suggestion' | 'follows' | 'overrides';

export function classificationStance(c: ClassificationInput): ClassificationStance {
  if (c.kind === null) return 'unclassified';
  const suggestion = suggestClassification(c.rubric);
  if (suggestion === null) return 'no-suggestion';
  return suggestion.kind === c.kind ? 'follows' : 'overrides';
}
