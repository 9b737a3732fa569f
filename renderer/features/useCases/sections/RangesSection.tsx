import { NumberField, SelectField } from '@renderer/components/inputs';
import {
  DISTRIBUTION_LABELS,
  DISTRIBUTIONS,
  LAST_MILE_CATEGORIES,
  LAST_MILE_CATEGORY_LABELS,
  RANGE_FIELD_LABELS,
  RANGE_FIELDS,
  type DistributionName,
  type FactorRange,
  type LastMileCategory,
  type RangeField,
  type UseCase,
  type UseCaseInput,
} from '@shared/domain';
import { formatMonths, presenter, type Presenter } from '@shared/presentation';
import type { Range } from '@shared/uncertainty/distributions';
import { amountRangeProblems, isMonthField, planFigure, RANGE_UNITS, rangeAmounts, rangeText, storedValue } from '@shared/uncertainty/sensitivityRanges';
import type { SectionProps } from './sectionProps';
import { UseCaseTornado } from './UseCaseTornado';

type DistributionChoice = DistributionName | 'policy';

interface RangeRowProps {
  /** Path of the stored range ('ranges.lastMileCost', 'ranges.lastMileByCategory.integration'). */
  path: string;
  label: string;
  /** The range of its own (null: it follows `fallback`). */
  own: Range | null;
  /** What it follows without one: the policy's range (or, for a category, the last mile's). */
  fallback: Range;
  fallbackName: string;
  /** The plan's figure (an amount, an amount a month, or months). */
  figure: number;
  months: boolean;
  unit: 'money' | 'moneyPerMonth' | 'months';
  present: Presenter;
  currency: string;
  errors: Record<string, string>;
  onChange: (range: Range | null) => void;
}

/** One range: the plan's figure, "follow" (no range of its own), or a low and a high typed as amounts or months. */
function RangeRow({ path, label, own, fallback, fallbackName, figure, months, unit, present, currency, errors, onChange }: RangeRowProps) {
  const show = (v: number) => (months ? formatMonths(v) : unit === 'moneyPerMonth' ? `${present.money(v)} a month` : present.money(v));
  const inWords = (r: Range) => {
    const a = rangeAmounts(r, figure, months);
    return `${show(a.low)} to ${show(a.high)} (${rangeText(r, months, present.format)})`;
  };
  // A cost or benefit range is a share of the plan's figure: with no figure there is nothing to range over.
  const noFigure = !months && !(figure > 0);
  const amounts = own ? rangeAmounts(own, figure, months) : null;
  const problems = amounts && !noFigure ? amountRangeProblems(label, amounts, figure, months, show) : {};
  const setEnd = (end: 'low' | 'high', amount: number) => {
    if (!own) return;
    onChange({ ...own, [end]: Number.isFinite(amount) ? storedValue(amount, figure, months) : Number.NaN });
  };
  const affix = months ? { suffix: 'months' } : unit === 'moneyPerMonth' ? { prefix: currency, suffix: 'a month' } : { prefix: currency };
  return (
    <fieldset className="uc-range">
      <legend>{label}</legend>
      <p className="uc-range__plan">
        Plan: <strong>{show(figure)}</strong>
      </p>
      <label className="choice">
        <input type="checkbox" checked={own === null} disabled={noFigure && own === null} onChange={(e) => onChange(e.target.checked ? null : { ...fallback })} />
        Follow {fallbackName}
      </label>
      {own === null ? (
        <p className="field__hint">{noFigure ? `No ${label.toLowerCase()} in the plan to range over.` : `${fallbackName.charAt(0).toUpperCase()}${fallbackName.slice(1)}: ${inWords(fallback)}`}</p>
      ) : noFigure ? (
        <p className="field__hint">Enter the plan’s {label.toLowerCase()} first: the range is kept as {rangeText(own, months, present.format)} of it.</p>
      ) : (
        <div className="form-grid uc-range__ends">
          <NumberField
            label={`${label}, low`}
            {...affix}
            kind={months ? 'number' : 'money'}
            value={amounts!.low}
            onChange={(v) => setEnd('low', v)}
            error={problems.low ?? errors[`${path}.low`]}
          />
          <NumberField
            label={`${label}, high`}
            {...affix}
            kind={months ? 'number' : 'money'}
            value={amounts!.high}
            onChange={(v) => setEnd('high', v)}
            error={problems.high ?? errors[`${path}.high`]}
          />
        </div>
      )}
      {own && errors[`${path}.likely`] && <p className="field__error">{errors[`${path}.likely`]}</p>}
    </fieldset>
  );
}

/**
 * Uncertainty: low and high for every estimate that has a range (docs/uncertainty.md), each typed as an amount or in
 * months and stored as factors of the plan's figure or months added; a field without its own follows the workspace's
 * policy. The last mile can have a range per cost category. Below, the tornado of the business case as typed.
 */
export function RangesSection(props: SectionProps & { stored: UseCase; current: UseCaseInput | null }) {
  const { values, set, errors, workspace, stored, current } = props;
  const present = presenter(workspace);
  const policy = workspace.uncertainty;
  const ranges = values.ranges;
  const distribution: DistributionChoice = ranges.distribution ?? 'policy';
  const categories = LAST_MILE_CATEGORIES.filter((c) => values.lastMile.costs[c] > 0 || ranges.lastMileByCategory[c]);
  const ownCategories = LAST_MILE_CATEGORIES.filter((c) => ranges.lastMileByCategory[c]).length;
  const setCategory = (c: LastMileCategory, r: Range | null) => {
    const next: Partial<Record<LastMileCategory, FactorRange>> = { ...ranges.lastMileByCategory };
    if (r) next[c] = r;
    else delete next[c];
    set('ranges.lastMileByCategory', next);
  };
  const common = { present, currency: workspace.currency, errors };

  return (
    <section className="card uc-section" aria-labelledby="uc-ranges">
      <h2 id="uc-ranges">Uncertainty</h2>
      <p className="muted">
        Every estimate is a guess, and the last mile is where guesses go wrong. Give the lowest and highest figure you would believe for each; a field
        that follows the workspace policy takes its default range (Workspace settings). A range is kept as a share of the plan’s figure, so it
        follows an edit of the estimate.
      </p>
      {/* As wide as a range below: "Workspace policy (Triangular)" fits. */}
      <div className="uc-ranges" style={{ marginBottom: '0.75rem' }}>
        <SelectField<DistributionChoice>
          label="Distribution"
          hint="How likely the values between low and high are: PERT favours the likely figure, triangular less so."
          value={distribution}
          onChange={(v) => set('ranges.distribution', v === 'policy' ? null : v)}
          options={[{ value: 'policy', label: `Workspace policy (${DISTRIBUTION_LABELS[policy.distribution]})` }, ...DISTRIBUTIONS.map((d) => ({ value: d, label: DISTRIBUTION_LABELS[d] }))]}
          error={errors['ranges.distribution']}
        />
      </div>
      <div className="uc-ranges">
        {RANGE_FIELDS.map((field: RangeField) => (
          <RangeRow
            key={field}
            path={`ranges.${field}`}
            label={RANGE_FIELD_LABELS[field]}
            own={ranges[field]}
            fallback={policy[field]}
            fallbackName="the workspace policy"
            figure={planFigure(field, values, workspace.labourRate)}
            months={isMonthField(field)}
            unit={RANGE_UNITS[field]}
            onChange={(r) => set(`ranges.${field}`, r)}
            {...common}
          />
        ))}
      </div>
      {categories.length > 0 && (
        <details className="uc-range-categories" open={ownCategories > 0 || undefined}>
          <summary>Last-mile cost by category (optional){ownCategories > 0 ? `: ${ownCategories} with a range of their own` : ''}</summary>
          <p className="field__hint">A category without a range of its own moves with the last-mile cost range above.</p>
          <div className="uc-ranges">
            {categories.map((c) => (
              <RangeRow
                key={c}
                path={`ranges.lastMileByCategory.${c}`}
                label={`Last mile: ${LAST_MILE_CATEGORY_LABELS[c]}`}
                own={ranges.lastMileByCategory[c] ?? null}
                fallback={ranges.lastMileCost ?? policy.lastMileCost}
                fallbackName="the last-mile range"
                figure={values.lastMile.costs[c]}
                months={false}
                unit="money"
                onChange={(r) => setCategory(c, r)}
                {...common}
              />
            ))}
          </div>
        </details>
      )}
      <UseCaseTornado stored={stored} current={current} workspace={workspace} />
    </section>
  );
}
