import type { Presenter } from '@shared/presentation';
import { INVENTORY_FLAG_ADVICE, INVENTORY_FLAG_LABELS, INVENTORY_FLAGS, type InventoryFlag, type InventoryFlagCounts } from '@shared/inventory';

/** The id of a flag's advice in the legend (row flags point at it as their description). */
export const flagAdviceId = (flag: InventoryFlag) => `inventory-flag-advice-${flag}`;

/** The flag counts as filter buttons ("AI first — no problem stated: 163"); the one pressed filters the list. */
export function FlagFilter(props: { total: number; counts: InventoryFlagCounts; flag: InventoryFlag | null; onFlag: (flag: InventoryFlag | null) => void; present: Presenter }) {
  const { total, counts, flag, onFlag, present } = props;
  return (
    <div className="inv-filter" role="group" aria-label="Filter by flag">
      <button type="button" className="button button--small inv-filter__button" aria-pressed={flag === null} onClick={() => onFlag(null)}>
        All use cases: {present.number(total, 0)}
      </button>
      {INVENTORY_FLAGS.map((f) => (
        <button
          key={f}
          type="button"
          className={`button button--small inv-filter__button inv-filter__button--${f}`}
          aria-pressed={flag === f}
          aria-describedby={flagAdviceId(f)}
          title={INVENTORY_FLAG_ADVICE[f]}
          onClick={() => onFlag(flag === f ? null : f)}
        >
          {INVENTORY_FLAG_LABELS[f]}: {present.number(counts[f], 0)}
        </button>
      ))}
    </div>
  );
}

/** What each flag asks of the team: the descriptions the filter buttons and the row flags point at. */
export function FlagLegend() {
  return (
    <details className="inv-legend">
      <summary>What the flags mean</summary>
      <dl>
        {INVENTORY_FLAGS.map((f) => (
          <div key={f}>
            <dt>{INVENTORY_FLAG_LABELS[f]}</dt>
            <dd id={flagAdviceId(f)}>{INVENTORY_FLAG_ADVICE[f]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
