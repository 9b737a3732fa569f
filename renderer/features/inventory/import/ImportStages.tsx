import { useId } from 'react';
import { STAGE_LABELS, STAGES, type Stage, type StageMapEntry } from '@shared/domain';
import { stageKey, stageLookup, unrecognisedStages } from '@shared/inventory/stageMap';

/**
 * What each stage written in the file means among the app's stages: one choice per distinct value, suggested from the
 * words registers use ("Pilot", "In production", "Idea"). A word no rule recognises is guessed as an idea and marked
 * until the user chooses for it (`confirmed` holds the values the user chose).
 */
export function ImportStages({
  values,
  stageMap,
  confirmed,
  onChange,
}: {
  values: readonly string[];
  stageMap: readonly StageMapEntry[];
  confirmed: ReadonlySet<string>;
  onChange: (stageMap: StageMapEntry[], value: string) => void;
}) {
  const id = useId();
  if (values.length === 0) return <p className="muted">No stage column is chosen, or it is empty: new use cases are imported as ideas, earlier imports keep their stage.</p>;
  const stageOf = stageLookup(stageMap);
  const unsure = new Set(unrecognisedStages(values, stageMap).filter((v) => !confirmed.has(stageKey(v))));
  const set = (value: string, stage: Stage) =>
    onChange([...stageMap.filter((e) => stageKey(e.value) !== stageKey(value)), { value, stage }].sort((a, b) => values.indexOf(a.value) - values.indexOf(b.value)), value);
  return (
    <>
      <table className="table inventory-import__stages">
        <caption>What the stages in the file mean</caption>
        <thead>
          <tr>
            <th scope="col">Stage in the file</th>
            <th scope="col">Stage in the portfolio</th>
          </tr>
        </thead>
        <tbody>
          {values.map((value, i) => {
            const stage = stageOf(value);
            const marked = unsure.has(value);
            return (
              <tr key={value} className={marked ? 'inventory-import__unmapped' : undefined}>
                <th scope="row">
                  <label htmlFor={`${id}-${i}`}>{value}</label>
                  {marked && <span className="badge badge--warning inventory-import__badge">Not recognised</span>}
                </th>
                <td>
                  <select id={`${id}-${i}`} value={stage ?? ''} onChange={(e) => e.target.value !== '' && set(value, e.target.value as Stage)}>
                    {stage === undefined && <option value="">Choose a stage…</option>}
                    {STAGES.map((s) => (
                      <option key={s} value={s}>
                        {STAGE_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {unsure.size > 0 && (
        <p className="field__hint">
          {unsure.size === 1 ? 'One stage in the file is not recognised and is taken as an idea' : `${unsure.size} stages in the file are not recognised and are taken as ideas`}: check what{' '}
          {unsure.size === 1 ? 'it means' : 'each means'} and choose.
        </p>
      )}
    </>
  );
}
