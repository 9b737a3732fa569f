import type { WorkspaceBundle } from './workspaceFileValidation';
import { isPlainId, markChecked, wasChecked } from './checkedRecords';

/** What a fresh id is for; lets the caller use its own id scheme per kind of record. */
export type IdKind = 'workspace' | 'problem' | 'useCase' | 'record' | 'scenario' | 'session' | 'spend';

/**
 * "Import as a new workspace": the same data under fresh ids, every reference kept (use case → problem,
 * records → workspace, plan's forced choices → use cases, the record's rows → workspace, use cases and problems). `newId` supplies the ids (the domain has no
 * randomness of its own); it must not repeat itself. Timestamps and everything else are kept. A record that was
 * checked against its schema (checkedRecords.ts) stays checked under fresh ids that follow the id rule.
 */
export function remapIds(bundle: WorkspaceBundle, newId: (kind: IdKind) => string): WorkspaceBundle {
  const issued = new Set<string>();
  const fresh = (kind: IdKind): string => {
    const id = newId(kind);
    if (issued.has(id)) throw new Error(`remapIds: the id generator repeated "${id}"`);
    issued.add(id);
    return id;
  };
  const workspaceId = fresh('workspace');
  const problemIds = new Map<string, string>();
  for (const p of bundle.problems) if (!problemIds.has(p.id)) problemIds.set(p.id, fresh('problem'));
  const useCaseIds = new Map<string, string>();
  for (const uc of bundle.useCases) if (!useCaseIds.has(uc.id)) useCaseIds.set(uc.id, fresh('useCase'));
  const mapped = (ids: Map<string, string>, id: string) => ids.get(id) ?? id;
  const plainIds = isPlainId(workspaceId) && [...problemIds.values(), ...useCaseIds.values()].every(isPlainId);
  const stillChecked = (before: object[], after: object[]) => {
    if (plainIds) markChecked(after.filter((_, i) => wasChecked(before[i])));
  };

  const out: WorkspaceBundle = {
    workspace: { ...bundle.workspace, id: workspaceId },
    problems: bundle.problems.map((p) => ({ ...p, id: mapped(problemIds, p.id), workspaceId })),
    useCases: bundle.useCases.map((uc) => ({
      ...uc,
      id: mapped(useCaseIds, uc.id),
      workspaceId,
      problemId: mapped(problemIds, uc.problemId),
    })),
  };
  stillChecked([bundle.workspace], [out.workspace]);
  stillChecked(bundle.problems, out.problems);
  stillChecked(bundle.useCases, out.useCases);
  if (bundle.plan) {
    const forced = Object.fromEntries(Object.entries(bundle.plan.forced).map(([id, choice]) => [mapped(useCaseIds, id), { ...choice }]));
    out.plan = { ...bundle.plan, forced, yearCaps: [...bundle.plan.yearCaps], weights: { ...bundle.plan.weights } };
  }
  if (bundle.record) {
    // The record keeps naming the same use cases and problems under their new ids; its own rows get fresh ids too.
    const anyId = (id: string) => useCaseIds.get(id) ?? problemIds.get(id) ?? (id === bundle.workspace.id ? workspaceId : id);
    out.record = {
      decisions: bundle.record.decisions.map((d) => ({ ...d, id: fresh('record'), workspaceId, figures: { ...d.figures, fundedIds: d.figures.fundedIds.map((id) => mapped(useCaseIds, id)) } })),
      changeLog: bundle.record.changeLog.map((c) => ({ ...c, id: fresh('record'), workspaceId, entityId: anyId(c.entityId) })),
      snapshots: bundle.record.snapshots.map((s) => ({ ...s, id: fresh('record'), workspaceId, candidates: s.candidates.map((c) => ({ ...c, id: mapped(useCaseIds, c.id) })) })),
    };
  }
  if (bundle.scenarios) {
    // A scenario keeps overriding and forcing the same use cases under their new ids.
    const rekey = <T extends object>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).map(([id, v]) => [mapped(useCaseIds, id), { ...v }]));
    out.scenarios = bundle.scenarios.map((sc) => ({ ...sc, id: fresh('scenario'), workspaceId, useCases: rekey(sc.useCases), plan: { ...sc.plan, forced: rekey(sc.plan.forced) } }));
  }
  if (bundle.sessions) {
    // A session keeps its candidates, votes and decisions on the same use cases under their new ids (its agenda,
    // participant and criterion ids are its own and stay).
    out.sessions = bundle.sessions.map((s) => ({
      ...s,
      id: fresh('session'),
      workspaceId,
      candidateIds: s.candidateIds.map((id) => mapped(useCaseIds, id)),
      votes: s.votes.map((v) => ({ ...v, useCaseId: mapped(useCaseIds, v.useCaseId) })),
      decisions: s.decisions.map((d) => ({ ...d, useCaseId: d.useCaseId === null ? null : mapped(useCaseIds, d.useCaseId) })),
    }));
  }
  if (bundle.spend) {
    // An AI spend item keeps its links to the same use cases under their new ids.
    out.spend = bundle.spend.map((s) => ({ ...s, id: fresh('spend'), workspaceId, links: s.links.map((l) => ({ ...l, useCaseId: mapped(useCaseIds, l.useCaseId) })) }));
  }
  if (bundle.inventorySettings) {
    // The saved mappings and reference classes name columns and classes, no record of the workspace: they come as they
    // are (their presets and classes keep their own ids; the database gives the settings record an id of its own).
    const s = bundle.inventorySettings;
    out.inventorySettings = { ...s, presets: s.presets.map((p) => ({ ...p })), referenceClasses: s.referenceClasses.map((c) => ({ ...c })) };
  }
  return out;
}
