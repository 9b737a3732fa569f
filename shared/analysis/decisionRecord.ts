import type { FundingDecision, GateDecision, UseCase } from '../domain';

/** One decision of the record (docs/living-portfolio.md): a funding decision or a last-mile gate decision, with its figures. */
export type RecordedDecision =
  | { kind: 'funding'; at: string; month: string; by: string; title: string; rationale: string; decision: FundingDecision }
  | { kind: 'gate'; at: string; month: string; by: string; title: string; rationale: string; useCaseId: string; useCaseName: string; decision: GateDecision };

/**
 * Funding decisions and the gate decisions stored on use cases, together, newest first (by when they were recorded,
 * then by month). Gate decisions are titled by their use case; the caller words the choice.
 */
export function decisionRecord(funding: readonly FundingDecision[], useCases: readonly Pick<UseCase, 'id' | 'name' | 'lifecycle'>[]): RecordedDecision[] {
  const list: RecordedDecision[] = funding.map((d) => ({ kind: 'funding', at: d.at, month: d.month, by: d.by, title: d.title, rationale: d.rationale, decision: d }));
  for (const uc of useCases) {
    for (const d of uc.lifecycle.decisions) {
      list.push({ kind: 'gate', at: d.at, month: d.month, by: d.by, title: uc.name, rationale: d.rationale, useCaseId: uc.id, useCaseName: uc.name, decision: d });
    }
  }
  return list.sort((a, b) => b.at.localeCompare(a.at) || b.month.localeCompare(a.month) || a.title.localeCompare(b.title));
}
