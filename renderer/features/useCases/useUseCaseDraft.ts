import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { defaultChoices, fieldDifferences, mergeFields, type MergeChoice } from '@renderer/components/fieldMerge';
import { revisionOf, settleWrite } from '@renderer/components/settleWrite';
import { useForm } from '@renderer/components/useForm';
import { errorsByPath, useCaseInputSchema, type FieldError, type Problem, type UseCase, type UseCaseInput, type Workspace } from '@shared/domain';
import { USE_CASE_MERGE_GROUPS } from './conflictFields';
import { saveUseCase } from './useCaseActions';
import { inputOf, liveCase, samePlain, visibleErrors, withRefinedEstimate } from './useCaseModel';

/**
 * The edit state of one use case: form values, the live business case, what is unsaved, and saving.
 * Nothing is written while any field is invalid. A save names the revision the form started from; when the stored
 * record changes under unsaved edits (another window, an undo), or a save is refused because it did, `conflict`
 * holds both versions field by field and saving waits until the user applies a merge. Without unsaved edits the form
 * simply follows the stored record. A refused write (a full disk) keeps everything typed; Save tries again.
 */
export function useUseCaseDraft(stored: UseCase, workspace: Workspace, problems: readonly Problem[]) {
  const storedInput = useMemo(() => inputOf(stored), [stored]);
  const form = useForm(useCaseInputSchema, storedInput);
  const { setValues, set: setValue } = form;
  // The form always starts from a whole input (inputOf fills every default), so its values are a UseCaseInput.
  const values = form.values as UseCaseInput;
  const [baseline, setBaseline] = useState<UseCaseInput>(storedInput);
  const revision = useRef(revisionOf(stored));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [saveErrors, setSaveErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [theirs, setTheirs] = useState<UseCase | null>(null);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const expected = useRef<UseCaseInput | null>(null);

  const live = useMemo(() => liveCase(values, workspace, problems), [values, workspace, problems]);
  const dirty = !live.ok || !samePlain(live.input, baseline);
  const state = useRef({ baseline, dirty, values });
  state.current = { baseline, dirty, values };

  const set = useCallback(
    (path: string, value: unknown) => {
      setValue(path, value);
      setTouched((t) => (t.has(path) ? t : new Set(t).add(path)));
      setSaveErrors([]);
    },
    [setValue],
  );

  const load = useCallback(
    (record: UseCase) => {
      const input = inputOf(record);
      expected.current = null;
      revision.current = revisionOf(record);
      setBaseline(input);
      setValues(input);
      setTouched(new Set());
      setAttempted(false);
      setSaveErrors([]);
      setTheirs(null);
      setChoices({});
    },
    [setValues],
  );

  /** The stored record changed under unsaved edits: compare, unless both versions already agree field by field. */
  const meet = useCallback((record: UseCase) => {
    const input = inputOf(record);
    const { baseline: base, values: mine } = state.current;
    if (fieldDifferences(base, mine, input, USE_CASE_MERGE_GROUPS).length === 0) {
      revision.current = revisionOf(record);
      setBaseline(input);
      setTheirs(null);
      return;
    }
    setTheirs(record);
  }, []);

  useEffect(() => {
    const { baseline: base, dirty: isDirty } = state.current;
    if (samePlain(storedInput, base)) {
      // The save already set this baseline (or the record came back to it): forget the awaited echo, or a later
      // undo → redo would be taken for it; the content the form started from is the stored one again.
      expected.current = null;
      revision.current = revisionOf(stored);
      setTheirs(null);
      return;
    }
    if (expected.current && samePlain(storedInput, expected.current)) {
      expected.current = null;
      revision.current = revisionOf(stored);
      setBaseline(storedInput);
    } else if (!isDirty) load(stored);
    else meet(stored);
  }, [stored, storedInput, load, meet]);

  /** Writes `input` against the revision the form started from; false when nothing was saved. */
  const write = useCallback(
    async (input: UseCaseInput, label?: string): Promise<boolean> => {
      setSaving(true);
      setSaveErrors([]);
      expected.current = input;
      const r = await settleWrite(saveUseCase(stored.id, input, revision.current, label));
      setSaving(false);
      if (!r.ok) {
        expected.current = null;
        if (r.reason === 'conflict' && r.current) meet(r.current as UseCase);
        else setSaveErrors(r.errors);
        return false;
      }
      revision.current = revisionOf(r.value);
      setBaseline(inputOf(r.value));
      setAttempted(false);
      setTheirs(null);
      setChoices({});
      return true;
    },
    [stored.id, meet],
  );

  /** Saves the current values (with `patch` applied); false when nothing was saved (invalid, or waiting for a merge). */
  const save = useCallback(
    async (options: { label?: string; patch?: Partial<UseCaseInput> } = {}): Promise<boolean> => {
      setAttempted(true);
      const next = options.patch ? liveCase({ ...values, ...options.patch }, workspace, problems) : live;
      if (!next.ok || saving || theirs) return false;
      // A changed cost makes a reference-class or missing estimate the team's own (docs/inventory.md).
      const input = withRefinedEstimate(baseline, next.input);
      if (options.patch || input !== next.input) setValues((v) => ({ ...v, ...options.patch, estimate: input.estimate }));
      return write(input, options.label);
    },
    [values, live, saving, theirs, workspace, problems, setValues, write, baseline],
  );

  const theirsInput = useMemo(() => (theirs ? inputOf(theirs) : null), [theirs]);
  const differences = useMemo(() => (theirsInput ? fieldDifferences(baseline, values, theirsInput, USE_CASE_MERGE_GROUPS) : []), [baseline, values, theirsInput]);
  const chosen = useMemo(() => defaultChoices(differences, choices), [differences, choices]);

  /** Takes the chosen version of every field (the other window's for every field not edited here) and saves the result. */
  const applyMerge = useCallback(async (): Promise<boolean> => {
    if (!theirs || !theirsInput || saving) return false;
    const merged = mergeFields(values, theirsInput, differences, chosen);
    revision.current = revisionOf(theirs);
    setBaseline(theirsInput);
    setValues(merged);
    setTheirs(null);
    setChoices({});
    setAttempted(true);
    const checked = liveCase(merged, workspace, problems);
    if (!checked.ok) return false;
    if (samePlain(checked.input, theirsInput)) return true;
    const input = withRefinedEstimate(theirsInput, checked.input);
    if (input !== checked.input) setValues((v) => ({ ...v, estimate: input.estimate }));
    return write(input);
  }, [theirs, theirsInput, saving, values, differences, chosen, setValues, workspace, problems, write]);

  const errors = useMemo(
    () => ({ ...visibleErrors(live.ok ? {} : live.byPath, touched, attempted), ...errorsByPath(saveErrors) }),
    [live, touched, attempted, saveErrors],
  );

  return {
    values,
    set,
    live,
    errors,
    dirty,
    saving,
    /** True after a save was refused because of invalid fields (until the next successful save). */
    refused: attempted && !live.ok,
    saveErrors,
    /** The version saved meanwhile and how it differs from the user's, field by field; saving waits while it is set. */
    conflict: theirs ? { theirs, differences, choices: chosen } : null,
    choose: (path: string, choice: MergeChoice) => setChoices((c) => ({ ...c, [path]: choice })),
    applyMerge,
    save,
    discard: () => load(theirs ?? stored),
    /** Drops the unsaved edits and continues from the version saved meanwhile. */
    takeSaved: () => load(theirs ?? stored),
  };
}

export type UseCaseDraft = ReturnType<typeof useUseCaseDraft>;
