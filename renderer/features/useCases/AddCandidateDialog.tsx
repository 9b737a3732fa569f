import { useState } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { TextField } from '@renderer/components/inputs';
import { errorsByPath, type FieldError, type Problem, type Workspace } from '@shared/domain';
import { addCandidate } from './useCaseActions';

/** Asks for a candidate's name, creates it under the problem and opens its page. */
export function AddCandidateDialog({ open, problem, workspace, onClose }: { open: boolean; problem: Problem; workspace: Workspace; onClose: () => void }) {
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const close = () => {
    setName('');
    setErrors([]);
    onClose();
  };
  const byPath = errorsByPath(errors);
  const other = errors.filter((e) => e.path !== 'name');
  return (
    <Dialog title="Add a candidate" open={open} onClose={close}>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void addCandidate(workspace, problem.id, name).then((errs) => (errs.length === 0 ? close() : setErrors(errs)));
        }}
      >
        <p>An AI use case that would solve “{problem.title}”. You fill in its business case on the next page.</p>
        <TextField label="Candidate name" value={name} onChange={setName} error={byPath.name} required />
        {other.map((e) => (
          <p key={e.message} className="field__error" role="alert">
            {e.message}
          </p>
        ))}
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            Add and open
          </button>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
