import type { ColumnVisibilityState } from '@tanstack/react-table';
import { COLUMN_IDS, FIXED_COLUMNS, type PortfolioColumnId } from './tableModel';

/** Where the column chooser remembers its choice (per browser profile; not part of the workspace). */
export const COLUMN_STORAGE_KEY = 'lastmile.portfolioTable.columns.v2';

/**
 * Columns hidden until the user shows them: the default set (rank, candidate, classification, stage, investment, expected NPV,
 * readiness, score, funded or why not, funding choice) fits a 1280-pixel window without scrolling sideways.
 */
export const HIDDEN_BY_DEFAULT: readonly PortfolioColumnId[] = ['problem', 'function', 'pilot', 'lastMile', 'npv', 'irr', 'payback', 'roi', 'wholeLifeNpv', 'committed', 'sunk', 'importance'];

export function defaultColumnVisibility(): ColumnVisibilityState {
  return Object.fromEntries(HIDDEN_BY_DEFAULT.map((id) => [id, false]));
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The remembered column choice; anything unreadable or unknown falls back to the defaults. */
export function loadColumnVisibility(): ColumnVisibilityState {
  const visibility = defaultColumnVisibility();
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage()?.getItem(COLUMN_STORAGE_KEY) ?? 'null');
  } catch {
    return visibility;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return visibility;
  for (const id of COLUMN_IDS) {
    const value = (parsed as Record<string, unknown>)[id];
    if (typeof value === 'boolean' && !FIXED_COLUMNS.has(id)) visibility[id] = value;
  }
  return visibility;
}

/** Remembers the column choice; a full or blocked storage only means it is not remembered. */
export function saveColumnVisibility(visibility: ColumnVisibilityState): void {
  try {
    storage()?.setItem(COLUMN_STORAGE_KEY, JSON.stringify(visibility));
  } catch {
    // Nothing to do: the choice still applies for this session.
  }
}
