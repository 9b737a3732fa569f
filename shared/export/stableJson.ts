/**
 * Deterministic JSON: the same data always gives the same text, whatever order its keys were built in.
 * Object keys are written in sorted order (integer-like keys first, ascending, as JSON engines do), except
 * where a fixed order is given for the top level. Keys such as "__proto__" are kept as ordinary data.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of the value with every object's keys inserted in sorted order; undefined members dropped. */
export function sortKeysDeep(value: unknown): Json {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeysDeep(v)));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => value[key] !== undefined)
        .map((key) => [key, sortKeysDeep(value[key])]),
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
  const entries = [...topLevelOrder, ...rest].filter((key) => value[key] !== undefined).map((key) => [key, sortKeysDeep(value[key])] as const);
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}
