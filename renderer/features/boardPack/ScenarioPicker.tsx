import { MAX_COMPARED_SCENARIOS, type Scenario } from '@shared/domain';

/**
 * Which scenarios go on the pack's options page (and into the deck and the workbook), up to four, in the order chosen.
 * Shown above the pages, never printed.
 */
export function ScenarioPicker({ scenarios, chosen, onChange }: { scenarios: readonly Scenario[] | undefined; chosen: readonly string[]; onChange: (ids: string[]) => void }) {
  if (!scenarios) return null;
  if (scenarios.length === 0) {
    return <p className="bp-picker__empty">No scenarios yet: create them on the Scenarios page to put options side by side in the pack.</p>;
  }
  const full = chosen.length >= MAX_COMPARED_SCENARIOS;
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  return (
    <fieldset className="bp-picker">
      <legend>Options page: scenarios beside the plan (up to {MAX_COMPARED_SCENARIOS})</legend>
      {scenarios.map((s) => {
        const on = chosen.includes(s.id);
        return (
          <label key={s.id} className="bp-picker__item">
            <input type="checkbox" checked={on} disabled={!on && full} onChange={(e) => toggle(s.id, e.currentTarget.checked)} /> {s.name}
          </label>
        );
      })}
      {full ? <p className="bp-picker__note">Four chosen: clear one to choose another.</p> : null}
    </fieldset>
  );
}
