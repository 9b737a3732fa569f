import { NumberField } from '@renderer/components/inputs';
import { benefitsSchema, problemMonthlyCost } from '@shared/domain';
import { benefitBreakdown } from '@shared/finance';
import { NOT_GIVEN, presenter } from '@shared/presentation';
import { WarningList } from '../WarningList';
import type { SectionProps } from './sectionProps';

/** Monthly benefit at full adoption (hours saved valued at the labour rate, cost avoided, new revenue) and the ramp-up. */
export function BenefitsSection({ values, set, errors, warnings, workspace, problems }: SectionProps) {
  const { money } = presenter(workspace);
  const b = values.benefits;
  const parsed = benefitsSchema.safeParse(b);
  const breakdown = parsed.success ? benefitBreakdown(parsed.data, workspace.labourRate) : null;
  const hoursValue = Number.isFinite(b.hoursSavedPerMonth) ? money(b.hoursSavedPerMonth * workspace.labourRate) : '—';
  const problem = problems.find((p) => p.id === values.problemId);
  const problemCost = problem ? problemMonthlyCost(problem, workspace.labourRate) : null;
  return (
    <section className="card uc-section" aria-labelledby="uc-benefits">
      <h2 id="uc-benefits">Benefits at full adoption</h2>
      {problem && (
        <p className="muted">
          {problemCost === null
            ? `What the problem it solves costs a month today is ${NOT_GIVEN}: add its hours lost or monthly cost on the problem page to check the benefit against it.`
            : `The problem it solves costs ${money(problemCost)} a month today.`}{' '}
          Competing candidates share that benefit: the portfolio funds at most one of them.
        </p>
      )}
      <div className="form-grid">
        <div>
          <NumberField
            label="Hours saved per month"
            suffix="h"
            hint={`× ${money(workspace.labourRate)} per hour (workspace labour rate) = ${hoursValue} per month`}
            value={b.hoursSavedPerMonth}
            onChange={(v) => set('benefits.hoursSavedPerMonth', v)}
            error={errors['benefits.hoursSavedPerMonth']}
          />
          <WarningList items={warnings['benefits.hoursSavedPerMonth']} />
        </div>
        <NumberField
          label="Cost avoided per month"
          prefix={workspace.currency}
          value={b.costAvoidedPerMonth}
          onChange={(v) => set('benefits.costAvoidedPerMonth', v)}
          error={errors['benefits.costAvoidedPerMonth']}
        />
        <NumberField
          label="New revenue per month"
          prefix={workspace.currency}
          value={b.newRevenuePerMonth}
          onChange={(v) => set('benefits.newRevenuePerMonth', v)}
          error={errors['benefits.newRevenuePerMonth']}
        />
        <NumberField
          label="Ramp-up"
          suffix="months"
          hint="Benefit grows in equal steps from go-live to full over these months (0 = full at go-live)"
          value={b.rampUpMonths}
          onChange={(v) => set('benefits.rampUpMonths', v)}
          error={errors['benefits.rampUpMonths']}
        />
      </div>
      <p className="uc-total">
        Benefit at full adoption: <strong>{breakdown ? money(breakdown.total) : '—'}</strong> per month
        {breakdown && (
          <span className="muted">
            {' '}
            (hours {money(breakdown.hours)}, cost avoided {money(breakdown.costAvoided)}, new revenue {money(breakdown.newRevenue)})
          </span>
        )}
      </p>
      <WarningList items={warnings.benefits} />
    </section>
  );
}
