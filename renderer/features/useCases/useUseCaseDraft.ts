import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from '@renderer/components/useForm';
import { errorsByPath, useCaseInputSchema, type FieldError, type Problem, type UseCase, type UseCaseInput, type Workspace } from '@shared/domain';
import { saveUseCase } from './useCaseActions';
import { inputOf, liveCase, samePlain, visibleErrors } from './useCaseModel';

/**
 * The edit state of one use case: form values, the live business case, what is unsaved, and saving.
 * Nothing is written while any field is invalid. When the stored record changes under the form (undo, another
 * window) the form follows it if there are no unsaved edits, otherwise `conflict` holds the stored version.
 */
export function useUseCaseDraft(stored: UseCase, workspace: Workspace, problems: readonly Problem[]) {
  const storedInput = useMemo(() => inputOf(stored), [stored]);
  const form = useForm(useCaseInputSchema, storedInput);
  const { setValues, set: setValue } = form;
  const values: UseCaseInput = form.values;
  const [baseline, setBaseline] = useState<UseCaseInput>(storedInput);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [saveErrors, setSaveErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<UseCaseInput | null>(null);
  const expected = useRef<UseCaseInput | null>(null);

  const live = useMemo(() => liveCase(values, workspace, problems), [values, workspace, problems]);
  const dirty = !live.ok || !samePlain(live.input, baseline);
  const state = useRef({ baseline, dirty });
  state.current = { baseline, dirty };

  const set = useCallback(
    (path: string, value: unknown) => {
      setValue(path, value);
      setTouched((t) => (t.has(path) ? t : new Set(t).add(path)));
      setSaveErrors([]);
    },
    [setValue],
  );

  const load = useCallback(
    (input: UseCaseInput) => {
      expected.current = null;
      setBaseline(input);
      setValues(input);
      setTouched(new Set());
      setAttempted(false);
      setSaveErrors([]);
      setConflict(null);
    },
    [setValues],
  );

  useEffect(() => {
    const { baseline: base, dirty: isDirty } = state.current;
    if (samePlain(storedInput, base)) {
      // The save already set this baseline; forget the awaited echo, or a later undo → redo would be taken for it.
      expected.current = null;
      return;
    }
    if (expected.current && samePlain(storedInput, expected.current)) {
      expected.current = null;
      setBaseline(storedInput);
    } else if (!isDirty) load(storedInput);
    else setConflict(storedInput);
  }, [storedInput, load]);

  /** Saves the current values (with `patch` applied); false when nothing was saved. */
  const save = useCallback(
    async (options: { label?: string; patch?: Partial<UseCaseInput> } = {}): Promise<boolean> => {
      setAttempted(true);
      const next = options.patch ? liveCase({ ...values, ...options.patch }, workspace, problems) : live;
      if (!next.ok || saving) return false;
      if (options.patch) setValues((v) => ({ ...v, ...options.patch }));
      setSaving(true);
      expected.current = next.input;
      const r = await saveUseCase(stored.id, next.input, options.label);
      setSaving(false);
      if (!r.ok) {
        expected.current = null;
        setSaveErrors(r.errors);
        return false;
      }
      setBaseline(inputOf(r.value));
      setAttempted(false);
      setConflict(null);
      return true;
    },
    [values, live, saving, workspace, problems, stored.id, setValues],
  );

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
    conflict,
    save,
    discard: () => load(baseline),
    loadStored: () => load(storedInput),
    keepMine: () => {
      setBaseline(storedInput);
      setConflict(null);
    },
  };
}

export type UseCaseDraft = ReturnType<typeof useUseCaseDraft>;
