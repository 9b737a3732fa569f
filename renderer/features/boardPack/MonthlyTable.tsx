import type { UseCase, Workspace } from '@shared/domain';
import { benefitBreakdown, runCostBreakdown } from '@shared/finance';
import type { Presenter } from '@shared/presentation';

/** A month at full adoption: the benefit by kind, the run cost by kind, and what is left (benefit − run cost). */
export function MonthlyTable({ useCase: uc, workspace, present: p }: { useCase: UseCase; workspace: Workspace; present: Presenter }) {
  const benefit = benefitBreakdown(uc.benefits, workspace.labourRate);
  const run = runCostBreakdown(uc.runCost);
  const ramp = uc.benefits.rampUpMonths;
  const rows: { key: string; label: string; value: number; group?: boolean }[] = [
    { key: 'benefit', label: 'Benefit', value: benefit.total, group: true },
    { key: 'hours', label: `Hours saved (${p.number(uc.benefits.hoursSavedPerMonth)} h × ${p.money(workspace.labourRate)})`, value: benefit.hours },
    { key: 'avoided', label: 'Cost avoided', value: benefit.costAvoided },
    { key: 'revenue', label: 'New revenue', value: benefit.newRevenue },
    { key: 'run', label: 'Run cost', value: -run.total, group: true },
    { key: 'api', label: 'Model / API', value: -run.modelApi },
    { key: 'seats', label: `Seats (${p.number(uc.runCost.seats.count)} × ${p.money(uc.runCost.seats.pricePerMonth)})`, value: -run.seats },
    { key: 'infra', label: 'Infrastructure', value: -run.infrastructure },
    { key: 'support', label: 'Support & maintenance', value: -run.support },
  ];
  return (
    <>
      <table className="bp-table bp-table--monthly">
        <caption>Per month at full adoption</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.group ? 'bp-row--group' : 'bp-row--detail'}>
              <th scope="row">{r.label}</th>
              <td className="num">{p.money(r.value)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Net per month</th>
            <td className="num">{p.money(benefit.total - run.total)}</td>
          </tr>
        </tfoot>
      </table>
      {ramp > 0 ? (
        <p className="bp-small">
          Benefit climbs to the full amount over {ramp} {ramp === 1 ? 'month' : 'months'} after go-live.
        </p>
      ) : null}
    </>
  );
}
