import { useEffect, useMemo, useState } from 'react';
import { repositories, useProblems, useSessions, useSpendItems, useUseCases, useWorkspace, type StoredSpendItem } from '@renderer/db';
import { useTodayMonth } from '@renderer/features/living/today';
import { fundingAnswerFor } from '@renderer/features/portfolio/fundingService';
import { usePortfolioPlan } from '@renderer/features/portfolio/usePortfolioPlan';
import { perform } from '@renderer/state/actions';
import { candidateCases } from '@shared/analysis';
import { blankSpendItemInput, PUBLISHED_SEAT_EXAMPLE_TEXT, SPEND_KIND_LABELS, type FieldError, type SpendItemInput } from '@shared/domain';
import { todayPlanMonth } from '@shared/finance';
import { forwardLabel, presenter } from '@shared/presentation';
import { spendSummary } from '@shared/spend';
import { SpendItemForm } from './SpendItemForm';
import { CacheSection, CostPerOutcomeSection, TokenRiseSection } from './SpendOutcomes';
import { SpendTotals } from './SpendTotals';
import './spend.css';

const inputOf = (s: StoredSpendItem): SpendItemInput => ({
  name: s.name,
  vendor: s.vendor,
  kind: s.kind,
  seats: s.seats,
  pricePerSeat: s.pricePerSeat,
  monthlyAmount: s.monthlyAmount,
  startMonth: s.startMonth,
  endMonth: s.endMonth,
  links: s.links.map((l) => ({ ...l })),
});

/**
 * The organisation's AI spend as a whole (docs/spend.md): seat licences, committed API spend and platform fees, each
 * attributed to a use case only where it is linked; the rest is "not tied to a use case". Funded means the portfolio's
 * funding answer (the same funded set as the portfolio and Risk pages).
 */
export function SpendPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  const items = useSpendItems(workspaceId);
  const { plan } = usePortfolioPlan(workspaceId, useCases);
  const todayMonth = useTodayMonth();
  const sessions = useSessions(workspaceId);
  const [funded, setFunded] = useState<{ ids: ReadonlySet<string> } | { error: string } | null>(null);
  const [editing, setEditing] = useState<{ id: string | null; revision: number; input: SpendItemInput } | null>(null);
  useEffect(() => {
    if (!workspace || !problems || !useCases || !plan || sessions === undefined) return;
    let current = true;
    fundingAnswerFor({ workspace, problems, useCases, plan, todayMonth, sessions }).then(
      (answer) => current && setFunded({ ids: new Set(answer.selectedIds) }),
      (e: unknown) => current && setFunded({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [workspace, problems, useCases, plan, todayMonth, sessions]);

  const present = useMemo(() => (workspace ? presenter(workspace) : null), [workspace]);
  const fundedIds = funded && 'ids' in funded ? funded.ids : null;
  const useCaseIds = useMemo(() => new Set((useCases ?? []).map((u) => u.id)), [useCases]);
  const summary = useMemo(() => (items && fundedIds ? spendSummary(items, todayMonth, fundedIds, useCaseIds) : null), [items, fundedIds, todayMonth, useCaseIds]);
  const cases = useMemo(() => (workspace && problems && useCases ? candidateCases(workspace, problems, useCases, todayMonth) : null), [workspace, problems, useCases, todayMonth]);
  const nameOf = useMemo(() => new Map((useCases ?? []).map((u) => [u.id, u.name])), [useCases]);

  if (workspace === undefined || !present) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;
  const month = present.calendarMonth(todayMonth);
  const npvLabel = forwardLabel('NPV', present, todayPlanMonth(workspace.planningStartMonth, todayMonth, workspace.horizonMonths));

  const save = async (input: SpendItemInput): Promise<FieldError[] | null> => {
    if (!editing) return null;
    const write = editing.id === null ? repositories().spendItems.create(workspaceId, input) : repositories().spendItems.save(editing.id, input, editing.revision);
    const r = await perform(write, { toast: editing.id === null ? `Recorded “${input.name}”` : `Saved “${input.name}”` });
    if (!r.ok) return r.errors;
    setEditing(null);
    return null;
  };
  const remove = (item: StoredSpendItem) => void perform(repositories().spendItems.remove(item.id, item.revision), { toast: `Deleted “${item.name}”`, undoable: true });

  return (
    <section className="page spend-page" aria-labelledby="spend-title">
      <header className="page__header">
        <h1 id="spend-title">AI spend</h1>
        {!editing && (
          <button type="button" className="button button--primary" onClick={() => setEditing({ id: null, revision: 0, input: blankSpendItemInput() })}>
            Record AI spend
          </button>
        )}
      </header>
      <p className="lead">
        The organisation’s AI subscriptions and contracts — seat licences, committed API spend, platform fees — and the use cases they serve. Spend counts for a use case only where
        it is linked to it; the rest is shown as not tied to a use case. Funded means funded in the portfolio’s funding answer.
      </p>
      <p className="hint">Why it matters: {PUBLISHED_SEAT_EXAMPLE_TEXT}.</p>
      {editing && useCases && (
        <SpendItemForm
          key={editing.id ?? 'new'}
          title={editing.id === null ? 'Record AI spend' : `Edit “${editing.input.name}”`}
          initial={editing.input}
          useCases={useCases}
          present={present}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      {funded && 'error' in funded && (
        <p className="field__error" role="alert">
          The funding answer could not be worked out: {funded.error}
        </p>
      )}
      {!summary ? (
        <p>Working out the funding answer…</p>
      ) : (
        <>
          <SpendTotals summary={summary} present={present} month={month} />
          <section className="card" aria-labelledby="spend-items-title">
            <h2 id="spend-items-title">Subscriptions and contracts</h2>
            {summary.items.length === 0 ? (
              <p className="empty">No AI spend recorded yet.</p>
            ) : (
              <table className="table spend-items">
                <thead>
                  <tr>
                    <th scope="col">Item</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Per month</th>
                    <th scope="col">Serves</th>
                    <th scope="col">Not tied</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {summary.items.map(({ item, active, split }) => (
                    <tr key={item.id}>
                      <th scope="row">
                        {item.name}
                        {item.vendor && <span className="spend-items__vendor"> · {item.vendor}</span>}
                        {!active && <span className="spend-items__vendor"> · not paid in {month}</span>}
                      </th>
                      <td>{item.kind === 'seats' ? `${SPEND_KIND_LABELS.seats}: ${present.number(item.seats, 0)} × ${present.money(item.pricePerSeat)}` : SPEND_KIND_LABELS[item.kind]}</td>
                      <td>{present.money(split.cents / 100)}</td>
                      <td>{split.links.length === 0 ? 'No use case' : split.links.map((l) => `${nameOf.get(l.useCaseId) ?? 'A use case since deleted'} (${present.money(l.cents / 100)})`).join('; ')}</td>
                      <td>{present.money(split.unlinkedCents / 100)}</td>
                      <td className="spend-items__actions">
                        <button type="button" className="button button--small" onClick={() => setEditing({ id: item.id, revision: (item as StoredSpendItem).revision, input: inputOf(item as StoredSpendItem) })}>
                          Edit<span className="visually-hidden"> “{item.name}”</span>
                        </button>
                        <button type="button" className="button button--small" onClick={() => remove(item as StoredSpendItem)}>
                          Delete<span className="visually-hidden"> “{item.name}”</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {cases && fundedIds && <CostPerOutcomeSection summary={summary} cases={cases} fundedIds={fundedIds} present={present} />}
          {plan && problems && useCases && fundedIds && (
            <TokenRiseSection workspace={workspace} plan={plan} problems={problems} useCases={useCases} todayMonth={todayMonth} fundedIds={fundedIds} present={present} npvLabel={npvLabel} />
          )}
          {useCases && fundedIds && <CacheSection useCases={useCases} fundedIds={fundedIds} present={present} />}
        </>
      )}
    </section>
  );
}
