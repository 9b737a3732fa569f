/**
 * The workspace's number format: which separators and month names every figure uses, in the app, the charts,
 * the PDF, the deck and the workbook. Policy (docs/presentation.md): the workspace chooses; nothing reads the
 * machine's locale, so a pack looks the same on every computer.
 */
export const NUMBER_FORMATS = ['en-US', 'en-GB', 'de-DE', 'fr-FR'] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

export const DEFAULT_NUMBER_FORMAT: NumberFormat = 'en-US';

export const NUMBER_FORMAT_LABELS: Record<NumberFormat, string> = {
  'en-US': 'English (US): 1,234,567.89',
  'en-GB': 'English (UK): 1,234,567.89',
  'de-DE': 'Deutsch: 1.234.567,89',
  'fr-FR': 'Français : 1 234 567,89',
};

export interface Separators {
  /** Thousands separator as the format writes it (fr-FR: a narrow no-break space). */
  group: string;
  decimal: string;
}

const separatorCache = new Map<NumberFormat, Separators>();

/** The group and decimal separators of a number format, as Intl writes them. */
export function separatorsOf(format: NumberFormat): Separators {
  let s = separatorCache.get(format);
  if (!s) {
    const parts = new Intl.NumberFormat(format).formatToParts(1234567.5);
    s = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separatorCache.set(format, s);
  }
  return s;
}

/** A stored value as a number format (anything unknown reads as the default). */
export function asNumberFormat(value: unknown): NumberFormat {
  return (NUMBER_FORMATS as readonly unknown[]).includes(value) ? (value as NumberFormat) : DEFAULT_NUMBER_FORMAT;
}
