import { LAST_MILE_CATEGORIES, LAST_MILE_CATEGORY_LABELS, totalLastMileCost, type UseCase } from '@shared/domain';
import type { Presenter } from '@shared/presentation';

const BAR_WIDTH = 100;
const BAR_HEIGHT = 8;

/** Share of a total as a small bar (SVG attributes, no inline styles); decorative, the amount is in the next cell. */
function ShareBar({ share }: { share: number }) {
  const w = Math.max(0, Math.min(1, share)) * BAR_WIDTH;
  return (
    <svg className="bp-bar" viewBox={`0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="bp-bar__track" x={0} y={0} width={BAR_WIDTH} height={BAR_HEIGHT} />
      <rect className="bp-bar__fill" x={0} y={0} width={Math.round(w * 10) / 10} height={BAR_HEIGHT} />
    </svg>
  );
}

/** Pilot, then the last mile by its eight categories (amount, share of the last mile), then the total investment. */
export function CostBreakdown({ useCase, present: p }: { useCase: UseCase; present: Presenter }) {
  const lastMile = totalLastMileCost(useCase.lastMile.costs);
  const pilot = useCase.pilot.cost;
  return (
    <table className="bp-table bp-table--costs">
      <caption>Investment: pilot, and last mile by category</caption>
      <tbody>
        <tr className="bp-row--group">
          <th scope="row">Pilot ({useCase.pilot.months} months)</th>
          <td className="num">{p.money(pilot)}</td>
          <td />
        </tr>
        <tr className="bp-row--group">
          <th scope="row">Last mile ({useCase.lastMile.months} months)</th>
          <td className="num">{p.money(lastMile)}</td>
          <td className="num">{pilot > 0 ? `${p.multiple(lastMile / pilot)} pilot` : ''}</td>
        </tr>
        {LAST_MILE_CATEGORIES.map((c) => {
          const amount = useCase.lastMile.costs[c];
          const share = lastMile > 0 ? amount / lastMile : 0;
          return (
            <tr key={c} className="bp-row--detail">
              <th scope="row">{LAST_MILE_CATEGORY_LABELS[c]}</th>
              <td className="num">{p.money(amount)}</td>
              <td className="num bp-share">
                <ShareBar share={share} />
                <span className="bp-share__value">{p.percent(share, 0)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total investment</th>
          <td className="num">{p.money(pilot + lastMile)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
