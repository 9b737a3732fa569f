import { calendarLabel, formatPercent } from '@renderer/format';
import type { Workspace } from '@shared/domain';
import { monthlyRate } from '@shared/finance';
import { money } from './packFormat';

/** The money conventions in words, with this workspace's figures filled in. */
export function MethodText({ workspace }: { workspace: Workspace }) {
  const currency = workspace.currency;
  const h = workspace.horizonMonths;
  const rate = monthlyRate(workspace.discountRate);
  return (
    <div className="bp-method">
      <h3>How the figures are calculated</h3>
      <dl className="bp-method__list">
        <dt>Monthly periods</dt>
        <dd>
          The plan runs in months: month 1 is {calendarLabel(workspace.planningStartMonth, 1)}, and the horizon is {h} months (to{' '}
          {calendarLabel(workspace.planningStartMonth, h)}). Flows after the horizon are not counted. A use case starting in month s spends its pilot evenly over
          its P pilot months, then its last mile evenly over the next L months; it goes live in month s + P + L. From go-live it pays its run cost every month,
          and its benefit climbs in equal steps to the full amount over its ramp-up months.
        </dd>
        <dt>End-of-month flows and the discount rate</dt>
        <dd>
          Every cash flow falls at the end of its month. The annual discount rate of {formatPercent(workspace.discountRate)} becomes a monthly rate of{' '}
          {formatPercent(rate, 3)}: (1 + annual rate) to the power 1/12, minus 1, so that twelve months of discounting equal one year.
        </dd>
        <dt>Net present value (NPV)</dt>
        <dd>
          The sum of each month's net cash (benefit − pilot − last mile − run cost) divided by (1 + monthly rate) to the power of its month number, months 1 to{' '}
          {h}. This is what a spreadsheet's NPV(rate; month 1 … month {h}) returns: the first month is already discounted once.
        </dd>
        <dt>Internal rate of return (IRR)</dt>
        <dd>
          The monthly rate at which the NPV is exactly zero, expressed per year as (1 + monthly IRR)¹² − 1. When the cash never changes sign, or no such rate
          exists, the IRR is shown as “not defined”, never as a number.
        </dd>
        <dt>Payback</dt>
        <dd>
          The first month in which the cumulative net cash is back at zero or above after having been negative; “beyond horizon” when that does not happen
          within the {h} months.
        </dd>
        <dt>Return on investment (ROI)</dt>
        <dd>Over the horizon, undiscounted: (benefits − costs) ÷ costs, where costs are the pilot, the last mile and the run costs.</dd>
        <dt>Stage gate and expected NPV</dt>
        <dd>
          The pilot is always spent. The last mile, run costs and benefits happen only if the use case reaches production, with a probability p taken from its
          readiness (table opposite). Expected NPV = NPV of the pilot + p × NPV of everything after it. Any readiness dimension scored 1 is a blocker: it caps
          p and keeps the candidate out of the funded set unless the team forces it in.
        </dd>
        <dt>Costs and benefits per month</dt>
        <dd>
          Run cost = model/API usage (requests × tokens per request ÷ 1,000 × price per 1,000 tokens × (1 − cache-hit share)) + seats × seat price +
          infrastructure + support. Benefit = hours saved × the labour rate of {money(workspace.labourRate, currency)} an hour + cost avoided + new revenue.
        </dd>
        <dt>The funded set</dt>
        <dd>
          The set that maximises the plan's objective within the budget (and any yearly caps), with at most one candidate per problem (a problem's benefit is
          counted once), the minimum value-creation share and the candidates forced in or out. It is found by an exact search, not picked greedily.
        </dd>
      </dl>
    </div>
  );
}
