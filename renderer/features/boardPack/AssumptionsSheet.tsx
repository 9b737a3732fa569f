import { LAST_MILE_CATEGORIES, LAST_MILE_CATEGORY_LABELS, type ReadinessMapping } from '@shared/domain';
import { monthlyRate } from '@shared/finance';
import { exportToday } from '@shared/presentation';
import { exportRoomVote } from '@shared/export/exportModel';
import { FUNDING_OBJECTIVE_LABELS, SCORE_CRITERIA, SCORE_CRITERION_LABELS, SCORE_SCALE_DESCRIPTIONS } from '@shared/portfolio';
import { ReadinessMappingTable as SharedMappingTable } from '@renderer/components/ReadinessMappingTable';
import type { BoardPackModel } from './boardPackModel';
import { MethodText } from './MethodText';
import { NotFundedTable } from './NotFundedTable';
import { KeyValueTable, Sheet } from './Sheet';

/** The workspace's readiness → probability mapping: p at each average readiness, and the cap when a dimension is a blocker. */
function ReadinessMappingTable({ mapping }: { mapping: ReadinessMapping }) {
  return (
    <div>
      <SharedMappingTable mapping={mapping} caption="Readiness → probability of reaching production" className="bp-table bp-table--mapping" />
      <p className="bp-small">
        Between two averages p follows a straight line. “Any 1”: a dimension scored 1 is a blocker and caps p, whatever the average.
      </p>
    </div>
  );
}

/** Assumptions & method: the money conventions in words, the workspace's settings and its readiness → probability mapping. */
export function AssumptionsSheet({ model }: { model: BoardPackModel }) {
  const { workspace, present: p } = model;
  const currency = workspace.currency;
  const d = workspace.defaults;
  return (
    <Sheet title="Assumptions & method" eyebrow="6 · How to read the figures" className="bp-assumptions">
      <MethodText workspace={workspace} today={exportToday(model)} costBasis={model.plan.costBasis} roomVote={exportRoomVote(model)} />
      <div className="bp-assumptions__tables">
        <KeyValueTable
          caption="Workspace settings"
          rows={[
            { key: 'currency', label: 'Currency', value: currency },
            { key: 'start', label: 'Plan month 1', value: p.planMonth(1) },
            { key: 'horizon', label: 'Horizon', value: `${workspace.horizonMonths} months` },
            { key: 'rate', label: 'Discount rate (annual)', value: p.percent(workspace.discountRate) },
            { key: 'monthly', label: 'Discount rate (monthly)', value: p.percent(monthlyRate(workspace.discountRate), 3) },
            { key: 'labour', label: 'Labour rate per hour', value: p.money(workspace.labourRate) },
          ]}
        />
        <KeyValueTable
          caption="Defaults for quick estimates"
          rows={[
            { key: 'multiplier', label: 'Last-mile multiplier', value: `${p.number(d.lastMileMultiplier, 2)}× the pilot` },
            { key: 'pilot', label: 'Pilot duration', value: `${d.pilotMonths} months` },
            { key: 'lastMile', label: 'Last-mile duration', value: `${d.lastMileMonths} months` },
            { key: 'ramp', label: 'Ramp-up to full benefit', value: `${d.rampUpMonths} months` },
            { key: 'compliance', label: 'Compliance cost per regime', value: p.money(d.complianceCostPerRegime) },
          ]}
        />
        <ReadinessMappingTable mapping={workspace.readinessMapping} />
      </div>
    </Sheet>
  );
}

/**
 * The plan behind the funded set: the last-mile split used by estimates, the funding rules (with forced choices and
 * reasons), the score weights, and why each candidate left out is left out.
 */
export function PlanRulesSheet({ model }: { model: BoardPackModel }) {
  const { workspace, plan, rows, present: p } = model;
  const names = new Map(rows.map((r) => [r.useCase.id, r.useCase.name]));
  const caps = plan.yearCaps.map((c, i) => (c === null ? null : `${p.planYear(i + 1)}: ${p.money(c)}`)).filter((c): c is string => c !== null);
  const weightSum = SCORE_CRITERIA.reduce((s, c) => s + plan.weights[c], 0);
  return (
    <Sheet title="Plan rules and score" eyebrow="6 · How to read the figures" className="bp-assumptions">
      <div className="bp-assumptions__tables bp-assumptions__tables--rules">
        <KeyValueTable
          caption="Last-mile estimate: share of each category"
          rows={LAST_MILE_CATEGORIES.map((c) => ({ key: c, label: LAST_MILE_CATEGORY_LABELS[c], value: p.percent(workspace.defaults.lastMileShares[c], 0) }))}
        />
        <KeyValueTable
          caption="Funding rules"
          rows={[
            { key: 'budget', label: 'Budget (pilot + last mile)', value: p.money(plan.budget) },
            { key: 'caps', label: 'Yearly caps', value: caps.length > 0 ? caps.join('; ') : 'none' },
            { key: 'objective', label: 'Objective', value: FUNDING_OBJECTIVE_LABELS[plan.objective] },
            { key: 'share', label: 'Minimum value-creation share', value: plan.minValueCreationShare > 0 ? p.percent(plan.minValueCreationShare, 0) : 'none' },
            ...Object.entries(plan.forced).map(([id, f]) => ({
              key: `forced-${id}`,
              label: `Forced ${f.mode}: ${names.get(id) ?? 'a removed candidate'}`,
              value: f.reason.trim() || 'no reason given',
            })),
          ]}
        />
        <table className="bp-table bp-table--weights">
          <caption>Score: weighted average of 0–100 points</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col" className="num">
                Weight
              </th>
              <th scope="col">Points</th>
            </tr>
          </thead>
          <tbody>
            {SCORE_CRITERIA.filter((c) => c !== 'roomVote' || plan.weights.roomVote > 0).map((c) => (
              <tr key={c}>
                <th scope="row">{SCORE_CRITERION_LABELS[c]}</th>
                <td className="num">{p.percent(weightSum > 0 ? plan.weights[c] / weightSum : 0, 0)}</td>
                <td className="bp-note">{SCORE_SCALE_DESCRIPTIONS[c]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NotFundedTable rows={rows} />
    </Sheet>
  );
}
