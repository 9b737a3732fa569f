import { LAST_MILE_CATEGORIES, type LastMileCategory } from '@shared/domain/constants';
import type { FieldError } from '@shared/domain/validation';
import { isRecord, type Migration, type RawDocument } from './types';

/**
 * Version 0 → 1.
 *
 * Version 0 (the preview format) kept a use case's investment flat and its last mile as a list:
 *   { pilotCost: 75000, pilotMonths: 4,
 *     lastMileCosts: [{ category: "integration", amount: 60000 }, …], lastMileMonths: 8 }
 * and the exporting app's version at the top level as `appVersion: "0.0.3"`.
 *
 * Version 1 nests them and keys the last mile by category (every category present, 0 when absent):
 *   { pilot: { cost: 75000, months: 4 }, lastMile: { costs: { integration: 60000, … }, months: 8 } }
 * and writes `app: { version }`. A category listed twice is added up; an unknown category is an error
 * (its money cannot be placed without guessing).
 */

const isCategory = (c: unknown): c is LastMileCategory => typeof c === 'string' && (LAST_MILE_CATEGORIES as readonly string[]).includes(c);

/** Why a value is not a category, without printing a whole structure (a list or object is only named). */
function notACategory(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}" is not a last-mile category`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return `${String(value)} is not a last-mile category`;
  return `A last-mile category must be text, not ${Array.isArray(value) ? 'a list' : 'an object'}`;
}

function migrateUseCase(uc: unknown, index: number, errors: FieldError[]): unknown {
  if (!isRecord(uc)) return uc;
  const { pilotCost, pilotMonths, lastMileCosts, lastMileMonths, ...rest } = uc;
  const out: RawDocument = { ...rest };
  if (!('pilot' in uc)) out.pilot = { cost: pilotCost, months: pilotMonths };
  if (!('lastMile' in uc)) {
    const amounts = new Map<LastMileCategory, unknown[]>();
    if (Array.isArray(lastMileCosts)) {
      lastMileCosts.forEach((item: unknown, i) => {
        const path = `useCases[${index}].lastMileCosts[${i}]`;
        if (!isRecord(item)) errors.push({ path, message: 'Each last-mile cost must be a category with an amount' });
        else if (!isCategory(item.category)) errors.push({ path: `${path}.category`, message: notACategory(item.category) });
        else amounts.set(item.category, [...(amounts.get(item.category) ?? []), item.amount]);
      });
    } else if (lastMileCosts !== undefined) {
      errors.push({ path: `useCases[${index}].lastMileCosts`, message: 'Last-mile costs must be a list' });
    }
    // Numbers are added up; anything else is carried through for validation to name precisely.
    const costs = Object.fromEntries(
      LAST_MILE_CATEGORIES.map((c) => {
        const list = amounts.get(c) ?? [0];
        const bad = list.findIndex((a) => typeof a !== 'number');
        return [c, bad >= 0 ? list[bad] : (list as number[]).reduce((t, a) => t + a, 0)];
      }),
    );
    out.lastMile = { costs, months: lastMileMonths };
  }
  return out;
}

export const v0ToV1: Migration = {
  from: 0,
  summary: 'Pilot and last-mile costs nested per use case; last mile keyed by category; app version under "app".',
  migrate(document) {
    const errors: FieldError[] = [];
    const { appVersion, ...rest } = document;
    const out: RawDocument = { ...rest, version: 1 };
    if (!('app' in document)) out.app = { version: appVersion };
    if (Array.isArray(document.useCases)) out.useCases = document.useCases.map((uc, i) => migrateUseCase(uc, i, errors));
    return errors.length > 0 ? { ok: false, errors } : { ok: true, document: out };
  },
};
