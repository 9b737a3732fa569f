import { classificationLabel, PROBLEM_STATUS_LABELS, type Classification, type ProblemStatus } from '@shared/domain/constants';
import { currentStage, GATE_CHOICE_LABELS, STAGE_LABELS, type GateDecision, type Lifecycle } from '@shared/domain/lifecycle';
import type { ChangeEntity } from '@shared/domain/record';
import { COST_BASIS_LABELS, FUNDING_OBJECTIVE_LABELS, type CostBasis, type FundingObjective } from '@shared/portfolio/plan';
import { SCORE_CRITERION_LABELS, WEIGHT_PRESET_LABELS, type WeightPresetName } from '@shared/portfolio/weights';
import { formatMoney, formatNumber, formatPercent, NOT_GIVEN } from '@shared/presentation/format';
import { DEFAULT_NUMBER_FORMAT, type NumberFormat } from '@shared/presentation/locale';
import { rangeLogText } from '@shared/uncertainty/sensitivityRanges';
import { FIELD_LABELS, humanised, IGNORED_FIELDS, WHOLE_VALUE_FIELDS, type FieldKind } from './changeFieldLabels';

/**
 * What an edit changed, field by field, as a person reads it: the change log's entries (docs/living-portfolio.md,
 * "The record"). Pure: the caller says how figures are written (the workspace's currency and number format).
 */

/** The longest before or after text kept in the log (the schema's limit). */
export const MAX_VALUE_TEXT = 1000;

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface ValueStyle {
  currency: string;
  numberFormat: NumberFormat;
}

export const DEFAULT_VALUE_STYLE: ValueStyle = { currency: 'USD', numberFormat: DEFAULT_NUMBER_FORMAT };

/** The field of the entry written when a record is added or deleted. */
export const RECORD_FIELD = 'Record';
export const ADDED = 'Added';
export const DELETED = 'Deleted';

/** Text cut to `max` characters, ending in "…" when it was cut. */
export function shorten(text: string, max = MAX_VALUE_TEXT): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

type Rec = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A stored plan record ({workspaceId, plan, …}) is compared by its plan. */
function content(entity: ChangeEntity, record: unknown): Rec | null {
  if (!isPlainObject(record)) return null;
  if (entity === 'plan' && isPlainObject(record.plan)) return record.plan;
  return record;
}

/** The name a record is known by in the log: workspace and use-case name, problem title, "Portfolio plan". */
export function recordName(entity: ChangeEntity, record: unknown): string {
  if (entity === 'plan') return 'Portfolio plan';
  const r = isPlainObject(record) ? record : {};
  const name = entity === 'problem' ? r.title : r.name;
  return typeof name === 'string' ? name : '';
}

/** Every leaf of a record by its dotted path; lists and the fields in WHOLE_VALUE_FIELDS are one leaf each. */
function leaves(record: Rec, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(record)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!prefix && IGNORED_FIELDS.has(key)) continue;
    if (isPlainObject(value) && !WHOLE_VALUE_FIELDS.has(path)) leaves(value, path, out);
    else out.set(path, value);
  }
  return out;
}

function sameLeaf(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function numberText(value: number, kind: FieldKind, style: ValueStyle): string {
  if (kind === 'money') return formatMoney(value, style.currency, style.numberFormat);
  if (kind === 'share') return formatPercent(value, style.numberFormat);
  return formatNumber(value, style.numberFormat, 2);
}

function lastDecision(decisions: readonly GateDecision[]): string {
  const last = decisions[decisions.length - 1];
  return last ? `${GATE_CHOICE_LABELS[last.choice]} (${last.month})` : 'none';
}

/** One value as the log writes it. */
export function valueText(entity: ChangeEntity, path: string, value: unknown, kind: FieldKind, style: ValueStyle): string {
  if (kind === 'range') return rangeLogText(path, value, style.numberFormat);
  if (value === null || value === undefined) return NOT_GIVEN;
  if (path === 'lifecycle.history') return STAGE_LABELS[currentStage({ history: value as Lifecycle['history'], decisions: [] })];
  if (path === 'lifecycle.decisions') return lastDecision(value as GateDecision[]);
  if (path === 'actuals' && Array.isArray(value)) {
    const months = value.map((a) => (isPlainObject(a) ? String(a.month) : '')).filter(Boolean);
    return months.length === 0 ? 'none' : `${months.length} month${months.length === 1 ? '' : 's'} (${months[0]} to ${months[months.length - 1]})`;
  }
  if ((path === 'forced' || path === 'plan.forced') && isPlainObject(value)) {
    const modes = Object.values(value).map((c) => (isPlainObject(c) ? c.mode : null));
    const inCount = modes.filter((m) => m === 'in').length;
    const lifted = modes.filter((m) => m === 'none').length;
    return `${inCount} forced in, ${modes.length - inCount - lifted} forced out${lifted > 0 ? `, ${lifted} lifted` : ''}`;
  }
  if (entity === 'scenario' && path === 'useCases' && isPlainObject(value)) {
    const count = Object.keys(value).length;
    return count === 0 ? 'none' : `${count} use case${count === 1 ? '' : 's'} changed`;
  }
  if (entity === 'scenario' && path === 'plan.weights' && isPlainObject(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${SCORE_CRITERION_LABELS[k as keyof typeof SCORE_CRITERION_LABELS] ?? k} ${String(v)}`)
      .join(', ');
  }
  if ((entity === 'scenario' && path === 'plan.costBasis') || (entity === 'plan' && path === 'costBasis')) return COST_BASIS_LABELS[value as CostBasis] ?? String(value);
  if (entity === 'problem' && path === 'status') return PROBLEM_STATUS_LABELS[value as ProblemStatus] ?? String(value);
  if (entity === 'useCase' && path === 'classification.kind') return classificationLabel(value as Classification);
  if (entity === 'plan' && path === 'objective') return FUNDING_OBJECTIVE_LABELS[value as FundingObjective] ?? String(value);
  if (entity === 'plan' && path === 'preset') return WEIGHT_PRESET_LABELS[value as WeightPresetName] ?? String(value);
  if ((path === 'yearCaps' || path === 'plan.yearCaps') && Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => (typeof v === 'number' ? numberText(v, 'money', style) : 'no cap')).join('; ');
  if (path === 'readinessMapping.anchors' && Array.isArray(value)) return value.map((v) => numberText(Number(v), 'share', style)).join('; ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return numberText(value, kind, style);
  if (typeof value === 'string') return value === '' ? 'empty' : value;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  return JSON.stringify(value);
}

/**
 * The fields an edit changed, in the record's field order: added and deleted records are one entry each (field
 * "Record", after "Added" / "Deleted"); bookkeeping (ids, timestamps, revisions) is never listed.
 */
export function changedFields(entity: ChangeEntity, before: unknown, after: unknown, style: ValueStyle = DEFAULT_VALUE_STYLE): FieldChange[] {
  const b = content(entity, before);
  const a = content(entity, after);
  if (!b && !a) return [];
  if (!b) return [{ field: RECORD_FIELD, before: '', after: ADDED }];
  if (!a) return [{ field: RECORD_FIELD, before: '', after: DELETED }];
  const was = leaves(b);
  const now = leaves(a);
  const paths = [...now.keys(), ...[...was.keys()].filter((p) => !now.has(p))];
  const out: FieldChange[] = [];
  for (const path of paths) {
    if (sameLeaf(was.get(path), now.get(path))) continue;
    const known = FIELD_LABELS[entity][path];
    const kind = known?.kind ?? 'text';
    out.push({
      field: known?.label ?? humanised(path),
      before: shorten(valueText(entity, path, was.get(path), kind, style)),
      after: shorten(valueText(entity, path, now.get(path), kind, style)),
    });
  }
  return out;
}
