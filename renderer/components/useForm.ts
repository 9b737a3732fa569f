import { useCallback, useMemo, useState } from 'react';
import type { z } from 'zod';
import { errorsByPath, validate } from '@shared/domain';

/** Immutable update of a nested value by a dot path ('benefits.hoursSavedPerMonth'). */
export function setIn<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return obj;
  const current = (obj as Record<string, unknown>)[head];
  const next = rest.length === 0 ? value : setIn(current ?? {}, rest.join('.'), value);
  return Array.isArray(obj) ? (Object.assign([...obj], { [head]: next }) as T) : ({ ...obj, [head]: next } as T);
}

/**
 * Form state validated by a shared schema. Errors show after the first save attempt and then follow every
 * keystroke; nothing is handed to `onValid` until the whole form is valid.
 */
export function useForm<S extends z.ZodType>(schema: S, initial: z.input<S>) {
  const [values, setValues] = useState<z.input<S>>(initial);
  const [showErrors, setShowErrors] = useState(false);
  const result = useMemo(() => validate(schema, values), [schema, values]);
  const errors = useMemo(() => (showErrors && !result.ok ? errorsByPath(result.errors) : {}), [showErrors, result]);
  const set = useCallback((path: string, value: unknown) => setValues((v) => setIn(v, path, value)), []);
  const submit = useCallback(
    async (onValid: (value: z.output<S>) => Promise<Record<string, string> | void> | void) => {
      setShowErrors(true);
      if (!result.ok) return false;
      await onValid(result.value);
      return true;
    },
    [result],
  );
  return { values, set, setValues, errors, valid: result.ok, submit, reset: (v: z.input<S>) => { setValues(v); setShowErrors(false); } };
}
