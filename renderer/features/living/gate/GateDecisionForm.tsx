import { useState, type FormEvent } from 'react';
import { NumberField, TextArea, TextField } from '@renderer/components/inputs';
import { RadioGroup } from '@renderer/features/useCases/RadioGroup';
import { GATE_CHOICE_LABELS, GATE_CHOICES, type GateChoice, type UseCase, type Workspace } from '@shared/domain';
import { MonthField, monthProblem } from '../stage/MonthField';
import { recordGateDecision } from '../stage/stageActions';

const CHOICE_HINTS: Record<GateChoice, string> = {
  'fund-last-mile': 'Commit the remaining last-mile money; the use case moves to “Last mile in progress”.',
  'extend-pilot': 'Run the pilot longer to settle what is still open; it goes back to “Pilot in progress”.',
  stop: 'End it here; nothing more is spent.',
};

/** The decision itself: fund the last mile, extend the pilot or stop, with the rationale, the month and who decided. */
export function GateDecisionForm(props: { useCase: UseCase; workspace: Workspace; todayMonth: string; onRecorded: () => void }) {
  const { useCase, workspace, todayMonth, onRecorded } = props;
  const [choice, setChoice] = useState<GateChoice | null>(null);
  const [rationale, setRationale] = useState('');
  const [month, setMonth] = useState(todayMonth);
  const [by, setBy] = useState('');
  const [extension, setExtension] = useState<number | null>(null);
  const [extraCost, setExtraCost] = useState<number | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ path: string; message: string } | null>(null);

  const extending = choice === 'extend-pilot';
  const problems = {
    choice: choice === null ? 'Choose fund the last mile, extend the pilot or stop' : undefined,
    rationale: rationale.trim() === '' ? 'Give the rationale: why this decision, on these figures' : undefined,
    month: monthProblem(month, todayMonth),
    by: by.trim() === '' ? 'Say who decided' : undefined,
    extensionMonths:
      extending && (extension === null || !Number.isInteger(extension) || extension < 1 || extension > 24) ? 'Extend by a whole number of months from 1 to 24' : undefined,
    extraPilotCost: extending && extraCost !== null && !(Number.isFinite(extraCost) && extraCost >= 0) ? 'The extra cost must be a number of 0 or more' : undefined,
  };
  const shown = (key: keyof typeof problems) => (attempted ? problems[key] : undefined) ?? (refusal?.path === key ? refusal.message : undefined);
  const general = refusal && !(refusal.path in problems) ? refusal.message : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    setRefusal(null);
    if (Object.values(problems).some(Boolean) || choice === null) return;
    setBusy(true);
    const r = await recordGateDecision(
      useCase,
      { choice, rationale, month, by, extensionMonths: extending ? extension : null, extraPilotCost: extending ? (extraCost ?? 0) : 0 },
      todayMonth,
    );
    setBusy(false);
    if (!r.ok) return setRefusal(r.errors[0] ?? { path: '', message: 'Nothing was recorded.' });
    onRecorded();
  };

  return (
    <section className="card living-gate__decide" aria-labelledby="gate-decide">
      <h2 id="gate-decide">The decision</h2>
      <form noValidate aria-labelledby="gate-decide" onSubmit={(e) => void submit(e)}>
        <RadioGroup
          legend="Fund the last mile?"
          options={GATE_CHOICES.map((c) => ({ value: c as GateChoice | null, label: GATE_CHOICE_LABELS[c] }))}
          value={choice}
          onChange={setChoice}
          hint={choice ? CHOICE_HINTS[choice] : undefined}
        />
        {shown('choice') && (
          <p className="field__error" role="alert">
            {shown('choice')}
          </p>
        )}
        {extending && (
          <div className="form-grid">
            <NumberField label="Extension" suffix="months" allowEmpty value={extension} onChange={setExtension} error={shown('extensionMonths')} />
            <NumberField
              label="Extra pilot cost"
              prefix={workspace.currency}
              hint="Added to the pilot's cost; leave blank when the extension costs nothing more"
              allowEmpty
              value={extraCost}
              onChange={setExtraCost}
              error={shown('extraPilotCost')}
            />
          </div>
        )}
        <TextArea label="Rationale" rows={4} value={rationale} onChange={setRationale} error={shown('rationale')} />
        <div className="form-grid">
          <MonthField label="Decision month" value={month} max={todayMonth} onChange={setMonth} error={shown('month')} />
          <TextField label="Decided by" hint="Who took the decision, e.g. Investment committee" value={by} onChange={setBy} error={shown('by')} />
        </div>
        {general && (
          <p className="field__error" role="alert">
            {general}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Recording…' : 'Record the decision'}
          </button>
        </div>
      </form>
    </section>
  );
}
