import { memo } from 'react';
import type { FundedSummary, MoneyByYear } from '@shared/analysis';
import { forwardLabel, outsideBudgetFigure, planStarted, TO_FUND_LABEL, TO_FUND_SHORT, wholeLifeLabel, type Presenter } from '@shared/presentation';

interface Item {
  label: string;
  /** More on hover. */
  title?: string;
  value: string;
  note?: string;
  tone?: 'positive' | 'negative' | 'warning';
}

/**
 * The board's headline: how many are funded and what they cost (pilots vs last mile), what they are worth, the mix
 * (value creation, automation, not classified), what they cost a year to run once live, and when they pay back. Once
 * the plan has started, the investment is what the budget counts (not yet spent or committed), the expected NPV says
 * from which month it looks forward, and committed and sunk money are shown beside them (docs/living-portfolio.md).
 */
function SummaryHeaderView({
  summary,
  byYear,
  candidateCount,
  present,
  busy,
}: {
  summary: FundedSummary | null;
  byYear: MoneyByYear | null;
  candidateCount: number;
  present: Presenter;
  busy: boolean;
}) {
  if (!summary || !byYear) return <p role="status">Working out the best funded set…</p>;
  const nothing = summary.fundedCount === 0;
  const today = summary.today;
  const started = planStarted(today);
  const items: Item[] = [
    { label: 'Funded', value: `${summary.fundedCount} of ${candidateCount}`, note: candidateCount === 1 ? 'candidate' : 'candidates' },
    {
      label: started ? TO_FUND_SHORT : 'Investment',
      value: present.money(summary.totalInvestment),
      note: `${present.moneyCompact(summary.pilotInvestment)} pilots · ${present.moneyCompact(summary.lastMileInvestment)} last mile`,
      ...(started ? { title: TO_FUND_LABEL } : {}),
    },
    { label: forwardLabel('Expected NPV', present, today), value: present.money(summary.expectedNpv), tone: summary.expectedNpv >= 0 ? 'positive' : 'negative' },
    { label: 'Run cost once live', value: `${present.money(byYear.annualRunCost)} a year`, note: `${present.money(byYear.monthlyRunCost)} a month` },
    { label: 'Value creation', value: present.percent(summary.valueCreationShare, 0), note: 'of the investment' },
    { label: 'Automation', value: present.percent(summary.automationShare, 0), note: 'of the investment' },
    {
      label: 'Not classified',
      value: present.percent(summary.unclassifiedShare, 0),
      note: summary.unclassifiedCount > 0 ? `${summary.unclassifiedCount} candidate${summary.unclassifiedCount === 1 ? '' : 's'} to classify` : 'of the investment',
      ...(summary.unclassifiedShare > 0 ? { tone: 'warning' as const } : {}),
    },
    { label: started ? wholeLifeLabel('Payback') : 'Payback', value: nothing ? 'nothing funded' : present.payback(summary.cash.paybackMonth) },
  ];
  // Once the plan has started: the money outside the budget, committed and spent, beside it.
  const outside = outsideBudgetFigure(summary, present, today);
  if (outside) items.push(outside);
  return (
    <dl className="metrics portfolio-metrics" aria-label="Funded portfolio summary" aria-busy={busy}>
      {items.map((i) => (
        <div key={i.label} className={`metric${i.tone ? ` metric--${i.tone}` : ''}`} title={i.title}>
          <dt>{i.label}</dt>
          <dd>
            {i.value}
            {i.note && <span className="metric__note">{i.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Re-rendered only when its own inputs change (a weight-slider step leaves them as they are). */
export const SummaryHeader = memo(SummaryHeaderView);
