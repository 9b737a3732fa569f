import { formatPercent } from '@renderer/format';
import { money } from './packFormat';

const WIDTH = 400;
const HEIGHT = 14;

/** Pilot vs last mile as one stacked bar (SVG attributes, no inline styles), with its reading in words. */
export function InvestmentSplit({ pilot, lastMile, currency }: { pilot: number; lastMile: number; currency: string }) {
  const total = pilot + lastMile;
  const pilotShare = total > 0 ? pilot / total : 0;
  const pilotWidth = Math.round(pilotShare * WIDTH * 10) / 10;
  const label = total > 0 ? `Pilots ${formatPercent(pilotShare, 0)}, last mile ${formatPercent(1 - pilotShare, 0)} of the investment` : 'No investment';
  return (
    <figure className="bp-split">
      <svg className="bp-split__bar" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={label}>
        <rect className="bp-split__pilot" x={0} y={0} width={pilotWidth} height={HEIGHT} />
        <rect className="bp-split__last-mile" x={pilotWidth} y={0} width={Math.max(0, WIDTH - pilotWidth)} height={HEIGHT} />
      </svg>
      <figcaption className="bp-split__legend">
        <span>
          <span className="bp-swatch bp-swatch--pilot" aria-hidden="true" />
          Pilots {money(pilot, currency)}
        </span>
        <span>
          <span className="bp-swatch bp-swatch--last-mile" aria-hidden="true" />
          Last mile {money(lastMile, currency)}
          {pilot > 0 ? ` (${(lastMile / pilot).toFixed(1)}× the pilots)` : ''}
        </span>
      </figcaption>
    </figure>
  );
}
