import { useState, type FormEvent } from 'react';
import type { UseCase } from '@shared/domain';
import { freshAssessment, ReassessReadiness, unscored } from '../stage/ReassessReadiness';
import { recordReassessment } from '../stage/stageActions';

/** A finished pilot recorded without its readiness re-assessment: score the five again here, in the light of the pilot. */
export function ReassessPanel({ useCase }: { useCase: UseCase }) {
  const [evidence, setEvidence] = useState(() => freshAssessment(useCase.readiness));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = unscored(evidence);
    if (missing.length > 0) return setError(`Score every dimension with what the pilot showed (${missing.length} of 5 not scored yet)`);
    setError(undefined);
    setBusy(true);
    const r = await recordReassessment(useCase, evidence);
    setBusy(false);
    if (!r.ok) setError(r.errors[0]?.message ?? 'Nothing was recorded.');
  };
  return (
    <section className="card callout--warning" aria-labelledby="gate-reassess">
      <h2 id="gate-reassess">Re-assess readiness first</h2>
      <p>
        The pilot finished without its readiness being scored again, so there is no chance of reaching production to weigh the last mile against. Score the
        five with what the pilot showed.
      </p>
      <form noValidate aria-labelledby="gate-reassess" onSubmit={(e) => void submit(e)}>
        <ReassessReadiness value={evidence} before={useCase.readiness} onChange={setEvidence} error={error} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Recording…' : 'Record the re-assessment'}
          </button>
        </div>
      </form>
    </section>
  );
}
