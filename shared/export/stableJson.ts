/**
 * Deterministic JSON: the same data always gives the same text, whatever order its keys were built in.
 * Object keys are written in sorted order (integer-like keys first, ascending, as JSON engines do), except
 * where a fixed order is given for the top level. Keys such as "__proto__" are kept as ordinary data.
 */

import { MAX_JSON_DEPTH } from './jsonDepth';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deepest nesting written: the same bound the reader applies (jsonDepth.ts), so the writer never makes a file the reader refuses. */
export const MAX_WRITE_DEPTH = MAX_JSON_DEPTH;

/**
 * A copy of the value with every object's keys inserted in sorted order; undefined members dropped. Recursion is
 * bounded: data nested deeper than MAX_WRITE_DEPTH levels is refused with a plain error (records never nest so deep).
 */
export function sortKeysDeep(value: unknown, depth = 0): Json {
  if ((Array.isArray(value) || isPlainObject(value)) && depth >= MAX_WRITE_DEPTH) {
    throw new RangeError(`The data is nested deeper than ${MAX_WRITE_DEPTH} levels and cannot be written`);
  }
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeysDeep(v, depth + 1)));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => value[key] !== undefined)
        .map((key) => [key, sortKeysDeep(value[key], depth + 1)]),
    );
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  return null;
}

/** Pretty JSON (2-space indent, trailing newline) with `topLevelOrder` keys first in that order, the rest sorted. */
export function stableStringify(value: Record<string, unknown>, topLevelOrder: readonly string[] = []): string {
  const rest = Object.keys(value)
    .sort()
    .filter((key) => !topLevelOrder.includes(key));
  const entries = [...topLevelOrder, ...rest].filter((key) => value[key] !== undefined).map((key) => [key, sortKeysDeep(value[key], 1)] as const);
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}
