import type { Estimate, Problem, UseCase } from '../domain';

/**
 * What an inventory reveals about its use cases (docs/inventory.md): one home for the flags, their words and their
 * counts, read by the inventory page, the import summary, the use-case page and the exports.
 */

export const INVENTORY_FLAGS = ['ai-first', 'no-owner', 'no-benefit', 'personal-data-unregulated', 'not-estimated', 'reference-class'] as const;
export type InventoryFlag = (typeof INVENTORY_FLAGS)[number];

export const INVENTORY_FLAG_LABELS: Record<InventoryFlag, string> = {
  'ai-first': 'AI first — no problem stated',
  'no-owner': 'No owner',
  'no-benefit': 'No benefit estimate',
  'personal-data-unregulated': 'Personal data, no compliance regime',
  'not-estimated': 'Not estimated',
  'reference-class': 'Reference-class estimate',
};

/** What each flag asks of the team, in a sentence. */
export const INVENTORY_FLAG_ADVICE: Record<InventoryFlag, string> = {
  'ai-first': 'The register names no business problem for it. Write the problem it solves on its problem page, or move it to a stated problem.',
  'no-owner': 'Nobody answers for it: neither the use case nor its problem has an owner.',
  'no-benefit': 'It has no hours saved, cost avoided or new revenue, so it cannot pay back.',
  'personal-data-unregulated': 'It touches personal data but names no compliance regime (GDPR, HIPAA, …).',
  'not-estimated': 'It has no pilot or last-mile cost yet, so it is left out of funding until someone estimates it.',
  'reference-class': 'Its costs are a reference-class first estimate until someone refines them.',
};

/** Why the funding leaves a candidate without estimates out (the plan's forced-out reason, shared/analysis/candidates.ts). */
export const NOT_ESTIMATED_REASON = 'Not estimated yet: it has no pilot or last-mile cost, so it waits until someone estimates it';

/** The flags of one use case, in INVENTORY_FLAGS order. `problem` is the problem it belongs to (undefined if missing). */
export function inventoryFlags(useCase: Pick<UseCase, 'register' | 'estimate' | 'benefits' | 'complianceRegimes'>, problem: Pick<Problem, 'owner' | 'statement'> | undefined): InventoryFlag[] {
  const flags: InventoryFlag[] = [];
  if (!useCase.register.problemStated && (problem?.statement.trim() ?? '') === '') flags.push('ai-first');
  if (useCase.register.owner.trim() === '' && (problem?.owner.trim() ?? '') === '') flags.push('no-owner');
  const b = useCase.benefits;
  if (!(b.hoursSavedPerMonth > 0) && !(b.costAvoidedPerMonth > 0) && !(b.newRevenuePerMonth > 0)) flags.push('no-benefit');
  if (useCase.register.personalData === true && useCase.complianceRegimes.length === 0) flags.push('personal-data-unregulated');
  if (useCase.estimate.source === 'none') flags.push('not-estimated');
  if (useCase.estimate.source === 'reference-class') flags.push('reference-class');
  return flags;
}

export type InventoryFlagCounts = Record<InventoryFlag, number>;

/** How many use cases carry each flag. */
export function inventoryFlagCounts(useCases: readonly UseCase[], problems: readonly Problem[]): InventoryFlagCounts {
  const byId = new Map(problems.map((p) => [p.id, p]));
  const counts = Object.fromEntries(INVENTORY_FLAGS.map((f) => [f, 0])) as InventoryFlagCounts;
  for (const uc of useCases) for (const f of inventoryFlags(uc, byId.get(uc.problemId))) counts[f] += 1;
  return counts;
}

/** Where a use case's estimate comes from, in words: "Own figures", "Reference class: Document processing — medium", "Not estimated". */
export function estimateText(estimate: Estimate): string {
  if (estimate.source === 'own') return 'Own figures';
  if (estimate.source === 'reference-class') return `Reference class: ${estimate.referenceClass}`;
  return INVENTORY_FLAG_LABELS['not-estimated'];
}
