import { NumberField } from '@renderer/components/inputs';
import { modelApiCostSchema, runCostSchema } from '@shared/domain';
import { modelApiMonthlyCost, runCostBreakdown } from '@shared/finance';
import { presenter } from '@shared/presentation';
import { PROBLEM_FIRST_ARTICLE_CITATION } from '@shared/domain/sources';
import { WarningList } from '../WarningList';
import type { SectionProps } from './sectionProps';

/** Monthly run cost once live: model/API usage (with caching), seats, infrastructure, support. */
export function RunCostSection({ values, set, errors, warnings, workspace }: SectionProps) {
  const { money } = presenter(workspace);
  const rc = values.runCost;
  const api = modelApiCostSchema.safeParse(rc.modelApi);
  const all = runCostSchema.safeParse(rc);
  const seatsOk = Number.isFinite(rc.seats.count) && Number.isFinite(rc.seats.pricePerMonth);
  const fieldError = (path: string) => errors[`runCost.${path}`];
  return (
    <section className="card uc-section" aria-labelledby="uc-run">
      <h2 id="uc-run">Run cost per month</h2>
      <p className="muted">What it costs every month once live. Tokens, seats and infrastructure belong in the business case, with someone accountable for them.</p>
      <fieldset>
        <legend>Model / API usage</legend>
        <div className="form-grid form-grid--4">
          <NumberField label="Requests per month" value={rc.modelApi.requestsPerMonth} onChange={(v) => set('runCost.modelApi.requestsPerMonth', v)} error={fieldError('modelApi.requestsPerMonth')} />
          <NumberField label="Tokens per request" value={rc.modelApi.tokensPerRequest} onChange={(v) => set('runCost.modelApi.tokensPerRequest', v)} error={fieldError('modelApi.tokensPerRequest')} />
          <NumberField
            label="Price per 1K tokens"
            prefix={workspace.currency}
            value={rc.modelApi.pricePer1kTokens}
            onChange={(v) => set('runCost.modelApi.pricePer1kTokens', v)}
            error={fieldError('modelApi.pricePer1kTokens')}
          />
          <NumberField
            label="Cache-hit share"
            suffix="%"
            scale={100}
            hint="Requests answered from a cache cost nothing"
            value={rc.modelApi.cacheHitShare}
            onChange={(v) => set('runCost.modelApi.cacheHitShare', v)}
            error={fieldError('modelApi.cacheHitShare')}
          />
        </div>
        <p className="uc-computed" aria-live="polite">
          Requests × tokens ÷ 1,000 × price × (1 − cache-hit share) = <strong>{api.success ? money(modelApiMonthlyCost(api.data)) : '—'}</strong> per month
        </p>
        <p className="field__hint">Caching matters: one team cut its API bill from $47,000 to $12,700 a month by caching answers.</p>
      </fieldset>
      <fieldset>
        <legend>Seats</legend>
        <div className="form-grid form-grid--4">
          <NumberField label="Seats" value={rc.seats.count} onChange={(v) => set('runCost.seats.count', v)} error={fieldError('seats.count')} />
          <NumberField
            label="Price per seat per month"
            prefix={workspace.currency}
            value={rc.seats.pricePerMonth}
            onChange={(v) => set('runCost.seats.pricePerMonth', v)}
            error={fieldError('seats.pricePerMonth')}
          />
        </div>
        <p className="uc-computed" aria-live="polite">
          Seats × price = <strong>{seatsOk ? money(rc.seats.count * rc.seats.pricePerMonth) : '—'}</strong> per month
        </p>
        <p className="field__hint">
          5,000 seats at $200 a month is $1,000,000 a month (the example in {PROBLEM_FIRST_ARTICLE_CITATION}, which misstates it as $100,000):
          make sure someone is accountable for what they are used for.
        </p>
      </fieldset>
      <div className="form-grid">
        <NumberField
          label="Infrastructure per month"
          prefix={workspace.currency}
          value={rc.infrastructurePerMonth}
          onChange={(v) => set('runCost.infrastructurePerMonth', v)}
          error={fieldError('infrastructurePerMonth')}
        />
        <NumberField
          label="Support & maintenance per month"
          prefix={workspace.currency}
          value={rc.supportPerMonth}
          onChange={(v) => set('runCost.supportPerMonth', v)}
          error={fieldError('supportPerMonth')}
        />
      </div>
      <p className="uc-total">
        Run cost in total: <strong>{all.success ? money(runCostBreakdown(all.data).total) : '—'}</strong> per month
      </p>
      <WarningList items={warnings.runCost} />
    </section>
  );
}
