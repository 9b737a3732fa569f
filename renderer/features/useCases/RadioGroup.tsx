import { useId, type ReactNode } from 'react';

/** A set of radio buttons under one legend (keyboard: Tab into the group, arrows to choose). */
export function RadioGroup<T extends string | number | boolean | null>({
  legend,
  options,
  value,
  onChange,
  className,
  hint,
}: {
  legend: ReactNode;
  options: readonly { value: T; label: ReactNode }[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
  hint?: ReactNode;
}) {
  const name = useId();
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset className={`uc-radios${className ? ` ${className}` : ''}`} aria-describedby={hintId}>
      <legend>{legend}</legend>
      <div className="uc-radios__options">
        {options.map((o) => (
          <label key={String(o.value)} className="choice">
            <input type="radio" name={name} checked={o.value === value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}
