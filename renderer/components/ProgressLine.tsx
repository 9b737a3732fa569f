import { useId } from 'react';
import { formatPercent } from '@shared/presentation';
import { useNumberFormat } from './NumberFormatContext';
import type { ProgressState } from './ProgressTask';
import './ProgressLine.css';

/**
 * How far a long piece of work is: a labelled bar (without a value when the step cannot say how far it is), a sentence
 * of what is happening (announced politely to screen readers) and Cancel while the work can still stop.
 */
export function ProgressLine({ progress, onCancel }: { progress: ProgressState; onCancel: () => void }) {
  const id = useId();
  const format = useNumberFormat();
  const fraction = progress.fraction === null ? null : Math.min(1, Math.max(0, progress.fraction));
  const percent = fraction === null ? null : Math.round(fraction * 100);
  return (
    <div className="progress-line">
      <p className="progress-line__label" id={`${id}-label`}>
        {progress.label}
      </p>
      <div className="progress-line__row">
        <progress aria-labelledby={`${id}-label`} aria-describedby={`${id}-sentence`} max={100} value={percent ?? undefined}>
          {fraction === null ? '' : formatPercent(fraction, format, 0)}
        </progress>
        {progress.cancellable && (
          <button type="button" className="button button--small" onClick={onCancel}>
            Cancel<span className="visually-hidden"> {progress.label.charAt(0).toLowerCase() + progress.label.slice(1)}</span>
          </button>
        )}
      </div>
      <p className="progress-line__sentence muted" id={`${id}-sentence`} role="status" aria-live="polite">
        {progress.sentence}
      </p>
    </div>
  );
}
