/**
 * Three-way merge of a form's values, field by field: `base` is the version the form started from, `mine` what the
 * user has typed since, `theirs` the version saved meanwhile (another window, or Undo). Fields the user did not edit
 * follow `theirs`; every field where the two versions differ is offered as a choice.
 */

export type MergeChoice = 'mine' | 'theirs';

export interface FieldDifference {
  /** Dot path of the field ('pilot.cost'), or of a group merged as one ('classification'). */
  path: string;
  mine: unknown;
  theirs: unknown;
  /** The user changed this field since the form loaded it. */
  edited: boolean;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep equality of plain data (key order ignored; NaN never equals anything). */
export function samePlainValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && samePlainValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function getPath(value: unknown, path: string): unknown {
  let at: unknown = value;
  for (const key of path.split('.')) {
    if (!isPlainObject(at)) return undefined;
    at = at[key];
  }
  return at;
}

function setPath<T>(value: T, path: string, next: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return value;
  const obj: Record<string, unknown> = isPlainObject(value) ? value : {};
  return { ...obj, [head]: rest.length === 0 ? next : setPath(obj[head], rest.join('.'), next) } as T;
}

/**
 * The fields of a value: leaves of nested objects, arrays as one field, and every path in `groups` (with what is under it)
 * as one field, for values that are only valid together (a classification and its rationale).
 */
export function fieldPaths(values: readonly unknown[], groups: readonly string[] = []): string[] {
  const out = new Set<string>();
  const walk = (nodes: unknown[], prefix: string) => {
    const keys = new Set<string>();
    for (const n of nodes) if (isPlainObject(n)) for (const k of Object.keys(n)) keys.add(k);
    for (const key of keys) {
      const path = prefix ? `${prefix}.${key}` : key;
      const children = nodes.map((n) => (isPlainObject(n) ? n[key] : undefined));
      if (!groups.includes(path) && children.some(isPlainObject)) walk(children, path);
      else out.add(path);
    }
  };
  walk([...values], '');
  return [...out];
}

/** Every field where the user's version and the saved one differ, in the order of the form's values. */
export function fieldDifferences<T>(base: T, mine: T, theirs: T, groups: readonly string[] = []): FieldDifference[] {
  return fieldPaths([mine, theirs, base], groups)
    .map((path) => ({ path, base: getPath(base, path), mine: getPath(mine, path), theirs: getPath(theirs, path) }))
    .filter((f) => !samePlainValue(f.mine, f.theirs))
    .map(({ path, base: b, mine: m, theirs: t }) => ({ path, mine: m, theirs: t, edited: !samePlainValue(m, b) }));
}

/** What each differing field starts as: the user's value where they edited it, the saved one everywhere else. */
export function defaultChoices(differences: readonly FieldDifference[], earlier: Readonly<Record<string, MergeChoice>> = {}): Record<string, MergeChoice> {
  return Object.fromEntries(differences.map((d) => [d.path, earlier[d.path] ?? (d.edited ? 'mine' : 'theirs')]));
}

/** The merged values: the saved version, with the user's value for every field where they chose to keep theirs. */
export function mergeFields<T>(mine: T, theirs: T, differences: readonly FieldDifference[], choices: Readonly<Record<string, MergeChoice>>): T {
  let merged = theirs;
  for (const d of differences) if ((choices[d.path] ?? (d.edited ? 'mine' : 'theirs')) === 'mine') merged = setPath(merged, d.path, getPath(mine, d.path));
  return merged;
}
