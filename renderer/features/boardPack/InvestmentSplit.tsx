import type { Presenter } from '@shared/presentation';

const WIDTH = 400;
const HEIGHT = 14;

/** Pilot vs last mile as one stacked bar (SVG attributes, no inline styles), with its reading in words. */
export function InvestmentSplit({ pilot, lastMile, present: p }: { pilot: number; lastMile: number; present: Presenter }) {
  const total = pilot + lastMile;
  const pilotShare = total > 0 ? pilot / total : 0;
  const pilotWidth = Math.round(pilotShare * WIDTH * 10) / 10;
  const label = total > 0 ? `Pilots ${p.percent(pilotShare, 0)}, last mile ${p.percent(1 - pilotShare, 0)} of the investment` : 'No investment';
  return (
    <figure className="bp-split">
      <svg className="bp-split__bar" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={label}>
        <rect className="bp-split__pilot" x={0} y={0} width={pilotWidth} height={HEIGHT} />
        <rect className="bp-split__last-mile" x={pilotWidth} y={0} width={Math.max(0, WIDTH - pilotWidth)} height={HEIGHT} />
      </svg>
      <figcaption className="bp-split__legend">
        <span>
          <span className="bp-swatch bp-swatch--pilot" aria-hidden="true" />
          Pilots {p.money(pilot)}
        </span>
        <span>
          <span className="bp-swatch bp-swatch--last-mile" aria-hidden="true" />
          Last mile {p.money(lastMile)}
          {pilot > 0 ? ` (${p.multiple(lastMile / pilot)} the pilots)` : ''}
        </span>
      </figcaption>
    </figure>
  );
}
