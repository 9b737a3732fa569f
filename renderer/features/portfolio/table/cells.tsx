import { classificationLabel, READINESS_LABELS, type Classification } from '@shared/domain';
import type { CandidateAnalysis } from '@shared/analysis';
import { COMMITTED_LABEL, fromToday, NOT_ASSESSED, ofPlanTotal, stageLabel, SUNK_LABEL, TO_FUND_LABEL, type Presenter } from '@shared/presentation';
import { ClassificationBadge } from '@renderer/features/useCases/ClassificationBadge';
import { outcomeOf, type EntryOutcome, type PortfolioEntry, type PortfolioRow, type PortfolioTableMeta } from './tableModel';

/** Money in a tight cell: compact ("$75K"), the whole amount on hover; "readiness not assessed" where there is no figure yet. */
export function MoneyCell({ value, present }: { value: number | null; present: Presenter }) {
  if (value === null) return <span className="muted pt-not-assessed">{NOT_ASSESSED}</span>;
  return (
    <span className={value < 0 ? 'pt-negative' : undefined} title={present.money(value)}>
      {present.moneyCompact(value)}
    </span>
  );
}

/**
 * What the budget counts for a candidate (money not yet spent or committed), with the plan's total under it where they
 * differ, and committed and sunk money on hover.
 */
export function InvestmentCell({ row, present }: { row: CandidateAnalysis; present: Presenter }) {
  const { living, totalInvestment } = row.metrics;
  const differs = Math.abs(living.fundingCost - totalInvestment) > 0.5;
  const title = differs
    ? `${TO_FUND_LABEL}: ${present.money(living.fundingCost)}, ${ofPlanTotal(present.money(totalInvestment))}; ${COMMITTED_LABEL.toLowerCase()} ${present.money(living.committed)}; ${SUNK_LABEL.toLowerCase()} ${present.money(living.sunk.total)}`
    : present.money(living.fundingCost);
  return (
    <span title={title}>
      {present.moneyCompact(living.fundingCost)}
      {differs && <span className="pt-sub muted">{ofPlanTotal(present.moneyCompact(totalInvestment))}</span>}
    </span>
  );
}

/** Where the candidate stands ("Idea", "Pilot finished: succeeded", …). */
export function StageCell({ row }: { row: CandidateAnalysis }) {
  const stage = row.metrics.living.stage;
  return <span className={stage === 'idea' ? 'muted' : undefined}>{stageLabel(stage)}</span>;
}

/** A column header for a forward-looking figure: its name, and "from <month>" under it once the plan has started. */
export function ForwardHeader({ label, meta }: { label: string; meta: PortfolioTableMeta }) {
  const from = fromToday(meta.present, meta.today);
  return from ? (
    <>
      {label}
      <span className="pt-sub">{from}</span>
    </>
  ) : (
    <>{label}</>
  );
}

const paybackLabels = new Map<string, string>();

/** Payback as the presenter words it; cached: date formatting is slow next to everything else a row does. */
export function paybackText(month: number | null, present: Presenter): string {
  const key = `${present.format}|${present.planMonth(1)}|${month}`;
  let label = paybackLabels.get(key);
  if (label === undefined) {
    label = month === null || month === 0 ? present.payback(month) : present.planMonth(month);
    paybackLabels.set(key, label);
  }
  return label;
}

export function PaybackCell({ month, present }: { month: number | null; present: Presenter }) {
  const text = paybackText(month, present);
  return month !== null && month > 0 ? <span title={present.payback(month)}>{text}</span> : <span className="muted">{text}</span>;
}

/** Average readiness (1–5) and the chance of production, or "readiness not assessed" (what is open on hover); a blocker badge naming the dimensions scored 1. */
export function ReadinessCell({ row, present }: { row: CandidateAnalysis; present: Presenter }) {
  const { blockers, probability, notAssessed } = row.metrics;
  const average = row.readinessAverage;
  return (
    <span className="pt-readiness">
      {average === null || probability === null ? (
        <span className="muted pt-not-assessed" title={`Not assessed yet: ${notAssessed.map((d) => READINESS_LABELS[d]).join(', ')}`}>
          {NOT_ASSESSED}
        </span>
      ) : (
        <span title={`Average readiness ${present.number(average)} of 5; chance of production ${present.probability(probability)}`}>
          {present.number(average)} · {present.probability(probability)}
        </span>
      )}
      {blockers.length > 0 && (
        <span className="badge badge--blocker" title={`Scored 1: ${blockers.map((d) => READINESS_LABELS[d]).join(', ')}`}>
          Blocker<span className="visually-hidden">: {blockers.map((d) => READINESS_LABELS[d]).join(', ')}</span>
        </span>
      )}
    </span>
  );
}

/** The classification badge; a candidate not classified yet is flagged as such (it counts in neither share). */
export function ClassificationCell({ kind }: { kind: Classification | null }) {
  if (kind !== null) return <ClassificationBadge kind={kind} />;
  return (
    <span className="badge pt-badge--unclassified" title="Not classified yet: counted in neither the automation nor the value-creation share">
      {classificationLabel(null)}
    </span>
  );
}

/** The reason a candidate is not funded, as the funding notes word it (shared/analysis/fundingStory.ts). */
export function statusOf(outcome: EntryOutcome): { status: string; detail: string } {
  const { note } = outcome;
  if (!note) return { status: 'Not funded', detail: 'The funding answer is not in yet.' };
  return { status: note.status, detail: note.detail };
}

/** The status as one line of text: "Funded", or "Not funded: <reason>" (what sorting groups by and what the cell says). */
export function fundingText(outcome: EntryOutcome): string {
  if (outcome.funded) return 'Funded';
  const { status } = statusOf(outcome);
  return status === 'Not funded' ? status : `Not funded: ${status}`;
}

/**
 * Funded, or not funded with its reason inline (the sentence with the figures on hover and in the explanation); for a
 * higher scorer that lost to lower-ranked funded candidates, the trade-off as a second line that opens the explanation.
 */
export function FundedCell({ row, meta }: { row: PortfolioRow; meta: PortfolioTableMeta }) {
  const { forced } = row.original;
  const outcome = outcomeOf(row.original, meta);
  const { funded, note } = outcome;
  const { status, detail } = statusOf(outcome);
  const tradeOff = note?.tradeOff ?? null;
  // A forced-out status already quotes the team's reason; without a funding answer yet, the badge says it.
  const forcedBadge = forced && !(forced.mode === 'out' && !funded && note) && (
    <span className={`badge pt-badge--forced-${forced.mode}`} title={forced.reason || undefined}>
      {forced.mode === 'in' ? 'Forced in' : 'Forced out'}
    </span>
  );
  return (
    <span className={`pt-funding${tradeOff ? ' pt-funding--trade-off' : ''}`}>
      {funded ? (
        <span className="pt-status">
          <span className="badge pt-badge--funded" title={detail}>
            Funded
          </span>
          {forcedBadge}
        </span>
      ) : (
        <span className="pt-status pt-status--out" title={detail}>
          <strong>Not funded</strong>
          {status !== 'Not funded' && <>: {status}</>}
          {forcedBadge}
        </span>
      )}
      {tradeOff && (
        <button
          type="button"
          className="link pt-trade-off"
          title={tradeOff}
          aria-expanded={row.getIsExpanded()}
          aria-controls={row.getIsExpanded() ? meta.explanationId(row.id) : undefined}
          tabIndex={meta.activeId === row.id ? 0 : -1}
          onClick={() => row.toggleExpanded()}
        >
          <span className="visually-hidden">Why it lost: </span>
          {tradeOff}
        </button>
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

/** The candidate's name: a button that opens its use-case page; it wraps to two lines and shows whole on hover and focus. */
export function CandidateCell({ row, meta }: { row: CandidateAnalysis; meta: PortfolioTableMeta }) {
  return (
    <button
      type="button"
      className="link pt-name"
      tabIndex={meta.activeId === row.useCase.id ? 0 : -1}
      title={row.useCase.name}
      onClick={() => meta.onOpen(row.useCase.id)}
    >
      <span className="pt-name__text">{row.useCase.name}</span>
    </button>
  );
}
