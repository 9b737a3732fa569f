import { calendarLabel, formatMoney, formatPercent } from '@renderer/format';
import type { FundedSummary } from '@shared/analysis';

/** The board's headline: what the funded set costs (pilot vs last mile), what it is worth, when it pays back. */
export function SummaryHeader({ summary, currency, planningStartMonth, busy }: { summary: FundedSummary | null; currency: string; planningStartMonth: string; busy: boolean }) {
  if (!summary) return <p role="status">Working out the best funded set…</p>;
  const payback = summary.cash.paybackMonth;
  const items: { label: string; value: string; tone?: 'positive' | 'negative' }[] = [
    { label: 'Funded candidates', value: String(summary.fundedCount) },
    { label: 'Total investment', value: formatMoney(summary.totalInvestment, currency) },
    { label: 'of which pilots', value: formatMoney(summary.pilotInvestment, currency) },
    { label: 'of which last mile', value: formatMoney(summary.lastMileInvestment, currency) },
    { label: 'Expected NPV', value: formatMoney(summary.expectedNpv, currency), tone: summary.expectedNpv >= 0 ? 'positive' : 'negative' },
    {
      label: 'Payback of the funded set',
      value:
        summary.fundedCount === 0
          ? 'nothing funded'
          : payback === null
            ? 'beyond horizon'
            : payback === 0
              ? 'no outlay'
              : `${calendarLabel(planningStartMonth, payback)} (month ${payback})`,
    },
    { label: 'Value-creation share', value: formatPercent(summary.valueCreationShare, 0) },
    { label: 'Candidates with blockers', value: String(summary.blockerCount), ...(summary.blockerCount > 0 ? { tone: 'negative' as const } : {}) },
  ];
  return (
    <dl className="metrics" aria-label="Funded portfolio summary" aria-busy={busy}>
      {items.map((i) => (
        <div key={i.label} className={`metric${i.tone ? ` metric--${i.tone}` : ''}`}>
          <dt>{i.label}</dt>
          <dd>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
