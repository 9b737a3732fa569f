/**
 * The workbook-level parts of an XLSX file, read with the scanner of xlsxXml.ts: the sheets in order
 * (xl/workbook.xml and its relationships), which cell styles are dates (xl/styles.xml) and the shared strings.
 * Every reader returns null when its part cannot be scanned.
 */
import { decodeOoxmlEscapes, scanXml } from './xlsxXml';

export interface Relationship {
  target: string;
  type: string;
}

/** Resolves a relationship target against the folder of the part that names it ('xl/'); '/xl/…' is absolute. */
export function resolvePartName(baseFolder: string, target: string): string {
  let path = target;
  try {
    path = decodeURIComponent(target);
  } catch {
    // Not percent-encoded text: kept as written.
  }
  const segments = (path.startsWith('/') ? path : baseFolder + path).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/** Relationships by id (external targets left out). */
export function readRelationships(xml: string): Map<string, Relationship> | null {
  const rels = new Map<string, Relationship>();
  const ok = scanXml(xml, {
    open(name, a) {
      if (name === 'Relationship' && a.Id !== undefined && a.Target !== undefined && a.TargetMode !== 'External') rels.set(a.Id, { target: a.Target, type: a.Type ?? '' });
    },
    close() {},
    text() {},
  });
  return ok ? rels : null;
}

export interface WorkbookSheet {
  name: string;
  relationshipId: string;
}

/** The sheets in the workbook's order and its date system (1904 when workbookPr date1904 is set). */
export function readWorkbook(xml: string): { sheets: WorkbookSheet[]; date1904: boolean } | null {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  let depth = 0;
  let sheetsDepth = -1;
  const ok = scanXml(xml, {
    open(name, a) {
      depth++;
      if (name === 'sheets') sheetsDepth = depth;
      else if (name === 'sheet' && sheetsDepth >= 0 && a.name !== undefined) sheets.push({ name: a.name, relationshipId: a.id ?? '' });
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
    close(name) {
      if (name === 'sheets' && depth === sheetsDepth) sheetsDepth = -1;
      depth--;
    },
    text() {},
  });
  return ok ? { sheets, date1904 } : null;
}

/** Built-in number formats that show a date: 14–22 and 45–47 everywhere, 27–36 and 50–58 in East Asian versions of Excel. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a custom number format shows a date or time: a y, m, d or h token outside quoted text, brackets (colours,
 * conditions, locales) and escaped characters (\x, _x, *x). Elapsed time ([h]:mm, [mm]:ss) is a duration, not a date.
 */
export function isDateFormatCode(code: string): boolean {
  if (/\[(h+|m+|s+)\]/i.test(code)) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|[_*]./g, '');
  return /[ymdh]/i.test(bare);
}

/** For each cell style (index into cellXfs), whether its number format is a date. */
export function readDateStyles(xml: string): boolean[] | null {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  const formatIds: number[] = [];
  let inCellXfs = false;
  let xfDepth = 0;
  const ok = scanXml(xml, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        if (xfDepth === 0) formatIds.push(Number(a.numFmtId ?? 0));
        xfDepth++;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
      else if (name === 'xf' && inCellXfs) xfDepth--;
    },
    text() {},
  });
  if (!ok) return null;
  for (const id of formatIds) {
    const code = custom.get(id);
    styles.push(code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id));
  }
  return styles;
}

/**
 * The shared strings: each the text of its runs joined (rich text), phonetic guides (rPh) left out, entities and
 * OOXML escapes decoded.
 */
export function readSharedStrings(xml: string): string[] | null {
  const strings: string[] = [];
  let current = '';
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  const ok = scanXml(xml, {
    open(name) {
      if (name === 'si') {
        inItem = true;
        current = '';
      } else if (name === 't') inText = inItem && phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') {
        strings.push(decodeOoxmlEscapes(current));
        inItem = false;
      } else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return ok ? strings : null;
}

const DAY_MS = 86_400_000;
/** The last day Excel can show: 9999-12-31. */
const MAX_SERIAL = 2_958_465;

/**
 * A date serial as 'YYYY-MM-DD' (the time of day dropped), or null when it is no date Excel shows. The 1900 system
 * keeps Excel's leap-year bug: serial 60 is 1900-02-29, a day that never was; serials before it count from
 * 1899-12-31 and those after from 1899-12-30. The 1904 system counts from 1904-01-01.
 */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  // Rounded to the millisecond first, so 45000.99999999999 (a time just before midnight as stored) stays on its day.
  const days = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  if (date1904) return civilDate(days + DAYS_1970_TO_1904);
  if (days === 60) return '1900-02-29';
  return civilDate(days + (days < 60 ? DAYS_1970_TO_1899_12_31 : DAYS_1970_TO_1899_12_30));
}

const DAYS_1970_TO_1904 = -24_107;
const DAYS_1970_TO_1899_12_31 = -25_568;
const DAYS_1970_TO_1899_12_30 = -25_569;

/** 'YYYY-MM-DD' of a day counted from 1970-01-01 (proleptic Gregorian; H. Hinnant's civil_from_days), no Date object per cell. */
function civilDate(daysSince1970: number): string {
  const z = daysSince1970 + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
