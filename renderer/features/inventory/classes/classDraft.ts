import { referenceClassSchema, type ReferenceClass } from '@shared/domain';

/** The number fields of a class the editor offers, with their column header and kind of number. */
export const CLASS_NUMBER_FIELDS = [
  { key: 'pilotCost', header: 'Pilot cost', kind: 'money' },
  { key: 'lastMileMultiplier', header: 'Last-mile multiplier', kind: 'number' },
  { key: 'pilotMonths', header: 'Pilot months', kind: 'number' },
  { key: 'lastMileMonths', header: 'Last-mile months', kind: 'number' },
  { key: 'runCostPerMonth', header: 'Run cost per month', kind: 'money' },
] as const;
export type ClassNumberKey = (typeof CLASS_NUMBER_FIELDS)[number]['key'];

/** Field errors of each class by id then field ('name', 'pilotCost', …), from the schema and unique names. */
export function classFieldErrors(classes: readonly ReferenceClass[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const seen = new Set<string>();
  for (const cls of classes) {
    const errors: Record<string, string> = {};
    const parsed = referenceClassSchema.safeParse(cls);
    if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'name')] ??= issue.message;
    const key = cls.name.trim().replace(/\s+/g, ' ').toLowerCase();
    if (key !== '' && seen.has(key)) errors.name ??= 'Another class already has this name';
    seen.add(key);
    if (Object.keys(errors).length > 0) out[cls.id] = errors;
  }
  return out;
}
