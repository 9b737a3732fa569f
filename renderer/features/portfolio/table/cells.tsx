import { READINESS_LABELS } from '@shared/domain';
import type { CandidateAnalysis } from '@shared/analysis';
import { calendarLabel, formatMoney } from '@renderer/format';
import { exclusionLabel, type PortfolioEntry, type PortfolioTableMeta } from './tableModel';

/** Money in a tight cell: compact ("$75K"), the whole amount on hover. */
export function MoneyCell({ value, currency }: { value: number; currency: string }) {
  return (
    <span className={value < 0 ? 'pt-negative' : undefined} title={formatMoney(value, currency)}>
      {formatMoney(value, currency, true)}
    </span>
  );
}

const calendarLabels = new Map<string, string>();

/** Payback month as a calendar month; "beyond horizon" when it never pays back, "no outlay" when nothing is at risk. */
export function paybackText(month: number | null, planningStartMonth: string): string {
  if (month === null) return 'beyond horizon';
  if (month === 0) return 'no outlay';
  // Date formatting is slow next to everything else a row does, and only a few hundred labels ever occur.
  const key = `${planningStartMonth}|${month}`;
  let label = calendarLabels.get(key);
  if (label === undefined) {
    label = calendarLabel(planningStartMonth, month);
    calendarLabels.set(key, label);
  }
  return label;
}

export function PaybackCell({ month, planningStartMonth }: { month: number | null; planningStartMonth: string }) {
  const text = paybackText(month, planningStartMonth);
  return month !== null && month > 0 ? <span title={`Plan month ${month}`}>{text}</span> : <span className="muted">{text}</span>;
}

/** Average readiness (1–5) and the chance of production; a blocker badge naming the dimensions scored 1. */
export function ReadinessCell({ row }: { row: CandidateAnalysis }) {
  const blockers = row.metrics.blockers;
  return (
    <span className="pt-readiness">
      <span>
        {row.readinessAverage.toFixed(1)} · {Math.round(row.metrics.probability * 100)}%
      </span>
      {blockers.length > 0 && (
        <span className="badge badge--blocker" title={`Scored 1: ${blockers.map((d) => READINESS_LABELS[d]).join(', ')}`}>
          Blocker<span className="visually-hidden">: {blockers.map((d) => READINESS_LABELS[d]).join(', ')}</span>
        </span>
      )}
    </span>
  );
}

/**
 * The short reason a candidate is left out. Candidates of a parked problem are forced out by the funding rules,
 * not by the team, so they read "problem parked" (their force control still says Auto).
 */
export function leftOutLabel(entry: PortfolioEntry): string {
  const { exclusion } = entry;
  // No reason given: the funding result is not in yet, or no set meets the rules.
  if (!exclusion) return 'Not funded';
  if (exclusion.reason === 'forced-out' && !entry.forced && entry.candidate.problem?.status === 'parked') return 'Left out: problem parked';
  return `Left out: ${exclusionLabel(exclusion.reason)}`;
}

/** Funded, or left out with the short reason (the full sentence on hover and in the explanation); forced choices marked. */
export function FundedCell({ entry }: { entry: PortfolioEntry }) {
  const { forced, exclusion } = entry;
  return (
    <span className="pt-funded">
      {entry.funded ? (
        <span className="badge pt-badge--funded">Funded</span>
      ) : (
        <span className="pt-left-out" title={exclusion?.detail}>
          {leftOutLabel(entry)}
        </span>
      )}
      {forced && exclusion?.reason !== 'forced-out' && (
        <span className={`badge pt-badge--forced-${forced.mode}`} title={forced.reason || undefined}>
          {forced.mode === 'in' ? 'Forced in' : 'Forced out'}
        </span>
      )}
    </span>
  );
}

/** The force control: shows the current choice and opens the dialog that changes it (with a reason). */
export function ForceButton({ entry, meta }: { entry: PortfolioEntry; meta: PortfolioTableMeta }) {
  const { forced, candidate } = entry;
  const label = forced ? (forced.mode === 'in' ? 'In' : 'Out') : 'Auto';
  return (
    <button
      type="button"
      className="button button--small pt-force"
      tabIndex={meta.activeId === candidate.useCase.id ? 0 : -1}
      onClick={() => meta.onEditForce(entry)}
    >
      {label}
      <span className="visually-hidden"> — change the funding choice for {candidate.useCase.name}</span>
    </button>
  );
}

/** The candidate's name: a button that opens its use-case page. */
export function CandidateCell({ row, meta }: { row: CandidateAnalysis; meta: PortfolioTableMeta }) {
  return (
    <button
      type="button"
      className="link pt-name"
      tabIndex={meta.activeId === row.useCase.id ? 0 : -1}
      title={row.useCase.name}
      onClick={() => meta.onOpen(row.useCase.id)}
    >
      {row.useCase.name}
    </button>
  );
}
