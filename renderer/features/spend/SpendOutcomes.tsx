import { useMemo, useState } from 'react';
import { NumberField } from '@renderer/components/inputs';
import { PUBLISHED_CACHE_EXAMPLE_TEXT, type Problem, type UseCase, type Workspace } from '@shared/domain';
import type { CandidateCase } from '@shared/analysis';
import type { PortfolioPlan } from '@shared/portfolio';
import type { Presenter } from '@shared/presentation';
import { cacheSaving, costPerOutcome, tokenPriceRise, type SpendSummary } from '@shared/spend';

const orDash = (v: number | null, f: (x: number) => string) => (v === null ? '—' : f(v));

/** What the spend buys: the whole monthly AI spend per hour saved and per dollar of benefit, and per linked use case. */
export function CostPerOutcomeSection({ summary, cases, fundedIds, present }: { summary: SpendSummary; cases: readonly CandidateCase[]; fundedIds: ReadonlySet<string>; present: Presenter }) {
  const out = useMemo(() => costPerOutcome(summary, cases, fundedIds), [summary, cases, fundedIds]);
  const p = out.portfolio;
  return (
    <section className="card" aria-labelledby="spend-outcome-title">
      <h2 id="spend-outcome-title">Cost per outcome</h2>
      <p data-testid="spend-per-outcome">
        The whole AI spend of {present.money(p.spend)} a month against what the funded use cases deliver at full adoption ({present.number(p.hours, 0)} hours saved,{' '}
        {present.money(p.benefit)} of benefit a month): {orDash(p.perHour, present.money)} per hour saved, {orDash(p.perBenefitDollar, (v) => present.number(v, 2))} per{' '}
        {present.currency} of benefit.
      </p>
      {out.useCases.length > 0 && (
        <table className="table">
          <caption>Spend linked to each use case</caption>
          <thead>
            <tr>
              <th scope="col">Use case</th>
              <th scope="col">Funded</th>
              <th scope="col">Linked spend a month</th>
              <th scope="col">Per hour saved</th>
              <th scope="col">Per {present.currency} of benefit</th>
            </tr>
          </thead>
          <tbody>
            {out.useCases.map((r) => (
              <tr key={r.useCaseId}>
                <th scope="row">{r.name}</th>
                <td>{r.funded ? 'Funded' : 'Not funded'}</td>
                <td>{present.money(r.spend)}</td>
                <td>{orDash(r.perHour, present.money)}</td>
                <td>{orDash(r.perBenefitDollar, (v) => present.number(v, 2))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A token price rise through the scenario factor: which use cases turn to a negative NPV, and the funded portfolio's NPV. */
export function TokenRiseSection(props: { workspace: Workspace; plan: PortfolioPlan; problems: readonly Problem[]; useCases: readonly UseCase[]; todayMonth: string; fundedIds: ReadonlySet<string>; present: Presenter; npvLabel: string }) {
  const { workspace, plan, problems, useCases, todayMonth, fundedIds, present, npvLabel } = props;
  const [rise, setRise] = useState(0.5);
  const valid = Number.isFinite(rise) && rise >= 0 && rise <= 19;
  const result = useMemo(() => (valid ? tokenPriceRise(workspace, plan, problems, useCases, todayMonth, rise, fundedIds) : null), [valid, workspace, plan, problems, useCases, todayMonth, rise, fundedIds]);
  return (
    <section className="card" aria-labelledby="spend-rise-title">
      <h2 id="spend-rise-title">If token prices rise</h2>
      <NumberField label="Token price rise" suffix="%" scale={100} value={rise} error={valid ? undefined : 'The rise must be between 0% and 1,900%'} onChange={setRise} />
      {result && (
        <>
          <p data-testid="spend-rise-portfolio">
            Funded portfolio {npvLabel}: {present.money(result.fundedNpvBefore)} today, {present.money(result.fundedNpvAfter)} with token prices {present.percent(rise, 0)} higher. Committed
            API spend is a contract amount and does not move with the price.
          </p>
          {result.turnNegative.length === 0 ? (
            <p data-testid="spend-rise-none">No use case turns to a negative {npvLabel}.</p>
          ) : (
            <table className="table" data-testid="spend-rise-table">
              <caption>Use cases that turn to a negative {npvLabel}</caption>
              <thead>
                <tr>
                  <th scope="col">Use case</th>
                  <th scope="col">Funded</th>
                  <th scope="col">Model and API bill a month</th>
                  <th scope="col">{npvLabel} today</th>
                  <th scope="col">{npvLabel} after the rise</th>
                </tr>
              </thead>
              <tbody>
                {result.turnNegative.map((r) => (
                  <tr key={r.useCaseId}>
                    <th scope="row">{r.name}</th>
                    <td>{r.funded ? 'Funded' : 'Not funded'}</td>
                    <td>
                      {present.money(r.apiBefore)} → {present.money(r.apiAfter)}
                    </td>
                    <td>{present.money(r.npvBefore)}</td>
                    <td>{present.money(r.npvAfter)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

/** What the use cases' cache-hit shares save on their model and API bills, beside the published case. */
export function CacheSection({ useCases, fundedIds, present }: { useCases: readonly UseCase[]; fundedIds: ReadonlySet<string>; present: Presenter }) {
  const s = useMemo(() => cacheSaving(useCases, fundedIds), [useCases, fundedIds]);
  return (
    <section className="card" aria-labelledby="spend-cache-title">
      <h2 id="spend-cache-title">What caching saves</h2>
      <p data-testid="spend-cache">
        The use cases’ cache-hit shares save {present.money(s.all)} a month on their model and API bills, {present.money(s.funded)} of it in funded use cases.
      </p>
      {s.rows.length > 0 && (
        <table className="table">
          <caption>Model and API bill a month, with and without cache hits</caption>
          <thead>
            <tr>
              <th scope="col">Use case</th>
              <th scope="col">Cache-hit share</th>
              <th scope="col">Without cache hits</th>
              <th scope="col">As planned</th>
              <th scope="col">Saved</th>
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r) => (
              <tr key={r.useCaseId}>
                <th scope="row">{r.name}</th>
                <td>{present.percent(r.cacheHitShare, 0)}</td>
                <td>{present.money(r.billWithoutCache)}</td>
                <td>{present.money(r.bill)}</td>
                <td>{present.money(r.saving)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint">For reference, a published case: {PUBLISHED_CACHE_EXAMPLE_TEXT}. A use case’s cache-hit share is set with its run cost.</p>
    </section>
  );
}
