import { TextField } from '@renderer/components/inputs';
import { RadioGroup } from '../RadioGroup';
import type { SectionProps } from './sectionProps';

const PERSONAL_DATA = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: null, label: 'Not stated' },
] as const;

/** What the organisation's own register says about it: who answers for it, the vendor, its id there, personal data. */
export function RegisterSection({ values, set, errors }: SectionProps) {
  const register = values.register;
  return (
    <section className="card uc-section" aria-labelledby="uc-register">
      <h2 id="uc-register">Register</h2>
      <p className="muted">
        As the organisation’s AI inventory records it{register.importedFrom ? ` (imported from ${register.importedFrom})` : ''}. The register id keeps a re-import of
        the same inventory updating this use case instead of adding a second one.
      </p>
      <div className="form-grid">
        <TextField label="Owner" hint="Who answers for this use case" value={register.owner} onChange={(v) => set('register.owner', v)} error={errors['register.owner']} />
        <TextField label="Vendor" value={register.vendor} onChange={(v) => set('register.vendor', v)} error={errors['register.vendor']} />
        <TextField label="Register id" value={register.externalId} onChange={(v) => set('register.externalId', v)} error={errors['register.externalId']} />
      </div>
      <RadioGroup<boolean | null>
        legend="Personal data"
        hint="Whether it touches personal data; if it does, tick its compliance regimes under “Pilot vs last mile”."
        options={PERSONAL_DATA}
        value={register.personalData}
        onChange={(v) => set('register.personalData', v)}
      />
      {errors['register.personalData'] && <p className="field__error">{errors['register.personalData']}</p>}
    </section>
  );
}
