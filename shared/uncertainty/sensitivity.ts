import { RANGE_FIELDS, type LastMileCategory, type RangeField, type UseCase, type WorkspaceSettings } from '../domain';
import type { UncertaintyPolicy } from './policy';
import { monthsAt, npvAtDuration, sensitivityModel, sensitivityToday, type InputUnit, type SensitivityModel } from './sensitivityModel';

/**
 * Tornado charts (docs/uncertainty.md, "Sensitivity"): every input with a range swung from its low to its high with
 * every other input at its likely value; NPV from today (deterministic, unrisked) at both ends, sorted by the swing.
 */

export interface InputValues {
  low: number;
  likely: number;
  high: number;
}

export interface TornadoBar {
  /** 'lastMileCost', 'lastMileCost.integration', 'pilotMonths', … */
  key: string;
  field: RangeField;
  category: LastMileCategory | null;
  label: string;
  unit: InputUnit;
  /** The input at its low, likely and high: amounts or months (for a set, totals; null when its use cases differ). */
  values: InputValues | null;
  /** NPV from today with this input at its low, and at its high. */
  npvLow: number;
  npvHigh: number;
  /** |npvHigh − npvLow|. */
  swing: number;
}

export interface Tornado {
  /** NPV from today with every input at its likely value (the bars' centre). */
  npv: number;
  bars: TornadoBar[];
}

/** A set's bars speak of every use case's input together. */
export const SET_LABELS: Record<RangeField, string> = {
  pilotCost: 'Pilot costs',
  pilotMonths: 'Pilot durations',
  lastMileCost: 'Last-mile costs',
  lastMileMonths: 'Last-mile durations',
  runCost: 'Run costs',
  benefit: 'Benefits',
  rampUpMonths: 'Ramp-ups',
};

const FIELD_ORDER = new Map<string, number>(RANGE_FIELDS.map((f, i) => [f, i]));

/** Largest swing first; ties keep the screens' order of the fields. */
function bySwing(a: TornadoBar, b: TornadoBar): number {
  return b.swing - a.swing || FIELD_ORDER.get(a.field)! - FIELD_ORDER.get(b.field)! || a.key.localeCompare(b.key);
}

function bar(m: Omit<TornadoBar, 'swing'>): TornadoBar {
  return { ...m, swing: Math.abs(m.npvHigh - m.npvLow) };
}

/** The tornado of a prepared use case. */
export function tornadoOf(m: SensitivityModel): Tornado {
  const bars: TornadoBar[] = [];
  for (const f of m.factors) {
    const at = (factor: number) => m.npv + f.sign * (factor - f.range.likely) * f.pv;
    const values = { low: f.range.low * f.figure, likely: f.range.likely * f.figure, high: f.range.high * f.figure };
    bars.push(bar({ key: f.key, field: f.field, category: f.category, label: f.label, unit: f.unit, values, npvLow: at(f.range.low), npvHigh: at(f.range.high) }));
  }
  for (const d of m.durations) {
    const low = Math.round(d.range.low);
    const high = Math.round(d.range.high);
    const uc = m.useCase;
    const values = { low: monthsAt(uc, d.field, low), likely: monthsAt(uc, d.field, m.likelyOffsets[d.field]), high: monthsAt(uc, d.field, high) };
    bars.push(bar({ key: d.key, field: d.field, category: null, label: d.label, unit: 'months', values, npvLow: npvAtDuration(m, d.field, low), npvHigh: npvAtDuration(m, d.field, high) }));
  }
  return { npv: m.npv, bars: bars.sort(bySwing) };
}

/** The tornado of a use case as of the calendar month `todayMonth` ('YYYY-MM'), under the workspace's policy. */
export function tornado(uc: UseCase, ws: WorkspaceSettings, todayMonth: string, policy: UncertaintyPolicy = ws.uncertainty): Tornado {
  return tornadoOf(sensitivityModel(uc, ws, sensitivityToday(ws, todayMonth), policy));
}

export interface PortfolioTornado extends Tornado {
  /** How many use cases the set holds. */
  count: number;
}

/**
 * The tornado of a set of use cases: each input swung for all of them together ("every last-mile cost at its high"),
 * each use case by its own range; the set's NPV from today at both ends. A use case's per-category last-mile ranges
 * swing with the last mile. Money values are the set's totals; durations are shown as months added when every use
 * case has the same range, otherwise without values (each at its own).
 */
export function portfolioTornadoOf(models: readonly SensitivityModel[], tornadoes: readonly Tornado[] = models.map(tornadoOf)): PortfolioTornado {
  const npv = tornadoes.reduce((s, t) => s + t.npv, 0);
  const bars: TornadoBar[] = [];
  for (const field of RANGE_FIELDS) {
    let low = 0;
    let high = 0;
    let seen = false;
    const money = { low: 0, likely: 0, high: 0 };
    let unit = 'money' as InputUnit;
    const offsets = new Set<string>();
    tornadoes.forEach((t, i) => {
      for (const b of t.bars) {
        if (b.field !== field) continue;
        seen = true;
        low += b.npvLow - t.npv;
        high += b.npvHigh - t.npv;
        unit = b.unit;
        if (b.unit === 'months') {
          const r = models[i]!.ranges[field];
          offsets.add(`${Math.round(r.low)}/${Math.round(r.likely)}/${Math.round(r.high)}`);
        } else if (b.values) {
          money.low += b.values.low;
          money.likely += b.values.likely;
          money.high += b.values.high;
        }
      }
    });
    if (!seen) continue;
    let values: InputValues | null = money;
    if (unit === 'months') {
      const [only] = [...offsets];
      const [l, m, h] = (only ?? '0/0/0').split('/').map(Number);
      values = offsets.size === 1 ? { low: l!, likely: m!, high: h! } : null;
      unit = 'monthsAdded';
    }
    bars.push(bar({ key: field, field, category: null, label: SET_LABELS[field], unit, values, npvLow: npv + low, npvHigh: npv + high }));
  }
  return { npv, count: models.length, bars: bars.sort(bySwing) };
}

/** The tornado of a set of use cases (the funded set) as of `todayMonth`, under the workspace's policy. */
export function portfolioTornado(useCases: readonly UseCase[], ws: WorkspaceSettings, todayMonth: string, policy: UncertaintyPolicy = ws.uncertainty): PortfolioTornado {
  const today = sensitivityToday(ws, todayMonth);
  return portfolioTornadoOf(useCases.map((uc) => sensitivityModel(uc, ws, today, policy)));
}
