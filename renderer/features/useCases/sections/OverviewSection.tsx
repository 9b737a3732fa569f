import { SelectField, TextArea, TextField } from '@renderer/components/inputs';
import { AI_PATTERNS } from '@shared/domain';
import { presenter, type Presenter } from '@shared/presentation';
import { WarningList } from '../WarningList';
import type { SectionProps } from './sectionProps';

/** Plan months offered as a start: the horizon, plus the current choice if it lies beyond. */
function startOptions(horizon: number, current: number, present: Presenter) {
  const last = Math.max(horizon, Number.isFinite(current) ? current : 1);
  return Array.from({ length: last }, (_, i) => {
    const m = i + 1;
    return { value: String(m), label: `${present.planMonth(m)} (month ${m})` };
  });
}

/** Name, description, AI pattern, the problem it solves (changing it moves the candidate) and the planned start. */
export function OverviewSection({ values, set, errors, warnings, workspace, problems }: SectionProps) {
  const savedProblem = problems.find((p) => p.id === values.problemId);
  const present = presenter(workspace);
  return (
    <section className="card uc-section" aria-labelledby="uc-overview">
      <h2 id="uc-overview">Overview</h2>
      <div className="form-grid">
        <TextField label="Name" value={values.name} onChange={(v) => set('name', v)} error={errors.name} required />
        <SelectField label="AI pattern" value={values.aiPattern} onChange={(v) => set('aiPattern', v)} options={AI_PATTERNS} error={errors.aiPattern} />
        <SelectField
          label="Problem it solves"
          hint="Choosing another problem moves this candidate there when you save."
          value={values.problemId}
          onChange={(v) => set('problemId', v)}
          options={[
            ...(savedProblem ? [] : [{ value: values.problemId, label: 'Unknown problem' }]),
            ...problems.map((p) => ({ value: p.id, label: p.title })),
          ]}
          error={errors.problemId}
        />
        <SelectField
          label="Planned start"
          hint={`The pilot starts in this month; the plan begins ${present.planMonth(1)} and runs ${workspace.horizonMonths} months.`}
          value={String(values.startMonth)}
          onChange={(v) => set('startMonth', Number(v))}
          options={startOptions(workspace.horizonMonths, values.startMonth, present)}
          error={errors.startMonth}
        />
      </div>
      <WarningList items={warnings.startMonth} />
      <TextArea label="Description" hint="What it does, for whom, in a sentence or two" value={values.description} onChange={(v) => set('description', v)} error={errors.description} />
    </section>
  );
}
