import { CostBreakdownBar, ResponsiveChart } from '@renderer/charts';
import { NumberField } from '@renderer/components/inputs';
import {
  COMPLIANCE_REGIMES,
  DEFAULT_COMPLIANCE_COST_RANGE,
  LAST_MILE_CATEGORIES,
  LAST_MILE_CATEGORY_LABELS,
  totalLastMileCost,
  type ComplianceRegime,
} from '@shared/domain';
import { presenter } from '@shared/presentation';
import { LAST_MILE_ARTICLE_CITATION, PUBLISHED_LAST_MILE_EXAMPLE_TEXT } from '@shared/domain/sources';
import { ProposeLastMile } from '../ProposeLastMile';
import { WarningList } from '../WarningList';
import type { SectionProps } from './sectionProps';

/** Pilot cost and months; the last mile across its eight categories, with the quick path and compliance regimes. */
export function EstimateSection({ values, set, errors, warnings, workspace }: SectionProps) {
  const present = presenter(workspace);
  const { money } = present;
  /** A default share as a percentage, with a decimal only where it has one ("22%", "12.5%"). */
  const percent = (share: number) => present.percent(share, Number.isInteger(Math.round(share * 1000) / 10) ? 0 : 1);
  const { defaults } = workspace;
  const pilotOk = Number.isFinite(values.pilot.cost) && values.pilot.cost >= 0;
  const costsOk = LAST_MILE_CATEGORIES.every((c) => Number.isFinite(values.lastMile.costs[c]));
  const lastMileTotal = costsOk ? totalLastMileCost(values.lastMile.costs) : Number.NaN;
  const ratio = pilotOk && costsOk && values.pilot.cost > 0 ? lastMileTotal / values.pilot.cost : null;

  const toggleRegime = (regime: ComplianceRegime, on: boolean) => {
    const next = on ? [...values.complianceRegimes, regime] : values.complianceRegimes.filter((r) => r !== regime);
    set('complianceRegimes', COMPLIANCE_REGIMES.filter((r) => next.includes(r)));
  };

  return (
    <section className="card uc-section" aria-labelledby="uc-estimate">
      <h2 id="uc-estimate">Pilot vs last mile</h2>
      <p className="muted">
        A pilot proves the idea on clean data; the last mile makes it work in production: integration, data, security, testing, monitoring,
        infrastructure and people. It usually costs several times the pilot.
      </p>
      {values.estimate.source === 'reference-class' && (
        <p className="callout uc-estimate-source">
          These costs are a first estimate from the reference class “{values.estimate.referenceClass}”. Change any cost and save: the estimate becomes your own.
        </p>
      )}
      {values.estimate.source === 'none' && (
        <p className="callout callout--warning uc-estimate-source">
          Not estimated yet: this candidate is left out of funding until it has costs. Enter its pilot or last-mile cost and save.
        </p>
      )}
      <div className="form-grid">
        <NumberField label="Pilot cost" prefix={workspace.currency} value={values.pilot.cost} onChange={(v) => set('pilot.cost', v)} error={errors['pilot.cost']} />
        <NumberField label="Pilot duration" suffix="months" value={values.pilot.months} onChange={(v) => set('pilot.months', v)} error={errors['pilot.months']} />
      </div>
      <WarningList items={warnings['pilot.cost']} />

      <div className="uc-quick-path">
        <h3>Quick path</h3>
        <p>
          Proposed last mile = pilot cost × <strong>{present.number(defaults.lastMileMultiplier, 2)}</strong> (this workspace&apos;s multiplier; the published example:{' '}
          {PUBLISHED_LAST_MILE_EXAMPLE_TEXT}), split across the categories by the default shares shown under each field
          {values.complianceRegimes.length > 0
            ? `, plus ${money(defaults.complianceCostPerRegime)} of security & compliance work for each regime ticked below`
            : ''}
          . Shares and multiplier can be changed in the workspace settings.
        </p>
        <ProposeLastMile values={values} set={set} workspace={workspace} />
      </div>

      <fieldset className="uc-regimes">
        <legend>Compliance regimes</legend>
        <p className="field__hint">
          Each regime typically adds {money(DEFAULT_COMPLIANCE_COST_RANGE.low)}–{money(DEFAULT_COMPLIANCE_COST_RANGE.high)} to security & compliance
          (the range quoted in {LAST_MILE_ARTICLE_CITATION}); the quick path adds {money(defaults.complianceCostPerRegime)} per regime.
        </p>
        <div className="uc-regimes__options">
          {COMPLIANCE_REGIMES.map((r) => (
            <label key={r} className="choice">
              <input type="checkbox" checked={values.complianceRegimes.includes(r)} onChange={(e) => toggleRegime(r, e.target.checked)} />
              {r}
            </label>
          ))}
        </div>
        {errors.complianceRegimes && <p className="field__error">{errors.complianceRegimes}</p>}
      </fieldset>

      <h3>Last-mile cost by category</h3>
      <div className="form-grid uc-categories">
        {LAST_MILE_CATEGORIES.map((c) => (
          <div key={c} className="uc-category">
            <NumberField
              label={LAST_MILE_CATEGORY_LABELS[c]}
              prefix={workspace.currency}
              hint={`Default share ${percent(defaults.lastMileShares[c])}`}
              value={values.lastMile.costs[c]}
              onChange={(v) => set(`lastMile.costs.${c}`, v)}
              error={errors[`lastMile.costs.${c}`]}
            />
            <WarningList items={warnings[`lastMile.costs.${c}`]} />
          </div>
        ))}
      </div>
      <p className="uc-total">
        Last mile in total: <strong>{Number.isFinite(lastMileTotal) ? money(lastMileTotal) : '—'}</strong>
        {ratio !== null && <> · {present.multiple(ratio)} the pilot</>}
      </p>
      <WarningList items={warnings['lastMile.costs']} />
      <ResponsiveChart className="uc-breakdown" height={250} minWidth={280} initialWidth={600}>
        {({ width, height }) => (
          <CostBreakdownBar
            costs={values.lastMile.costs}
            pilot={values.pilot.cost}
            currency={workspace.currency}
            width={width}
            height={height}
            title="Pilot and last mile by category"
          />
        )}
      </ResponsiveChart>
      <div className="form-grid">
        <NumberField
          label="Last-mile duration"
          suffix="months"
          hint="Pilot to production typically takes 8–12 months in all."
          value={values.lastMile.months}
          onChange={(v) => set('lastMile.months', v)}
          error={errors['lastMile.months']}
        />
      </div>
      <WarningList items={warnings['lastMile.months']} />
    </section>
  );
}
