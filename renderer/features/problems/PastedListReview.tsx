import { useEffect, useRef } from 'react';
import type { StoredProblem } from '@renderer/db';
import type { LineFlag } from '@shared/workshop/nearDuplicates';
import type { ReviewRow } from './pastedList';

/** What a near-duplicate flag says: the problem (or the earlier line) it nearly repeats. */
export function flagText(flag: LineFlag<StoredProblem>): string {
  if (flag.kind === 'existing') return `${flag.exact ? 'Same as' : 'Looks like'} “${flag.title}”, already in this workspace`;
  return `${flag.exact ? 'Same as' : 'Looks like'} problem ${flag.line + 1} of this list, “${flag.title}”`;
}

export const problemsWord = (n: number) => (n === 1 ? '1 problem' : `${n} problems`);

/** Where focus goes after the list changes: a row (by key), or back to the quick-capture field. */
export type FocusTarget = { row: number } | 'field' | null;

interface Props {
  rows: readonly ReviewRow[];
  flags: readonly (LineFlag<StoredProblem> | null)[];
  errors: ReadonlyMap<number, string>;
  /** Rows that are not blank: the number "Add N problems" adds. */
  adding: number;
  focus: FocusTarget;
  onFocused: () => void;
  onEdit: (key: number, title: string) => void;
  onRemove: (key: number) => void;
  onCancel: () => void;
  onLeaveTop: () => void;
  /** Text pasted into a line: true when its lines were taken as rows after that line (else the browser pastes it). */
  onPasteLines: (key: number, pasted: string) => boolean;
}

/**
 * The lines of a pasted list, under the quick-capture field, before anything is added: each line editable, Up and Down
 * move between lines, Delete removes a line whose text is selected (as it is on arriving) or empty, Enter adds them
 * all (the form's submit), Esc cancels. Near-duplicates are flagged beside their line; a flagged line can still be added.
 */
export function PastedListReview({ rows, flags, errors, adding, focus, onFocused, onEdit, onRemove, onCancel, onLeaveTop, onPasteLines }: Props) {
  const inputs = useRef(new Map<number, HTMLInputElement>());
  const flagged = flags.filter(Boolean).length;

  const focusRow = (key: number | undefined) => {
    const el = key === undefined ? undefined : inputs.current.get(key);
    if (!el) return false;
    el.focus();
    el.select();
    return true;
  };
  useEffect(() => {
    if (focus === null || focus === 'field') return;
    focusRow(focus.row);
    onFocused();
  });

  return (
    <div
      className="quick-capture__review"
      role="group"
      aria-labelledby="quick-capture-review-title"
      aria-describedby="quick-capture-review-keys"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <p id="quick-capture-review-title">
        <strong>{problemsWord(rows.length)} from the pasted list</strong>
        {flagged > 0 ? ` — ${flagged} may repeat a problem` : ''}
      </p>
      <p id="quick-capture-review-keys" className="field__hint">
        Edit any line. Up and Down move between lines; Delete removes a line whose text is selected or empty; Enter adds them all; Esc cancels. A
        flagged line is added too unless you remove it.
      </p>
      <ol>
        {rows.map((row, i) => {
          const id = `quick-capture-line-${row.key}`;
          const flag = flags[i];
          const error = errors.get(row.key);
          const described = [flag && `${id}-flag`, row.statement && `${id}-long`, error && `${id}-error`].filter(Boolean).join(' ');
          return (
            <li key={row.key}>
              <label htmlFor={id} className="visually-hidden">
                Problem {i + 1} of {rows.length}
              </label>
              <div className="quick-capture__row">
                <input
                  id={id}
                  ref={(el) => {
                    if (el) inputs.current.set(row.key, el);
                    else inputs.current.delete(row.key);
                  }}
                  value={row.title}
                  autoComplete="off"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={described || undefined}
                  onChange={(e) => onEdit(row.key, e.target.value)}
                  onPaste={(e) => {
                    if (onPasteLines(row.key, e.clipboardData.getData('text/plain'))) e.preventDefault();
                  }}
                  onKeyDown={(e) => {
                    const el = e.currentTarget;
                    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                      e.preventDefault();
                      const to = rows[i + (e.key === 'ArrowDown' ? 1 : -1)];
                      if (to) focusRow(to.key);
                      else if (e.key === 'ArrowUp') onLeaveTop();
                    } else if (e.key === 'Delete' && (el.value === '' || (el.selectionStart === 0 && el.selectionEnd === el.value.length))) {
                      e.preventDefault();
                      onRemove(row.key);
                    }
                  }}
                />
                <button type="button" className="button button--small" onClick={() => onRemove(row.key)}>
                  Remove<span className="visually-hidden"> problem {i + 1}</span>
                </button>
              </div>
              {flag && (
                <p id={`${id}-flag`} className="field__hint">
                  <span className="badge badge--warning">Possible repeat</span> {flagText(flag)}
                </p>
              )}
              {row.statement && (
                <p id={`${id}-long`} className="field__hint">
                  Shortened to fit a title; the full line becomes the problem statement.
                </p>
              )}
              {error && (
                <p id={`${id}-error`} className="field__error">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={adding === 0}>
          Add {problemsWord(adding)}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
