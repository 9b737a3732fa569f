import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { defaultChoices, fieldDifferences, mergeFields, samePlainValue, type MergeChoice } from '@renderer/components/fieldMerge';
import { revisionOf, settleWrite, type WriteFailed } from '@renderer/components/settleWrite';
import { useForm } from '@renderer/components/useForm';
import { problemInputSchema, validate, type Problem, type ProblemInput } from '@shared/domain';
import { problemInputOf } from './problemConflict';

/** Saves the problem's input against the revision the form started from (ignored for a new problem). */
export type ProblemSave = (input: ProblemInput, expectedRevision: number) => Promise<{ ok: true } | WriteFailed>;

/**
 * The edit state of a problem form. When it edits a stored problem, `live` is that record as stored now: without
 * unsaved edits the form follows it; with unsaved edits (or when a save is refused because it changed) `conflict`
 * holds both versions field by field and saving waits for the user to apply a merge. A refused write (a full disk)
 * keeps what was typed and says why; saving again retries.
 */
export function useProblemDraft(initial: ProblemInput, live: Problem | null, onSave: ProblemSave) {
  const form = useForm(problemInputSchema, initial);
  const { values, setValues, reset } = form;
  const [baseline, setBaseline] = useState<ProblemInput>(initial);
  const revision = useRef(live ? revisionOf(live) : 0);
  const [theirs, setTheirs] = useState<Problem | null>(null);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const state = useRef({ baseline, values, reset });
  state.current = { baseline, values, reset };

  const meet = useCallback((record: Problem) => {
    const input = problemInputOf(record);
    const { baseline: base, values: mine } = state.current;
    if (fieldDifferences(base, mine, input).length === 0) {
      revision.current = revisionOf(record);
      setBaseline(input);
      setTheirs(null);
    } else setTheirs(record);
  }, []);

  const liveInput = useMemo(() => (live ? problemInputOf(live) : null), [live]);
  useEffect(() => {
    if (!live || !liveInput) return;
    const { baseline: base, values: mine, reset: load } = state.current;
    if (samePlainValue(liveInput, base)) {
      revision.current = revisionOf(live);
      setTheirs(null);
    } else if (samePlainValue(mine, base)) {
      // No unsaved edits: follow the stored record.
      revision.current = revisionOf(live);
      setBaseline(liveInput);
      load(liveInput);
    } else meet(live);
  }, [live, liveInput, meet]);

  const write = useCallback(
    async (input: ProblemInput): Promise<boolean> => {
      setSaving(true);
      setRefusal(null);
      const r = await settleWrite(onSave(input, revision.current));
      setSaving(false);
      if (r.ok) return true;
      if (r.reason === 'conflict' && r.current) meet(r.current as Problem);
      else setRefusal(r.errors[0]?.message ?? 'Nothing was saved.');
      return false;
    },
    [onSave, meet],
  );

  const theirsInput = useMemo(() => (theirs ? problemInputOf(theirs) : null), [theirs]);
  const differences = useMemo(() => (theirsInput ? fieldDifferences(baseline, values, theirsInput) : []), [baseline, values, theirsInput]);
  const chosen = useMemo(() => defaultChoices(differences, choices), [differences, choices]);

  return {
    form,
    saving,
    refusal,
    conflict: theirs ? { differences, choices: chosen } : null,
    choose: (path: string, choice: MergeChoice) => setChoices((c) => ({ ...c, [path]: choice })),
    /** Saves the form's values; false when nothing was saved (invalid, waiting for a merge, or refused). */
    submit: async (): Promise<boolean> => {
      if (theirs || saving) return false;
      let saved = false;
      await form.submit(async (input) => {
        saved = await write(input);
      });
      return saved;
    },
    /** Takes the chosen version of every field (the other window's for every field not edited here) and saves the result. */
    applyMerge: async (): Promise<boolean> => {
      if (!theirs || !theirsInput || saving) return false;
      const merged = mergeFields(values, theirsInput, differences, chosen);
      revision.current = revisionOf(theirs);
      setBaseline(theirsInput);
      setValues(merged);
      setTheirs(null);
      setChoices({});
      const checked = validate(problemInputSchema, merged);
      if (!checked.ok) {
        await form.submit(async () => undefined); // shows the fields to correct
        return false;
      }
      return write(checked.value);
    },
    /** Drops the unsaved edits and continues from the version saved meanwhile. */
    takeSaved: () => {
      if (!theirs || !theirsInput) return;
      revision.current = revisionOf(theirs);
      setBaseline(theirsInput);
      reset(theirsInput);
      setTheirs(null);
      setChoices({});
    },
  };
}
