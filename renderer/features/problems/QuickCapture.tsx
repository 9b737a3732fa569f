import { useEffect, useMemo, useRef, useState } from 'react';
import { repositories, useProblems } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { quickProblemInput } from '@shared/domain';
import { flagLines, nearDuplicateIndex } from '@shared/workshop/nearDuplicates';
import { isStorageFull, settleWrite } from '@renderer/components/settleWrite';
import { PastedListReview, flagText, problemsWord, type FocusTarget } from './PastedListReview';
import { parsePastedList, problemsOfRows, reviewRows, type ReviewRow } from './pastedList';

type Failure = { message: string; retry: boolean };

/** Pasted text with line breaks or a spreadsheet's tabs, holding at least one line: offered as a list. */
const isList = (pasted: string) => /[\r\n\t]/.test(pasted) && parsePastedList(pasted).length > 0;

/**
 * Live-session capture: type a title, press Enter, the problem is saved (status captured) and the input
 * is ready for the next one. Details are completed later. A title that is not saved (a full disk, an
 * invalid title) stays in the field with the reason, and Enter tries again. A title that nearly repeats a problem
 * of the workspace is pointed out before Enter (a hint: Enter still adds it).
 *
 * Pasting several lines (a list, bullets, numbers, a spreadsheet's column) offers one problem per line for review
 * (PastedListReview); "Add N problems" writes them in one transaction, undone in one step.
 */
export function QuickCapture({ workspaceId }: { workspaceId: string }) {
  const problems = useProblems(workspaceId);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const [count, setCount] = useState(0);
  const [message, setMessage] = useState('');
  const [rows, setRows] = useState<ReviewRow[] | null>(null);
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<number, string>>(new Map());
  const [focus, setFocus] = useState<FocusTarget>(null);
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  // One save at a time: Enter pressed twice must not add the same problem twice.
  const saving = useRef(false);

  const index = useMemo(() => nearDuplicateIndex(problems ?? [], (p) => p.title), [problems]);
  const flags = useMemo(() => (rows ? flagLines(rows.map((r) => r.title), index) : []), [rows, index]);
  const hint = useMemo(() => {
    if (rows || title.trim() === '') return '';
    const match = index.closest(title);
    return match ? `${flagText({ kind: 'existing', ...match })}. Enter adds it anyway.` : '';
  }, [rows, title, index]);
  const adding = rows?.filter((r) => r.title.trim() !== '').length ?? 0;

  useEffect(() => {
    if (focus !== 'field') return;
    input.current?.focus();
    setFocus(null);
  }, [focus]);

  const closeReview = (status: string) => {
    setRows(null);
    setRowErrors(new Map());
    setError(null);
    setMessage(status);
    setFocus('field');
  };

  /** Offers the lines of pasted text for review: after the list so far, or after the line `afterKey` it was pasted into. */
  const offer = (pasted: string, afterKey?: number) => {
    const lines = parsePastedList(pasted);
    const added = reviewRows(lines, nextKey.current);
    nextKey.current += added.length;
    const before = rows ?? [];
    const at = afterKey === undefined ? before.length : before.findIndex((r) => r.key === afterKey) + 1;
    const all = [...before.slice(0, at), ...added, ...before.slice(at)];
    const repeats = flagLines(all.map((r) => r.title), index).filter(Boolean).length;
    setRows(all);
    setError(null);
    setMessage(
      `${problemsWord(all.length)} from the pasted list${repeats > 0 ? `, ${repeats} may repeat a problem` : ''}. ` +
        'Enter adds them all, Esc cancels, Down goes through the list.',
    );
  };

  const addOne = () => {
    const text = title;
    saving.current = true;
    void settleWrite(perform(repositories().problems.create(workspaceId, quickProblemInput(text))))
      .then((r) => {
        if (!r.ok) {
          setError({ message: r.errors[0]?.message ?? 'The problem could not be saved', retry: isStorageFull(r) });
          return;
        }
        // The field empties once the title is saved (unless something new was typed meanwhile).
        setTitle((now) => (now === text ? '' : now));
        setError(null);
        setMessage('');
        setCount((c) => c + 1);
        input.current?.focus();
      })
      .finally(() => {
        saving.current = false;
      });
  };

  const addList = (list: ReviewRow[]) => {
    const checked = problemsOfRows(list);
    if (!checked.ok) {
      const [first] = checked.errors;
      setRowErrors(new Map(checked.errors.map((e) => [e.key, e.message])));
      setError({ message: `Nothing was added: problem ${first!.row} — ${first!.message}`, retry: false });
      setFocus({ row: first!.key });
      return;
    }
    const n = checked.inputs.length;
    if (n === 0) return;
    saving.current = true;
    const write = repositories().problems.createMany(workspaceId, checked.inputs, `Add ${problemsWord(n)} from a pasted list`);
    void settleWrite(perform(write, { toast: `Added ${problemsWord(n)}`, undoable: true }))
      .then((r) => {
        if (!r.ok) {
          // The full-disk message says itself that nothing was saved (the rows were checked before the write).
          const why = r.errors[0]?.message ?? 'The problems could not be saved; nothing was added.';
          setError({ message: isStorageFull(r) ? why : `Nothing was added: ${why}`, retry: isStorageFull(r) });
          return;
        }
        setCount((c) => c + n);
        closeReview(`Added ${problemsWord(n)} from the pasted list (Undo takes them all back).`);
      })
      .finally(() => {
        saving.current = false;
      });
  };

  const removeRow = (key: number) => {
    if (!rows) return;
    const at = rows.findIndex((r) => r.key === key);
    const left = rows.filter((r) => r.key !== key);
    if (left.length === 0) {
      closeReview('Removed the last line of the pasted list; nothing was added.');
      return;
    }
    setRows(left);
    setRowErrors((m) => new Map([...m].filter(([k]) => k !== key)));
    setMessage(`Removed “${rows[at]?.title ?? ''}”. ${problemsWord(left.length)} left.`);
    setFocus({ row: (left[at] ?? left[at - 1])!.key });
  };

  const countText = count > 0 ? `${count} captured this session — complete them later.` : '';
  return (
    <form
      className="quick-capture"
      onSubmit={(e) => {
        e.preventDefault();
        if (saving.current) return;
        if (rows) addList(rows);
        else addOne();
      }}
    >
      <label htmlFor="quick-capture-input">Quick capture: type a business problem and press Enter</label>
      <div className="quick-capture__row">
        <input
          id="quick-capture-input"
          ref={input}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onPaste={(e) => {
            const pasted = e.clipboardData.getData('text/plain');
            // A plain title is pasted by the browser; lines or a spreadsheet's cells become a list to review.
            if (!isList(pasted)) return;
            e.preventDefault();
            offer(pasted);
          }}
          onKeyDown={(e) => {
            if (!rows) return;
            if (e.key === 'Escape') {
              e.preventDefault();
              closeReview('The pasted list was put away; nothing was added.');
            } else if (e.key === 'ArrowDown' && rows[0]) {
              e.preventDefault();
              setFocus({ row: rows[0].key });
            }
          }}
          placeholder="e.g. Invoice disputes take three weeks to resolve"
          aria-invalid={error && !rows ? true : undefined}
          aria-describedby={error ? 'quick-capture-error' : 'quick-capture-status'}
          autoComplete="off"
        />
        {!rows && (
          <button type="submit" className="button">
            Add
          </button>
        )}
      </div>
      {rows && (
        <PastedListReview
          rows={rows}
          flags={flags}
          errors={rowErrors}
          adding={adding}
          focus={focus}
          onFocused={() => setFocus(null)}
          onEdit={(key, value) => {
            setRows((all) => all?.map((r) => (r.key === key ? { ...r, title: value } : r)) ?? null);
            if (rowErrors.has(key)) setRowErrors(new Map([...rowErrors].filter(([k]) => k !== key)));
          }}
          onRemove={removeRow}
          onCancel={() => closeReview('The pasted list was put away; nothing was added.')}
          onLeaveTop={() => setFocus('field')}
          onPasteLines={(key, pasted) => {
            if (!isList(pasted)) return false;
            offer(pasted, key);
            return true;
          }}
        />
      )}
      {error ? (
        <p id="quick-capture-error" className="field__error" role="alert">
          {error.message}
          {error.retry ? ' Press Enter to try again.' : ''}
        </p>
      ) : (
        <p id="quick-capture-status" className="muted" role="status">
          {hint || [message, countText].filter(Boolean).join(' ')}
        </p>
      )}
    </form>
  );
}
