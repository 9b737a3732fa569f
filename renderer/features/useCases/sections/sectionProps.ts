import { LAST_MILE_CATEGORIES, READINESS_DIMENSIONS, type Problem, type UseCaseInput, type Workspace } from '@shared/domain';
import type { Warning } from '@shared/finance';

/** What every section of the use-case form receives from the editor. */
export interface SectionProps {
  values: UseCaseInput;
  set: (path: string, value: unknown) => void;
  /** Field errors to show now, by path. */
  errors: Record<string, string>;
  /** Reviewer warnings by the spot that shows them (see WARNING_SPOTS). */
  warnings: Record<string, Warning[]>;
  workspace: Workspace;
  problems: readonly Problem[];
}

/** Every place on the page that shows reviewer warnings; anything else is listed under the summary. */
export const WARNING_SPOTS: readonly string[] = [
  'startMonth',
  'classification.kind',
  'pilot.cost',
  'lastMile.costs',
  ...LAST_MILE_CATEGORIES.map((c) => `lastMile.costs.${c}`),
  'lastMile.months',
  'runCost',
  'benefits',
  'benefits.hoursSavedPerMonth',
  ...READINESS_DIMENSIONS.map((d) => `readiness.${d}.score`),
];
