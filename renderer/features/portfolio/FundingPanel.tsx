import { memo } from 'react';
import { SelectField } from '@renderer/components/inputs';
import type { MoneyByYear } from '@shared/analysis';
import type { FieldError } from '@shared/domain';
import type { Presenter } from '@shared/presentation';
import { FUNDING_OBJECTIVE_LABELS, FUNDING_OBJECTIVES, fundingMessage, provenGap, type FundingResult, type PortfolioPlan } from '@shared/portfolio';
import { PlanNumberInput } from './PlanNumberInput';
import { useSearchProgress } from './useFunding';

/**
 * While a search runs longer than a moment: how long so far, how close the best set found so far is to the best
 * possible (once the quick search has reported it), and a button that stops the search and keeps that set as the
 * answer every screen and export shows.
 */
function SearchProgressLine({ present }: { present: Presenter }) {
  const { progress, stop } = useSearchProgress();
  if (!progress) return null;
  const seconds = present.number(Math.floor(progress.elapsedMs / 100) / 10, 1);
  const best = progress.best;
  const gap = best ? provenGap(best.totalValue, best.bound) : null;
  const found = best === null ? '' : gap === null ? ' A set within the rules is already found.' : ` A set within ${present.percent(Math.max(gap, 0.001))} of the best possible is already found.`;
  return (
    <p className="funding-progress">
      <span>
        Still searching after {seconds} s.{found}
      </span>{' '}
      <button type="button" className="button" onClick={stop}>
        Stop searching
      </button>
    </p>
  );
}

/** What the funded set spends in a plan year against the cap being set, so a cap is never set blind. */
function capHint(byYear: MoneyByYear | null, year: number, present: Presenter): string {
  const y = byYear?.years[year - 1];
  if (!y) return `${present.planYear(year)}: empty = no cap`;
  const spend = `${present.planYear(year)}: the funded set spends ${present.money(y.investment)}`;
  if (y.headroom === null) return `${spend}; empty = no cap`;
  return y.headroom < 0 ? `${spend}, ${present.headroom(y.headroom)}` : `${spend}; headroom ${present.headroom(y.headroom)}`;
}

/** The rules of the funding choice and the answer's status: budget, objective, value-creation minimum, yearly caps. */
function FundingPanelView({
  plan,
  planYears,
  present,
  funding,
  byYear,
  busy,
  error,
  onSave,
}: {
  plan: PortfolioPlan;
  planYears: number;
  present: Presenter;
  funding: FundingResult | null;
  byYear: MoneyByYear | null;
  busy: boolean;
  error: string | null;
  onSave: (change: (plan: PortfolioPlan) => PortfolioPlan, label: string) => Promise<FieldError[]>;
}) {
  const apply = async (change: (plan: PortfolioPlan) => PortfolioPlan, label: string) => {
    const errors = await onSave(change, label);
    return errors.length ? (errors[0]?.message ?? 'Not a valid value') : null;
  };
  const caps = Array.from({ length: planYears }, (_, i) => plan.yearCaps[i] ?? null);
  const left = funding ? plan.budget - funding.totalInvestment : null;
  return (
    <section className="card funding-panel" aria-labelledby="funding-title">
      <h2 id="funding-title">Funding rules</h2>
      <p className={`funding-status funding-status--${funding?.status ?? 'pending'}`} role="status" aria-live="polite">
        {error ? `The funding calculation failed: ${error}` : busy || !funding ? 'Searching for the best funded set…' : fundingMessage(funding, present)}
      </p>
      {busy && !error ? <SearchProgressLine present={present} /> : null}
      <div className="funding-panel__fields">
        <PlanNumberInput
          label="Budget (total investment)"
          prefix={present.currency}
          value={plan.budget}
          hint={left === null ? 'Pilot + last mile of the funded candidates' : `Pilot + last mile of the funded candidates; ${present.money(Math.max(0, left))} left`}
          onCommit={(v) => apply((p) => ({ ...p, budget: v ?? 0 }), 'Change budget')}
        />
        <SelectField
          label="Maximise"
          value={plan.objective}
          options={FUNDING_OBJECTIVES.map((o) => ({ value: o, label: FUNDING_OBJECTIVE_LABELS[o] }))}
          onChange={(v) => void apply((p) => ({ ...p, objective: v }), 'Change objective')}
        />
        <PlanNumberInput
          label="Minimum value-creation share"
          suffix="%"
          scale={100}
          value={plan.minValueCreationShare}
          hint="Of the funded investment; 0 = no minimum"
          onCommit={(v) => apply((p) => ({ ...p, minValueCreationShare: v ?? 0 }), 'Change value-creation minimum')}
        />
      </div>
      <fieldset className="year-caps">
        <legend>Caps per plan year ({caps.filter((c) => c !== null).length} set)</legend>
        {caps.map((cap, i) => (
          <PlanNumberInput
            key={i}
            label={`Year ${i + 1} cap`}
            prefix={present.currency}
            value={cap}
            allowEmpty
            hint={capHint(byYear, i + 1, present)}
            onCommit={(v) =>
              apply((p) => {
                const next = Array.from({ length: Math.max(planYears, p.yearCaps.length) }, (_, y) => p.yearCaps[y] ?? null);
                next[i] = v;
                while (next.length > 0 && next.at(-1) === null) next.pop();
                return { ...p, yearCaps: next };
              }, `Change year ${i + 1} cap`)
            }
          />
        ))}
      </fieldset>
    </section>
  );
}

/** Re-rendered only when its own inputs change (a weight-slider step leaves them as they are). */
export const FundingPanel = memo(FundingPanelView);
