/** Save and Cancel under a form, and the reminder that nothing was saved while fields are marked. */
export function FormActions({
  submitLabel,
  onCancel,
  blocked,
  disabled = false,
}: {
  submitLabel: string;
  onCancel?: (() => void) | undefined;
  blocked: boolean;
  /** Saving cannot start now (a save under way, or another window's version to merge first). */
  disabled?: boolean;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={disabled}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
      {blocked && (
        <p className="field__error" role="status">
          Nothing was saved: correct the fields marked above.
        </p>
      )}
    </div>
  );
}
