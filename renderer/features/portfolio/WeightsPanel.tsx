import { useEffect, useRef, useState } from 'react';
import {
  matchingPreset,
  presetWeights,
  SCORE_CRITERIA,
  SCORE_CRITERION_LABELS,
  SCORE_SCALE_DESCRIPTIONS,
  WEIGHT_PRESET_LABELS,
  WEIGHT_PRESETS,
  type ScoreWeights,
  type WeightPresetName,
} from '@shared/portfolio';

/**
 * Score weights by sliders with presets, folded away under their preset's name (the answer comes first). The ranking
 * follows the sliders live; the weights are saved (undoable) once the slider rests.
 */
export function WeightsPanel({ weights, onLiveChange, onSave }: { weights: ScoreWeights; onLiveChange: (w: ScoreWeights) => void; onSave: (w: ScoreWeights, preset: WeightPresetName) => void }) {
  const [local, setLocal] = useState(weights);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingSave = useRef<(() => void) | null>(null);
  useEffect(() => setLocal(weights), [weights]);
  // Leaving the page while a slider has just moved saves the new weights rather than dropping them.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      pendingSave.current?.();
    },
    [],
  );
  const change = (next: ScoreWeights, immediate = false) => {
    setLocal(next);
    onLiveChange(next);
    if (timer.current) clearTimeout(timer.current);
    const save = () => {
      pendingSave.current = null;
      timer.current = null;
      onSave(next, matchingPreset(next));
    };
    pendingSave.current = save;
    if (immediate) save();
    else timer.current = setTimeout(save, 400);
  };
  const preset = matchingPreset(local);
  return (
    <details className="card weights-panel">
      <summary className="weights-panel__summary">
        <span id="weights-title">Score weights</span> <span className="muted">({WEIGHT_PRESET_LABELS[preset]})</span>
      </summary>
      <label className="field">
        Preset
        <select value={preset} onChange={(e) => e.target.value !== 'custom' && change(presetWeights(e.target.value as (typeof WEIGHT_PRESETS)[number]), true)}>
          {WEIGHT_PRESETS.map((p) => (
            <option key={p} value={p}>
              {WEIGHT_PRESET_LABELS[p]}
            </option>
          ))}
          {preset === 'custom' && <option value="custom">{WEIGHT_PRESET_LABELS.custom}</option>}
        </select>
      </label>
      <div className="weights">
        {SCORE_CRITERIA.map((c) => (
          <div key={c} className="weight">
            <label htmlFor={`weight-${c}`}>
              {SCORE_CRITERION_LABELS[c]} <output htmlFor={`weight-${c}`}>{local[c]}</output>
            </label>
            <input
              id={`weight-${c}`}
              type="range"
              min={0}
              max={100}
              step={5}
              value={local[c]}
              aria-describedby={`weight-${c}-scale`}
              onChange={(e) => change({ ...local, [c]: Number(e.target.value) })}
            />
            <p className="field__hint" id={`weight-${c}-scale`}>
              {SCORE_SCALE_DESCRIPTIONS[c]}
            </p>
          </div>
        ))}
      </div>
    </details>
  );
}
