import { useState, type FormEvent } from 'react';
import { TextArea, TextField } from '@renderer/components/inputs';
import { useYourName } from '@renderer/features/record/useRecord';
import { RadioGroup } from '@renderer/features/useCases/RadioGroup';
import { currentStage, NEXT_STAGES, STAGE_LABELS, type Readiness, type Stage, type UseCase } from '@shared/domain';
import { MonthField, monthProblem } from './MonthField';
import { freshAssessment, ReassessReadiness, unscored } from './ReassessReadiness';
import { recordStageChange } from './stageActions';

/** How a move reads in the list of choices (going back to a stage says why). */
function choiceLabel(from: Stage, to: Stage): string {
  if (to === 'pilot' && from === 'pilot-failed') return 'Pilot in progress (try again)';
  if (to === 'idea') return 'Idea (taken up again)';
  return STAGE_LABELS[to];
}

/**
 * The moves valid from the current stage, dated (this month by default, never later) with who and a note. Finishing
 * a pilot as succeeded asks for the five readiness dimensions again, in the light of what it showed.
 */
export function StageMoveForm({ useCase, todayMonth, onRecorded }: { useCase: UseCase; todayMonth: string; onRecorded: () => void }) {
  const from = currentStage(useCase.lifecycle);
  const [choice, setChoice] = useState<Stage | null>(null);
  const [month, setMonth] = useState(todayMonth);
  // Who recorded it: "Your name" (set once for this computer) unless typed here.
  const yourName = useYourName();
  const [typedBy, setBy] = useState<string | null>(null);
  const by = typedBy ?? yourName ?? '';
  const [note, setNote] = useState('');
  const [evidence, setEvidence] = useState<Readiness>(() => freshAssessment(useCase.readiness));
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ path: string; message: string } | null>(null);

  const monthError = attempted ? monthProblem(month, todayMonth) : undefined;
  const missing = choice === 'pilot-succeeded' ? unscored(evidence) : [];
  const evidenceError =
    attempted && missing.length > 0
      ? `Score every dimension with what the pilot showed (${missing.length} of 5 not scored yet)`
      : refusal?.path.startsWith('evidence')
        ? refusal.message
        : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    setRefusal(null);
    if (!choice || monthProblem(month, todayMonth) || missing.length > 0) return;
    setBusy(true);
    const r = await recordStageChange(useCase, { stage: choice, month, by, note, evidence: choice === 'pilot-succeeded' ? evidence : null }, todayMonth);
    setBusy(false);
    if (!r.ok) return setRefusal(r.errors[0] ?? { path: '', message: 'Nothing was recorded.' });
    setChoice(null);
    setNote('');
    setAttempted(false);
    onRecorded();
  };

  return (
    <form className="living-move" aria-label="Change the stage" noValidate onSubmit={(e) => void submit(e)}>
      <RadioGroup
        legend="Move to"
        options={NEXT_STAGES[from].map((s) => ({ value: s as Stage | null, label: choiceLabel(from, s) }))}
        value={choice}
        onChange={(v) => {
          setChoice(v);
          setRefusal(null);
        }}
      />
      {choice && (
        <>
          <div className="form-grid living-move__who">
            <MonthField label="Month of the change" value={month} max={todayMonth} onChange={setMonth} error={monthError} />
            <TextField label="Recorded by" hint="Name and role, e.g. Dana Ruiz, COO" value={by} onChange={setBy} />
          </div>
          <TextArea label="Note on the change" rows={2} value={note} onChange={setNote} />
          {choice === 'pilot-succeeded' && <ReassessReadiness value={evidence} before={useCase.readiness} onChange={setEvidence} error={evidenceError} />}
          {refusal && !refusal.path.startsWith('evidence') && (
            <p className="field__error" role="alert">
              {refusal.message}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Recording…' : `Move to “${STAGE_LABELS[choice]}”`}
            </button>
            <button type="button" className="button" onClick={() => setChoice(null)}>
              Cancel
            </button>
          </div>
        </>
      )}
    </form>
  );
}
