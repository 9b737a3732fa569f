import { MAX_COMPARED_SCENARIOS } from '@shared/domain';

/**
 * Which scenarios go into the board pack's options page (and the deck's options slide and the workbook): chosen on the
 * board pack page, remembered per workspace on this computer (not part of the workspace), in the order chosen.
 */
const KEY_PREFIX = 'lastmile.boardPack.scenarios.v1.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();
/** The choices made while this page is open (what a full or refused storage could not keep). */
const memory = new Map<string, string[]>();

/** The chosen scenario ids of a workspace (at most MAX_COMPARED_SCENARIOS); none when nothing was chosen or it cannot be read. */
export function packScenarioChoice(workspaceId: string): string[] {
  const held = memory.get(workspaceId);
  if (held) return held;
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage()?.getItem(KEY_PREFIX + workspaceId) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return [...new Set(parsed.filter((x): x is string => typeof x === 'string'))].slice(0, MAX_COMPARED_SCENARIOS);
}

/** Remembers the choice (ids beyond MAX_COMPARED_SCENARIOS are dropped) and tells the pages that show it. */
export function setPackScenarioChoice(workspaceId: string, ids: readonly string[]): void {
  const chosen = [...new Set(ids)].slice(0, MAX_COMPARED_SCENARIOS);
  memory.set(workspaceId, chosen);
  try {
    storage()?.setItem(KEY_PREFIX + workspaceId, JSON.stringify(chosen));
  } catch {
    // A full or refused storage keeps the choice for this page only.
  }
  for (const listener of listeners) listener();
}

export function subscribePackScenarioChoice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
