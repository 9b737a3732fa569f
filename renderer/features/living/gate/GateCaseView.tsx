import type { ReactNode } from 'react';
import { LAST_MILE_CATEGORIES, LAST_MILE_CATEGORY_LABELS } from '@shared/domain';
import type { GateCase } from '@shared/analysis/gateCase';
import type { Presenter } from '@shared/presentation';

function Figure({ label, value, detail }: { label: string; value: string; detail?: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <strong>{value}</strong>
        {detail && <span className="living-gate__detail"> {detail}</span>}
      </dd>
    </>
  );
}

/** Where the chance of reaching production comes from, in plain words. */
function probabilitySource(c: GateCase, present: Presenter): string {
  if (c.needsEvidence) return 'None yet: readiness was not re-assessed with what the pilot showed, and the estimate made before the pilot no longer counts.';
  if (c.probabilitySource === 'pilot-evidence')
    return `From the readiness re-assessed with what the pilot showed${c.evidenceMonth ? ` (${present.calendarMonth(c.evidenceMonth)})` : ''}, through this workspace's readiness → probability mapping. The estimate made before the pilot no longer counts.`;
  if (c.probabilitySource === 'in-production') return 'In production: certain.';
  if (c.probabilitySource === 'ended') return 'Stopped or failed: none.';
  return 'From the readiness assessment, through this workspace’s readiness → probability mapping.';
}

/** The case a CFO asks for before funding the last mile: what is left to spend and when, what it earns, from today on. */
export function GateCaseView({ gate: c, present, horizonMonths }: { gate: GateCase; present: Presenter; horizonMonths: number }) {
  const { money } = present;
  const goLive = c.goLiveMonth <= horizonMonths ? present.planMonth(c.goLiveMonth) : 'beyond the planning horizon';
  return (
    <div className="living-gate__case">
      <section className="card" aria-labelledby="gate-remaining">
        <h2 id="gate-remaining">What the last mile still costs</h2>
        <table className="table living-gate__costs">
          <caption className="visually-hidden">Remaining last-mile cost by category, from today</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col" className="num">
                Still to spend
              </th>
            </tr>
          </thead>
          <tbody>
            {LAST_MILE_CATEGORIES.map((cat) => (
              <tr key={cat}>
                <th scope="row">{LAST_MILE_CATEGORY_LABELS[cat]}</th>
                <td className="num">{money(c.remaining.byCategory[cat])}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Last mile in all</th>
              <td className="num">{money(c.remaining.total)}</td>
            </tr>
          </tfoot>
        </table>
        <p>
          <strong>Time:</strong>{' '}
          {c.remainingMonths === 1 ? '1 month' : `${c.remainingMonths} months`} of last-mile work from today; go-live planned for {goLive}.
        </p>
        {c.lastMilePlannedBeforeToday && (
          <p className="callout callout--warning">
            The plan has the last mile starting in {present.planMonth(c.lastMileStartMonth)}, before today, so its months before today count as already spent.
            Move the plan (start month or pilot duration) on the use case page for the remaining cost to count all of it.
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="gate-run">
        <h2 id="gate-run">Once it is live</h2>
        <dl className="living-gate__figures">
          <Figure label="Run cost per month" value={money(c.monthlyRunCost)} />
          <Figure
            label="Benefit per month at full adoption"
            value={money(c.monthlyBenefitAtFull)}
            detail={c.rampUpMonths > 0 ? `(reached ${c.rampUpMonths} ${c.rampUpMonths === 1 ? 'month' : 'months'} after go-live)` : '(from go-live)'}
          />
          <Figure label="Net per month at full adoption" value={money(c.monthlyBenefitAtFull - c.monthlyRunCost)} detail="(benefit − run cost)" />
        </dl>
      </section>

      <section className="card" aria-labelledby="gate-worth">
        <h2 id="gate-worth">Is it worth it from here?</h2>
        <table className="table living-gate__compare">
          <caption className="visually-hidden">Figures from today beside the whole-life figures</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="num">
                From today (what this decision uses)
              </th>
              <th scope="col" className="num">
                Whole life, for reference
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">NPV</th>
              <td className="num">{money(c.forward.npv)}</td>
              <td className="num">{money(c.wholeLife.npv)}</td>
            </tr>
            <tr>
              <th scope="row">Expected NPV</th>
              <td className="num">{c.forward.expectedNpv === null ? 'no probability yet' : money(c.forward.expectedNpv)}</td>
              <td className="num">not risked</td>
            </tr>
            <tr>
              <th scope="row">Payback</th>
              <td className="num">{present.payback(c.forward.paybackMonth)}</td>
              <td className="num">{present.payback(c.wholeLife.paybackMonth)}</td>
            </tr>
            <tr>
              <th scope="row">ROI</th>
              <td className="num">{present.roi(c.forward.roi)}</td>
              <td className="num">{present.roi(c.wholeLife.roi)}</td>
            </tr>
          </tbody>
        </table>
        <p className="muted">
          From today: the cash flows from this month to the end of the planning horizon. Whole life: from the planning start, what was spent included.
        </p>
        <p>
          <strong>Already spent (sunk): {money(c.sunk)}.</strong> Shown for the record; it is not a reason to go on or to stop, and no figure from today counts it.
        </p>
      </section>

      <section className="card" aria-labelledby="gate-chance">
        <h2 id="gate-chance">Chance of reaching production</h2>
        <p className="living-gate__probability">
          <strong>{c.probability === null ? 'Not known yet' : present.probability(c.probability)}</strong>
        </p>
        <p>{probabilitySource(c, present)}</p>
      </section>

      <section className="card" aria-labelledby="gate-risks">
        <h2 id="gate-risks">Risks still open</h2>
        {c.openRisks.length === 0 ? (
          <p>None: no readiness dimension is scored 1 or 2.</p>
        ) : (
          <ul className="living-gate__risks">
            {c.openRisks.map((r) => (
              <li key={r.dimension}>
                <strong>
                  {r.label} scored {r.score}
                  {r.score === 1 ? ' (a blocker)' : ''}
                </strong>
                {r.note ? `: ${r.note}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
