import { NumberField, SelectField } from '@renderer/components/inputs';
import { DISTRIBUTION_LABELS, DISTRIBUTIONS, MAX_RANGE_FACTOR, RANGE_FIELD_LABELS, RANGE_FIELDS, type DistributionName, type RangeField, type UncertaintyPolicySettings } from '@shared/domain';
import { formatPercent, type NumberFormat } from '@shared/presentation';
import type { Range } from '@shared/uncertainty/distributions';
import { isMonthField, rangeText } from '@shared/uncertainty/sensitivityRanges';

/** The shared overrun a workspace starts from when it is switched on: up to 30% more on every pilot and last mile together. */
const DEFAULT_SHARED_OVERRUN: Range = { low: 1, likely: 1, high: 1.3 };

/** The default ranges two or three to a row on a wide window, one under the other on a narrow one. */
const RANGES_GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(24rem, 1fr))', gap: '0 1rem' } as const;

const signedPercent = (change: number, format: NumberFormat) => `${change < 0 ? '−' : '+'}${formatPercent(Math.abs(change), format, 0)}`;

/**
 * What is wrong with a default range, in the form's own terms (percentages of the plan's figure, months added): an end
 * on the wrong side of the plan's figure, or a cost below nothing or above 20×. The schema refuses the same values.
 */
function problemsOf(label: string, r: Range, months: boolean, format: NumberFormat): { low?: string; high?: string } {
  const out: { low?: string; high?: string } = {};
  const show = (v: number) => (months ? `${v < 0 ? '−' : '+'}${Math.abs(v)} months` : signedPercent(v - 1, format));
  for (const end of ['low', 'high'] as const) {
    const v = r[end];
    if (!Number.isFinite(v)) continue;
    let message: string | undefined;
    if (!months && v < 0) message = `${label}: the ${end} can be at most 100% below the plan’s figure`;
    else if (!months && v > MAX_RANGE_FACTOR) message = `${label}: the ${end} can be at most ${MAX_RANGE_FACTOR}× the plan’s figure (${signedPercent(MAX_RANGE_FACTOR - 1, format)})`;
    else if (end === 'low' && v > r.likely) message = `${label}: the low (${show(v)}) must not be above the plan’s figure (${show(r.likely)})`;
    else if (end === 'high' && v < r.likely) message = `${label}: the high (${show(v)}) must not be below the plan’s figure (${show(r.likely)})`;
    if (message) out[end] = message;
  }
  return out;
}

/** Low and high of one default range: percentages of the plan's figure, or months added to the plan's duration. */
function PolicyRange(props: { label: string; path: string; range: Range; months: boolean; format: NumberFormat; errors: Record<string, string>; set: (path: string, v: unknown) => void }) {
  const { label, path, range, months, format, errors, set } = props;
  const problems = problemsOf(label, range, months, format);
  const end = (which: 'low' | 'high') =>
    months ? (
      <NumberField
        label={`${label}: ${which}`}
        suffix="months added"
        value={range[which]}
        onChange={(v) => set(`${path}.${which}`, v)}
        error={problems[which] ?? errors[`${path}.${which}`]}
      />
    ) : (
      <NumberField
        label={`${label}: ${which}`}
        suffix="% of the plan"
        kind="share"
        scale={100}
        value={range[which] - 1}
        onChange={(v) => set(`${path}.${which}`, Number.isFinite(v) ? Math.round((1 + v) * 1e9) / 1e9 : Number.NaN)}
        error={problems[which] ?? errors[`${path}.${which}`]}
      />
    );
  return (
    <fieldset className="policy-range">
      <legend>
        {label} <span className="muted">({rangeText(range, months, format)})</span>
      </legend>
      <div className="form-grid">
        {end('low')}
        {end('high')}
      </div>
    </fieldset>
  );
}

/**
 * The workspace's uncertainty policy (docs/uncertainty.md): the distribution, the default range of every estimate (a use
 * case without its own takes it), an optional shared overrun, and the simulation's trials and seed. Part of the
 * workspace settings form: the values are `settings.uncertainty`, validated by the same schema.
 */
export function UncertaintyPolicyForm({
  values,
  set,
  errors,
  format,
}: {
  values: UncertaintyPolicySettings;
  /** Sets a field under `uncertainty` ('lastMileCost.high'). */
  set: (path: string, value: unknown) => void;
  /** The form's errors under `uncertainty`, by path without it ('lastMileCost.high'). */
  errors: Record<string, string>;
  format: NumberFormat;
}) {
  const overrun = values.sharedOverrun;
  return (
    <fieldset>
      <legend>Uncertainty</legend>
      <p className="muted">
        Every estimate is a guess. A use case without ranges of its own takes these: costs and benefits as a percentage below and above the plan’s
        figure, durations as months added. Last miles run over far more often than under; benefits fall short more often than they exceed.
      </p>
      <div className="form-grid">
        <SelectField<DistributionName>
          label="Distribution"
          hint="PERT favours the likely figure; triangular gives the ends more weight."
          value={values.distribution}
          onChange={(v) => set('distribution', v)}
          options={DISTRIBUTIONS.map((d) => ({ value: d, label: DISTRIBUTION_LABELS[d] }))}
          error={errors.distribution}
        />
      </div>
      <h2 className="fieldset-heading">Default ranges</h2>
      <div className="policy-ranges" style={RANGES_GRID}>
        {RANGE_FIELDS.map((f: RangeField) => (
          <PolicyRange key={f} label={RANGE_FIELD_LABELS[f]} path={f} range={values[f]} months={isMonthField(f)} format={format} errors={errors} set={set} />
        ))}
      </div>
      <h2 className="fieldset-heading">Overruns that move together</h2>
      <label className="choice">
        <input type="checkbox" checked={overrun !== null} onChange={(e) => set('sharedOverrun', e.target.checked ? { ...DEFAULT_SHARED_OVERRUN } : null)} />
        One shared overrun on every pilot and last mile (the same integrator, the same data: when one runs over, others do too)
      </label>
      {overrun && <PolicyRange label="Shared overrun" path="sharedOverrun" range={overrun} months={false} format={format} errors={errors} set={set} />}
      <h2 className="fieldset-heading">Simulation</h2>
      <div className="form-grid">
        <NumberField label="Trials" kind="count" hint="10,000 is the usual; more gives steadier percentiles and takes longer." value={values.trials} onChange={(v) => set('trials', v)} error={errors.trials} />
        <NumberField label="Seed" kind="count" hint="The same seed gives the same answer." value={values.seed} onChange={(v) => set('seed', v)} error={errors.seed} />
      </div>
    </fieldset>
  );
}
