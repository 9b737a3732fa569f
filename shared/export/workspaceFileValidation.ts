/**
 * Validation of a (migrated) workspace file document: the envelope, every record against the shared zod
 * schemas, and the references between records. Every fault carries its path in the file
 * (`useCases[3].pilot.cost: Pilot cost must be a number of 0 or more`).
 */
import { z } from '../zod';
import { problemSchema, type Problem } from '@shared/domain/problem';
import { useCaseSchema, type UseCase } from '@shared/domain/useCase';
import { validate, type FieldError } from '@shared/domain/validation';
import { workspaceSchema, type Workspace } from '@shared/domain/workspace';
import { portfolioPlanSchema, type PortfolioPlan } from '@shared/portfolio/plan';
import { scenarioSchema, type Scenario } from '@shared/domain/scenario';
import { workshopSessionSchema, type WorkshopSession } from '@shared/domain/workshop';
import { spendItemSchema, type SpendItem } from '@shared/domain/spend';
import { inventorySettingsSchema } from '@shared/domain/inventory';
import { checkVotes } from '@shared/workshop/votes';
import { boardSnapshotSchema, changeLogEntrySchema, fundingDecisionSchema, type BoardSnapshot, type ChangeLogEntry, type FundingDecision } from '@shared/domain/record';
import { isRecord, type RawDocument } from './migrations/types';
import { markChecked } from './checkedRecords';

/** Everything a workspace file carries: the workspace, its records and (optionally) its portfolio plan. */
export interface WorkspaceBundle {
  workspace: Workspace;
  problems: Problem[];
  useCases: UseCase[];
  plan?: PortfolioPlan;
  /** The workspace's record: funding decisions, change log and board snapshots (absent when it has none). */
  record?: WorkspaceRecord;
  /** Named scenarios layered on the workspace (docs/scenarios.md); absent when it has none. */
  scenarios?: Scenario[];
  /** Workshop sessions of the workspace (docs/workshop.md); absent when it has none. */
  sessions?: WorkshopSession[];
  /** The organisation's AI spend items (docs/spend.md); absent when it has none. */
  spend?: SpendItem[];
  /** The saved import mappings and reference classes (docs/inventory.md); absent when none were saved. */
  inventorySettings?: InventorySettingsInFile;
}

/**
 * A workspace's inventory settings as the file carries them: without their own id and workspace id (one record per
 * workspace, so the file's workspace is theirs; the database gives them an id when they are written).
 */
export const inventorySettingsInFileSchema = inventorySettingsSchema.omit({ id: true, workspaceId: true });
export type InventorySettingsInFile = z.infer<typeof inventorySettingsInFileSchema>;

/** How the portfolio was decided and changed (docs/living-portfolio.md). */
export interface WorkspaceRecord {
  decisions: FundingDecision[];
  changeLog: ChangeLogEntry[];
  snapshots: BoardSnapshot[];
}

/** Who wrote the file and when. */
export interface WorkspaceFileMeta {
  exportedAt: string;
  appVersion: string;
}

const envelopeSchema = z.object({
  exportedAt: z.string({ error: 'Export date must be text' }).regex(/^\d{4}-\d{2}-\d{2}T/, { error: 'Export date must be an ISO date-time' }),
  app: z.object({ version: z.string({ error: 'App version must be text' }).max(100, { error: 'App version is too long' }) }, { error: 'App must be an object with a version' }),
});

/** A key JavaScript objects treat specially; refused as an id so no record can vanish while being read. */
const RESERVED_KEY = '__proto__';

/** At most this many faults are listed; a last entry says how many more there were. */
export const MAX_REPORTED_ERRORS = 200;

function prefixed(prefix: string, errors: readonly FieldError[]): FieldError[] {
  return errors.map((e) => ({ path: e.path === '' ? prefix : e.path.startsWith('[') ? `${prefix}${e.path}` : `${prefix}.${e.path}`, message: e.message }));
}

function validateList<T>(name: string, label: string, value: unknown, schema: z.ZodType<T>, errors: FieldError[]): T[] {
  if (!Array.isArray(value)) {
    errors.push({ path: name, message: value === undefined ? `The file has no ${label} list` : `${label[0]?.toUpperCase()}${label.slice(1)} must be a list` });
    return [];
  }
  const out: T[] = [];
  value.forEach((item, i) => {
    const r = validate(schema, item);
    if (r.ok) out.push(r.value);
    else errors.push(...prefixed(`${name}[${i}]`, r.errors));
  });
  return out;
}

/** Ids unique per list and every record in the file's workspace. Works on the raw items so indexes match the file. */
function checkIdentity(name: string, label: string, items: unknown, workspaceId: unknown, errors: FieldError[]): void {
  if (!Array.isArray(items)) return;
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isRecord(item)) return;
    if (item.id === RESERVED_KEY) errors.push({ path: `${name}[${i}].id`, message: `"${RESERVED_KEY}" cannot be used as an id` });
    else if (typeof item.id === 'string') {
      const first = firstIndex.get(item.id);
      if (first === undefined) firstIndex.set(item.id, i);
      else errors.push({ path: `${name}[${i}].id`, message: `${label} id "${item.id}" is used twice (also ${name}[${first}])` });
    }
    if (typeof workspaceId === 'string' && typeof item.workspaceId === 'string' && item.workspaceId !== workspaceId) {
      errors.push({ path: `${name}[${i}].workspaceId`, message: `Belongs to workspace "${item.workspaceId}", but this file's workspace is "${workspaceId}"` });
    }
  });
}

function checkReferences(document: RawDocument, errors: FieldError[]): void {
  const problemIds = new Set<string>();
  if (Array.isArray(document.problems)) for (const p of document.problems) if (isRecord(p) && typeof p.id === 'string') problemIds.add(p.id);
  const useCaseIds = new Set<string>();
  if (Array.isArray(document.useCases)) {
    document.useCases.forEach((uc, i) => {
      if (!isRecord(uc)) return;
      if (typeof uc.id === 'string') useCaseIds.add(uc.id);
      if (typeof uc.problemId === 'string' && !problemIds.has(uc.problemId)) {
        errors.push({ path: `useCases[${i}].problemId`, message: `Refers to problem "${uc.problemId}", which is not in the file` });
      }
    });
  }
  const plan = document.plan;
  if (isRecord(plan) && isRecord(plan.forced)) {
    for (const key of Object.keys(plan.forced)) {
      if (key === RESERVED_KEY) errors.push({ path: 'plan.forced', message: `"${RESERVED_KEY}" cannot be used as an id` });
      else if (!useCaseIds.has(key)) errors.push({ path: `plan.forced.${key}`, message: `Forces use case "${key}", which is not in the file` });
    }
  }
}

/** Every use case a scenario overrides or forces is in the file. */
function checkScenarioReferences(document: RawDocument, errors: FieldError[]): void {
  if (!Array.isArray(document.scenarios) || !Array.isArray(document.useCases)) return;
  const useCaseIds = new Set(document.useCases.map((u) => (isRecord(u) ? u.id : undefined)));
  document.scenarios.forEach((sc, i) => {
    if (!isRecord(sc)) return;
    const refs = (path: string, value: unknown) => {
      if (!isRecord(value)) return;
      for (const key of Object.keys(value)) {
        if (key === RESERVED_KEY) errors.push({ path: `scenarios[${i}].${path}`, message: `"${RESERVED_KEY}" cannot be used as an id` });
        else if (!useCaseIds.has(key)) errors.push({ path: `scenarios[${i}].${path}.${key}`, message: `Names use case "${key}", which is not in the file` });
      }
    };
    refs('useCases', sc.useCases);
    if (isRecord(sc.plan)) refs('plan.forced', sc.plan.forced);
  });
}

/**
 * A valid session's own references: every use case it names (candidates, votes, decisions) is in the file, and its
 * votes check against its rules, candidates and participants (the same check as when they were cast).
 */
export function sessionFaultsInFile(session: WorkshopSession, index: number, useCaseIds: ReadonlySet<unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const at = `sessions[${index}]`;
  session.candidateIds.forEach((id, i) => {
    if (!useCaseIds.has(id)) errors.push({ path: `${at}.candidateIds[${i}]`, message: `Names use case "${id}", which is not in the file` });
  });
  session.decisions.forEach((d, i) => {
    if (d.useCaseId !== null && !useCaseIds.has(d.useCaseId)) errors.push({ path: `${at}.decisions[${i}].useCaseId`, message: `Names use case "${d.useCaseId}", which is not in the file` });
  });
  const dupes = (ids: readonly string[]) => ids.some((id, i) => ids.indexOf(id) !== i);
  if (dupes(session.candidateIds)) errors.push({ path: `${at}.candidateIds`, message: 'A candidate is put to the room twice' });
  if (dupes(session.participants.map((p) => p.id))) errors.push({ path: `${at}.participants`, message: 'A participant is listed twice' });
  errors.push(...prefixed(at, checkVotes(session.rules, session.candidateIds, session.participants.map((p) => p.id), session.votes)));
  return errors;
}

/** A valid spend item's links: every use case it names is in the file. */
export function spendFaultsInFile(item: SpendItem, index: number, useCaseIds: ReadonlySet<unknown>): FieldError[] {
  return item.links.flatMap((l, i) => (useCaseIds.has(l.useCaseId) ? [] : [{ path: `spend[${index}].links[${i}].useCaseId`, message: `links use case "${l.useCaseId}", which is not in the file` }]));
}

export type BundleValidation = { ok: true; bundle: WorkspaceBundle; meta: WorkspaceFileMeta } | { ok: false; errors: FieldError[] };

/** Validates a current-version document completely; reports every fault (up to MAX_REPORTED_ERRORS). */
export function validateWorkspaceDocument(document: RawDocument): BundleValidation {
  const errors: FieldError[] = [];
  const envelope = validate(envelopeSchema, { exportedAt: document.exportedAt, app: document.app });
  if (!envelope.ok) errors.push(...envelope.errors);

  let workspace: Workspace | null = null;
  if (document.workspace === undefined) errors.push({ path: 'workspace', message: 'The file has no workspace' });
  else {
    const w = validate(workspaceSchema, document.workspace);
    if (w.ok) workspace = w.value;
    else errors.push(...prefixed('workspace', w.errors));
  }
  const problems = validateList('problems', 'problems', document.problems, problemSchema, errors);
  const useCases = validateList('useCases', 'use cases', document.useCases, useCaseSchema, errors);
  let plan: PortfolioPlan | undefined;
  if (document.plan !== undefined && document.plan !== null) {
    const p = validate(portfolioPlanSchema, document.plan);
    if (p.ok) plan = p.value;
    else errors.push(...prefixed('plan', p.errors));
  }

  const hasRecord = document.decisions !== undefined || document.changeLog !== undefined || document.snapshots !== undefined;
  const listOrNone = <T>(name: string, label: string, schema: z.ZodType<T>): T[] =>
    document[name] === undefined ? [] : validateList(name, label, document[name], schema, errors);
  const record: WorkspaceRecord = {
    decisions: listOrNone('decisions', 'decisions', fundingDecisionSchema),
    changeLog: listOrNone('changeLog', 'change log', changeLogEntrySchema),
    snapshots: listOrNone('snapshots', 'board snapshots', boardSnapshotSchema),
  };

  const workspaceId = isRecord(document.workspace) ? document.workspace.id : undefined;
  checkIdentity('decisions', 'Decision', document.decisions, workspaceId, errors);
  checkIdentity('changeLog', 'Change', document.changeLog, workspaceId, errors);
  checkIdentity('snapshots', 'Snapshot', document.snapshots, workspaceId, errors);
  const scenarios = document.scenarios === undefined ? undefined : validateList('scenarios', 'scenarios', document.scenarios, scenarioSchema, errors);
  checkIdentity('scenarios', 'Scenario', document.scenarios, workspaceId, errors);
  checkScenarioReferences(document, errors);
  // Workshop sessions: each against its schema, then its own references (use cases in the file, votes as cast).
  const sessions: WorkshopSession[] = [];
  if (document.sessions !== undefined) {
    const fileUseCaseIds = new Set(Array.isArray(document.useCases) ? document.useCases.map((u) => (isRecord(u) ? u.id : undefined)) : []);
    if (!Array.isArray(document.sessions)) errors.push({ path: 'sessions', message: 'Workshop sessions must be a list' });
    else
      document.sessions.forEach((item, i) => {
        const r = validate(workshopSessionSchema, item);
        if (!r.ok) errors.push(...prefixed(`sessions[${i}]`, r.errors));
        else {
          sessions.push(r.value);
          errors.push(...sessionFaultsInFile(r.value, i, fileUseCaseIds));
        }
      });
  }
  checkIdentity('sessions', 'Session', document.sessions, workspaceId, errors);
  // AI spend items: each against its schema, linked only to use cases in the file.
  const spend: SpendItem[] = [];
  if (document.spend !== undefined) {
    const fileUseCaseIds = new Set(Array.isArray(document.useCases) ? document.useCases.map((u) => (isRecord(u) ? u.id : undefined)) : []);
    if (!Array.isArray(document.spend)) errors.push({ path: 'spend', message: 'AI spend must be a list' });
    else
      document.spend.forEach((item, i) => {
        const r = validate(spendItemSchema, item);
        if (!r.ok) errors.push(...prefixed(`spend[${i}]`, r.errors));
        else {
          spend.push(r.value);
          errors.push(...spendFaultsInFile(r.value, i, fileUseCaseIds));
        }
      });
  }
  checkIdentity('spend', 'Spend item', document.spend, workspaceId, errors);
  // The saved import mappings and reference classes: null (or absent) when none were saved.
  let inventorySettings: InventorySettingsInFile | undefined;
  if (document.inventorySettings !== undefined && document.inventorySettings !== null) {
    const r = validate(inventorySettingsInFileSchema, document.inventorySettings);
    if (r.ok) inventorySettings = r.value;
    else errors.push(...prefixed('inventorySettings', r.errors));
  }
  if (workspaceId === RESERVED_KEY) errors.push({ path: 'workspace.id', message: `"${RESERVED_KEY}" cannot be used as an id` });
  checkIdentity('problems', 'Problem', document.problems, workspaceId, errors);
  checkIdentity('useCases', 'Use case', document.useCases, workspaceId, errors);
  checkReferences(document, errors);

  if (errors.length > 0 || workspace === null || !envelope.ok) return { ok: false, errors: capErrors(errors) };
  const bundle: WorkspaceBundle = { workspace, problems, useCases };
  if (plan) bundle.plan = plan;
  if (hasRecord) bundle.record = record;
  if (scenarios) bundle.scenarios = scenarios;
  if (sessions.length > 0) bundle.sessions = sessions;
  if (spend.length > 0) bundle.spend = spend;
  if (inventorySettings) bundle.inventorySettings = inventorySettings;
  // Every record passed its schema here: the write that follows need not check them again (checkedRecords.ts).
  markChecked([workspace]);
  markChecked(problems);
  markChecked(useCases);
  return { ok: true, bundle, meta: { exportedAt: envelope.value.exportedAt, appVersion: envelope.value.app.version } };
}

/** Keeps the first MAX_REPORTED_ERRORS faults and says how many more there were. */
export function capErrors(errors: readonly FieldError[]): FieldError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return [...errors];
  return [...errors.slice(0, MAX_REPORTED_ERRORS), { path: '', message: `…and ${errors.length - MAX_REPORTED_ERRORS} more faults` }];
}
