import { z } from '../zod';
import { STAGES } from './lifecycle';
import { calendarMonth, id, text, timestamp } from './fields';

/**
 * The workspace's record of how its portfolio was decided and changed (docs/living-portfolio.md): funding decisions
 * with the figures they were taken on, a change log of who changed what, and board snapshots to compare against.
 * Gate decisions live with their use case (lifecycle.decisions).
 */

const finite = z.number().finite();

/** A funding decision: the set the board approved, its rationale and the figures at the time. */
export const fundingDecisionSchema = z.object({
  id: id('Decision id'),
  workspaceId: id('Workspace id'),
  at: timestamp('Decided'),
  month: calendarMonth('Decision month'),
  by: text('Decided by', 120, true),
  title: text('Decision', 200, true),
  rationale: text('Rationale', 4000, true),
  figures: z.object({
    budget: finite,
    fundedIds: z.array(id('Use case id')).max(20_000),
    fundedNames: z.array(z.string().max(200)).max(20_000),
    totalInvestment: finite,
    expectedNpv: finite,
    committedInvestment: finite,
    sunkCost: finite,
  }),
});
export type FundingDecision = z.infer<typeof fundingDecisionSchema>;

export const CHANGE_ENTITIES = ['workspace', 'problem', 'useCase', 'plan', 'scenario'] as const;
export type ChangeEntity = (typeof CHANGE_ENTITIES)[number];

/** One changed field: who, when, which record and field, the value before and after (as shown, shortened). */
export const changeLogEntrySchema = z.object({
  id: id('Change id'),
  workspaceId: id('Workspace id'),
  at: timestamp('Changed'),
  by: z.string().max(120),
  /** What the user did (the undo label, e.g. "Edit use case “Invoice triage”"). */
  action: z.string().max(300),
  entity: z.enum(CHANGE_ENTITIES),
  entityId: z.string().max(100),
  entityName: z.string().max(300),
  field: z.string().max(200),
  before: z.string().max(1000),
  after: z.string().max(1000),
});
export type ChangeLogEntry = z.infer<typeof changeLogEntrySchema>;

/** One candidate as the board saw it when a snapshot was frozen. */
export const snapshotCandidateSchema = z.object({
  id: z.string().max(100),
  name: z.string().max(300),
  problemName: z.string().max(300),
  stage: z.enum(STAGES),
  rank: z.number().int().min(0),
  funded: z.boolean(),
  fundingCost: finite,
  totalInvestment: finite,
  monthlyBenefitAtFull: finite,
  monthlyRunCost: finite,
  expectedNpv: finite.nullable(),
  npv: finite,
  sunkCost: finite,
});
export type SnapshotCandidate = z.infer<typeof snapshotCandidateSchema>;

/** A board snapshot ("Board, March 2027"): frozen when a board pack is produced, compared against later. */
export const boardSnapshotSchema = z.object({
  id: id('Snapshot id'),
  workspaceId: id('Workspace id'),
  name: text('Snapshot name', 120, true),
  at: timestamp('Frozen'),
  month: calendarMonth('Snapshot month'),
  budget: finite,
  totalInvestment: finite,
  expectedNpv: finite,
  candidates: z.array(snapshotCandidateSchema).max(20_000),
});
export type BoardSnapshot = z.infer<typeof boardSnapshotSchema>;
