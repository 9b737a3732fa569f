import type { UseCaseDraft } from './useUseCaseDraft';

/**
 * Save / discard with the unsaved-changes indicator; Ctrl/Cmd+S saves from anywhere on the page. `onSave` saves as the page
 * does (a refusal moves focus to the first invalid field). Save waits while a version saved elsewhere is being merged; a
 * refused write (a full disk) says why, keeps the form as typed, and Save tries again.
 */
export function SaveBar({ draft, onSave }: { draft: UseCaseDraft; onSave: () => void }) {
  const general = draft.saveErrors.filter((e) => e.path === '' || e.path === 'problemId');
  return (
    <div className="uc-savebar">
      <p role="status" className={`uc-savebar__state${draft.dirty ? ' uc-savebar__state--dirty' : ''}`}>
        {draft.saving ? 'Saving…' : draft.conflict ? 'Unsaved changes: choose the versions to keep above' : draft.dirty ? 'Unsaved changes' : 'All changes saved'}
      </p>
      {draft.refused && (
        <p className="field__error" role="alert">
          Nothing was saved: correct the fields marked in the form.
        </p>
      )}
      {general.map((e) => (
        <p key={e.message} className="field__error" role="alert">
          {e.message}
        </p>
      ))}
      <div className="form-actions">
        <button type="button" className="button button--primary" aria-keyshortcuts="Control+S Meta+S" disabled={!draft.dirty || draft.saving || draft.conflict !== null} onClick={onSave}>
          Save changes
        </button>
        <button type="button" className="button" disabled={!draft.dirty || draft.saving || draft.conflict !== null} onClick={draft.discard}>
          Discard changes
        </button>
      </div>
    </div>
  );
}
