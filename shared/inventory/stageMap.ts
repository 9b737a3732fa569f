/**
 * What the client's stage words mean in the app's stages (docs/living-portfolio.md): "Initiated", "Acquisition and/or
 * Development", "Implementation and Assessment", "Operation and Maintenance", "Retired" and the like. The suggestion is
 * a table the user edits; a word no rule recognises is suggested as an idea and listed so the screen can ask.
 * Values are matched on normalised text (case, accents, punctuation and bracketed notes ignored).
 */
import { STAGES, STAGE_LABELS, type Stage, type StageMapEntry } from '../domain';
import { normaliseHeader } from '../export/problemCsvMapping';
import type { InventoryMapping, InventoryTable } from './contract';

/** A stage value as compared: "Pilot (POC)" → "pilot", "In-Production" → "in production". */
export const stageKey = (value: string): string => normaliseHeader(value);

/** Phrases per stage, checked in this order (a finished pilot before a pilot, "pre-deployment" before "deployed"). */
const STAGE_RULES: readonly { stage: Stage; phrases: readonly string[] }[] = [
  { stage: 'stopped', phrases: ['retired', 'decommissioned', 'decommission', 'cancelled', 'canceled', 'stopped', 'sunset', 'sunsetted', 'discontinued', 'terminated', 'abandoned', 'withdrawn', 'archived', 'rejected', 'not pursued'] },
  { stage: 'pilot-failed', phrases: ['pilot failed', 'failed pilot', 'poc failed', 'pilot unsuccessful', 'unsuccessful pilot'] },
  { stage: 'pilot-succeeded', phrases: ['pilot succeeded', 'pilot successful', 'successful pilot', 'pilot completed', 'pilot complete', 'poc completed', 'poc successful', 'pilot done'] },
  { stage: 'idea', phrases: ['idea', 'ideation', 'proposed', 'proposal', 'planned', 'planning', 'initiated', 'initiation', 'concept', 'pre deployment', 'backlog', 'intake', 'exploration', 'exploring', 'under consideration', 'requested', 'new', 'discovery'] },
  { stage: 'production', phrases: ['production', 'in production', 'live', 'deployed', 'in use', 'operation and maintenance', 'operations and maintenance', 'operational', 'operating', 'in operation', 'operations', 'production use', 'go live', 'went live', 'released', 'business as usual', 'bau'] },
  { stage: 'last-mile', phrases: ['implementation', 'implementing', 'implementation and assessment', 'deploying', 'deployment', 'rollout', 'roll out', 'rolling out', 'scaling', 'scale up', 'productionisation', 'productionization'] },
  { stage: 'pilot', phrases: ['pilot', 'piloting', 'in pilot', 'poc', 'proof of concept', 'prototype', 'prototyping', 'trial', 'testing', 'in development', 'development', 'acquisition and or development', 'development and acquisition', 'acquisition', 'experiment', 'experimentation', 'mvp', 'beta', 'alpha'] },
];

/** The stage a value means by the rules, or null when no rule recognises it. */
export function recogniseStage(value: string): Stage | null {
  const key = stageKey(value);
  if (key === '') return null;
  // The app's own words first ("Last mile in progress"), so an inventory it exported reads back.
  const own = STAGES.find((s) => stageKey(STAGE_LABELS[s]) === key);
  if (own) return own;
  for (const rule of STAGE_RULES) if (rule.phrases.includes(key)) return rule.stage;
  const padded = ` ${key} `;
  for (const rule of STAGE_RULES) if (rule.phrases.some((p) => padded.includes(` ${p} `))) return rule.stage;
  return null;
}

/** One entry per distinct value (by normalised text, the first spelling kept): the recognised stage, or 'idea' as a guess. */
export function suggestStageMap(values: readonly string[]): StageMapEntry[] {
  const seen = new Set<string>();
  const entries: StageMapEntry[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const key = stageKey(value);
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    entries.push({ value, stage: recogniseStage(value) ?? 'idea' });
  }
  return entries;
}

/**
 * The values the screen should ask about: those with no entry in the map, and those whose entry is still the guess
 * for a word no rule recognises ('idea'). Distinct by normalised text, as written.
 */
export function unrecognisedStages(values: readonly string[], map: readonly StageMapEntry[]): string[] {
  const byKey = new Map(map.map((e) => [stageKey(e.value), e.stage]));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const key = stageKey(value);
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    const mapped = byKey.get(key);
    if (mapped === undefined || (mapped === 'idea' && recogniseStage(value) === null)) out.push(value);
  }
  return out;
}

/** Lookup of a stage cell in the map (normalised); undefined when the value is not in it. */
export function stageLookup(map: readonly StageMapEntry[]): (value: string) => Stage | undefined {
  const byKey = new Map<string, Stage>();
  for (const e of map) if (!byKey.has(stageKey(e.value))) byKey.set(stageKey(e.value), e.stage);
  return (value) => byKey.get(stageKey(value));
}

/** The distinct values of the stage column (data rows only, trimmed, first spelling kept, in file order); [] without one. */
export function stageValues(table: Pick<InventoryTable, 'records'>, mapping: Pick<InventoryMapping, 'hasHeader' | 'columns'>): string[] {
  const column = mapping.columns.stage;
  if (column === null) return [];
  const seen = new Set<string>();
  const values: string[] = [];
  for (const record of mapping.hasHeader ? table.records.slice(1) : table.records) {
    const value = (record.cells[column] ?? '').trim();
    const key = stageKey(value);
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    values.push(value);
  }
  return values;
}
