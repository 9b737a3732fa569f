import { memo, useEffect, useMemo, useState } from 'react';
import { SelectField } from '@renderer/components/inputs';
import { fundingCostAt, fundingProblem, type CandidateCase } from '@shared/analysis';
import type { FieldError } from '@shared/domain';
import { COST_BASES, COST_BASIS_LABELS, type CostBasis, type FundingResult, type PortfolioPlan } from '@shared/portfolio';
import type { Presenter } from '@shared/presentation';
import { requestFunding } from './fundingService';

const SHORT: Record<CostBasis, string> = { likely: 'the likely cost', p90: 'the P90 cost' };

function names(ids: readonly string[], rows: readonly CandidateCase[]): string {
  const byId = new Map(rows.map((r) => [r.useCase.id, r.useCase.name]));
  const list = ids.map((id) => byId.get(id) ?? 'a candidate');
  return list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')} and ${list.length - 3} more`;
}

/**
 * "Fund against: likely cost / P90 cost" (docs/scenarios.md, "Funding against the P90 cost"): saved in the plan like
 * its other rules (revision-checked, undoable). Beside it, how the funded set changes against the other basis: worked
 * out at once when funding against the P90 cost, and on request otherwise (it draws every candidate's cost ranges).
 */
function CostBasisControlView({
  plan,
  rows,
  funding,
  present,
  onSave,
}: {
  plan: PortfolioPlan;
  /** The business cases the funding problem is built from (scored when the plan maximises the score). */
  rows: readonly CandidateCase[];
  funding: FundingResult | null;
  present: Presenter;
  onSave: (change: (plan: PortfolioPlan) => PortfolioPlan, label: string) => Promise<FieldError[]>;
}) {
  const basis = plan.costBasis;
  const other: CostBasis = basis === 'p90' ? 'likely' : 'p90';
  const [asked, setAsked] = useState(false);
  useEffect(() => setAsked(false), [basis]);
  const wanted = basis === 'p90' || asked;
  const problem = useMemo(() => (wanted ? fundingProblem(rows, { ...plan, costBasis: other }) : null), [wanted, rows, plan, other]);
  const [otherFunding, setOtherFunding] = useState<{ for: unknown; funding: FundingResult } | null>(null);
  useEffect(() => {
    if (!problem) return;
    let live = true;
    requestFunding(problem.candidates, problem.constraints).then(
      (f) => live && setOtherFunding({ for: problem, funding: f }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [problem]);
  const [error, setError] = useState<string | null>(null);

  const funded = funding?.selectedIds ?? [];
  const p90Total = useMemo(() => {
    if (basis !== 'p90') return null;
    const ids = new Set(funded);
    return rows.reduce((s, r) => (ids.has(r.useCase.id) ? s + fundingCostAt(r, 'p90').cost : s), 0);
  }, [basis, funded, rows]);
  const likelyTotal = useMemo(() => {
    const ids = new Set(funded);
    return rows.reduce((s, r) => (ids.has(r.useCase.id) ? s + r.metrics.living.fundingCost : s), 0);
  }, [funded, rows]);

  let change: string | null = null;
  if (funding && otherFunding && otherFunding.for === problem) {
    const here = new Set(funding.selectedIds);
    const there = new Set(otherFunding.funding.selectedIds);
    const out = [...here].filter((id) => !there.has(id));
    const inn = [...there].filter((id) => !here.has(id));
    change =
      out.length + inn.length === 0
        ? `Against ${SHORT[other]} the same candidates are funded.`
        : [
            `Against ${SHORT[other]}:`,
            inn.length > 0 ? `${names(inn, rows)} would come in` : null,
            inn.length > 0 && out.length > 0 ? 'and' : null,
            out.length > 0 ? `${names(out, rows)} would drop out` : null,
          ]
            .filter(Boolean)
            .join(' ') + '.';
  }

  return (
    <section className="card cost-basis" aria-labelledby="cost-basis-title">
      <h2 id="cost-basis-title">Risk in the funding choice</h2>
      <SelectField<CostBasis>
        label="Fund against"
        value={basis}
        options={COST_BASES.map((b) => ({ value: b, label: COST_BASIS_LABELS[b] }))}
        hint="P90: each candidate counts the cost it stays under in 9 of 10 outcomes of its ranges, so the budget and the caps hold with 90% confidence"
        error={error ?? undefined}
        onChange={(v) =>
          void onSave((p) => ({ ...p, costBasis: v }), v === 'p90' ? 'Fund against the P90 cost' : 'Fund against the likely cost').then((errors) => setError(errors[0]?.message ?? null))
        }
      />
      {p90Total !== null && funding && (
        <p>
          The funded set counts {present.money(p90Total)} at its P90 cost against the budget ({present.money(likelyTotal)} at the likely cost).
        </p>
      )}
      {wanted ? (
        <p role="status">{change ?? `Working out the funded set against ${SHORT[other]}…`}</p>
      ) : (
        <button type="button" className="button button--small" onClick={() => setAsked(true)}>
          What changes against the P90 cost?
        </button>
      )}
    </section>
  );
}

/** Re-rendered only when its own inputs change. */
export const CostBasisControl = memo(CostBasisControlView);
