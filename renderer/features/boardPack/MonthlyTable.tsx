import type { UseCase, Workspace } from '@shared/domain';
import { benefitBreakdown, runCostBreakdown } from '@shared/finance';
import { money } from './packFormat';

const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A month at full adoption: the benefit by kind, the run cost by kind, and what is left (benefit − run cost). */
export function MonthlyTable({ useCase: uc, workspace }: { useCase: UseCase; workspace: Workspace }) {
  const currency = workspace.currency;
  const benefit = benefitBreakdown(uc.benefits, workspace.labourRate);
  const run = runCostBreakdown(uc.runCost);
  const ramp = uc.benefits.rampUpMonths;
  const rows: { key: string; label: string; value: number; group?: boolean }[] = [
    { key: 'benefit', label: 'Benefit', value: benefit.total, group: true },
    { key: 'hours', label: `Hours saved (${number.format(uc.benefits.hoursSavedPerMonth)} h × ${money(workspace.labourRate, currency)})`, value: benefit.hours },
    { key: 'avoided', label: 'Cost avoided', value: benefit.costAvoided },
    { key: 'revenue', label: 'New revenue', value: benefit.newRevenue },
    { key: 'run', label: 'Run cost', value: -run.total, group: true },
    { key: 'api', label: 'Model / API', value: -run.modelApi },
    { key: 'seats', label: `Seats (${number.format(uc.runCost.seats.count)} × ${money(uc.runCost.seats.pricePerMonth, currency)})`, value: -run.seats },
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
              <td className="num">{money(r.value === 0 ? 0 : r.value, currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Net per month</th>
            <td className="num">{money(benefit.total - run.total, currency)}</td>
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
