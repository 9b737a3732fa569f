import { useState } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { readNumberDraft } from '@renderer/components/inputs';
import { useNumberFormat } from '@renderer/components/NumberFormatContext';

export type CurrencyChoice = { mode: 'relabel' } | { mode: 'convert'; rate: number };

/**
 * Asks what a change of currency means: the same amounts under the new currency (relabel), or every amount of
 * the workspace converted at a rate the user gives (1 old = rate new).
 */
export function CurrencyChangeDialog({
  change,
  onChoose,
  onClose,
  errors,
}: {
  change: { from: string; to: string } | null;
  onChoose: (choice: CurrencyChoice) => void;
  onClose: () => void;
  errors?: string[];
}) {
  const format = useNumberFormat();
  const [mode, setMode] = useState<'relabel' | 'convert'>('relabel');
  const [rateText, setRateText] = useState('');
  const [tried, setTried] = useState(false);
  const rate = readNumberDraft(rateText, { label: 'The rate', kind: 'number', scale: 1, format, allowEmpty: false });
  const rateError = !rate.ok ? rate.message : rate.value === null || rate.value <= 0 ? 'The rate must be a number above 0' : null;
  const showRateError = mode === 'convert' && rateError !== null && (tried || rateText.trim() !== '');
  const confirm = () => {
    setTried(true);
    if (mode === 'relabel') return onChoose({ mode });
    if (rate.ok && rate.value !== null && rateError === null) onChoose({ mode, rate: rate.value });
  };
  return (
    <Dialog title={change ? `Change the currency from ${change.from} to ${change.to}?` : 'Change the currency'} open={change !== null} onClose={onClose}>
      {change && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <fieldset className="uc-radios">
            <legend>What should happen to the amounts already entered?</legend>
            <label className="choice">
              <input type="radio" name="currency-mode" checked={mode === 'relabel'} onChange={() => setMode('relabel')} />
              Relabel only: keep every amount as it is, now in {change.to}
            </label>
            <label className="choice">
              <input type="radio" name="currency-mode" checked={mode === 'convert'} onChange={() => setMode('convert')} />
              Convert at a rate: multiply every amount (problems, use cases, plan budget and caps, labour rate, compliance cost) by the rate
            </label>
          </fieldset>
          {mode === 'convert' && (
            <div className={`field${showRateError ? ' field--invalid' : ''}`}>
              <label htmlFor="currency-rate">
                Rate: 1 {change.from} = ? {change.to}
              </label>
              <input
                id="currency-rate"
                type="text"
                inputMode="decimal"
                value={rateText}
                autoFocus
                aria-invalid={showRateError || undefined}
                aria-describedby={showRateError ? 'currency-rate-error' : undefined}
                onChange={(e) => setRateText(e.target.value)}
              />
              {showRateError && (
                <p className="field__error" id="currency-rate-error" role="alert">
                  {rateError}
                </p>
              )}
            </div>
          )}
          {errors?.map((m) => (
            <p key={m} className="field__error" role="alert">
              {m}
            </p>
          ))}
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              {mode === 'relabel' ? 'Relabel only' : 'Convert at this rate'}
            </button>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
